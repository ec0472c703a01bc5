fn label_for(code: u16) -> &'static str {
    match code {
        200 => "ok",
        404 => "not found",
        _ => "other",
    }
}

fn main() {
    let chosen: &str;
    {
        let code = 404;
        chosen = label_for(code);
    }
    let copied: i32;
    {
        let local = 17;
        copied = local;
    }
    println!("{} {}", chosen, copied);
}
