struct Button {
    label: String,
    on_click: Box<dyn FnMut(&str) -> usize>,
}

fn main() {
    let mut clicks = 0;
    let mut b = Button {
        label: String::from("OK"),
        on_click: Box::new(move |who| {
            clicks += 1;
            println!("{} clicked ({} total)", who, clicks);
            clicks
        }),
    };
    (b.on_click)("ann");
    let n = (b.on_click)("bob");
    b.label.push_str("!");
    println!("{} {}", b.label, n);
}
