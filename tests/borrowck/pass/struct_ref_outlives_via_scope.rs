struct Highlighter<'a> {
    keyword: &'a str,
}

impl<'a> Highlighter<'a> {
    fn mark(&self, line: &str) -> String {
        line.replace(self.keyword, "**")
    }
}

fn main() {
    let kw = String::from("fn");
    let marked;
    {
        let h = Highlighter { keyword: &kw };
        marked = h.mark("fn main() { fn_helper() }");
    }
    println!("{}", marked);
}
