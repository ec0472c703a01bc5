struct Highlighter<'a> {
    keyword: &'a str,
}

impl<'a> Highlighter<'a> {
    fn mark(&self, line: &str) -> String {
        line.replace(self.keyword, "**")
    }
}

fn main() {
    let h;
    {
        let kw = String::from("fn");
        h = Highlighter { keyword: &kw };
    }
    println!("{}", h.mark("fn main"));
}
