use std::fmt::Display;

trait Licensed {
    fn licensing_info(&self) -> String {
        String::from("Default license")
    }
    fn vendor(&self) -> &str;
    fn summary(&self) -> String {
        format!("{} ({})", self.vendor(), self.licensing_info())
    }
}

struct SomeSoftware {
    version_number: i32,
}

struct OtherSoftware {
    version_number: String,
}

impl Licensed for SomeSoftware {
    fn vendor(&self) -> &str {
        "Some Corp"
    }
}

impl Licensed for OtherSoftware {
    fn licensing_info(&self) -> String {
        format!("GPL v{}", self.version_number)
    }
    fn vendor(&self) -> &str {
        "Other Inc"
    }
}

trait AppendBar {
    fn append_bar(self) -> Self;
}

impl AppendBar for String {
    fn append_bar(self) -> Self {
        self + "Bar"
    }
}

impl AppendBar for Vec<String> {
    fn append_bar(mut self) -> Self {
        self.push("Bar".to_string());
        self
    }
}

fn compare_license_types(a: impl Licensed, b: impl Licensed) -> bool {
    a.licensing_info() == b.licensing_info()
}

fn print_all<T: Licensed + ?Sized>(items: &[&T]) {
    for i in items {
        println!("  {}", i.summary());
    }
}

fn show_twice<T>(value: T) -> String
where
    T: Display + Clone,
{
    let copy = value.clone();
    format!("{}|{}", value, copy)
}

fn main() {
    let some = SomeSoftware { version_number: 1 };
    let other = OtherSoftware { version_number: "3.0".to_string() };
    println!("{} v{}", some.summary(), some.version_number);
    println!("{}", other.summary());
    println!("same license? {}", compare_license_types(SomeSoftware { version_number: 2 }, OtherSoftware { version_number: "1".into() }));
    println!("same license? {}", compare_license_types(SomeSoftware { version_number: 2 }, SomeSoftware { version_number: 5 }));

    let boxed: Vec<Box<dyn Licensed>> = vec![Box::new(some), Box::new(other), Box::new(OtherSoftware { version_number: "2.1".into() })];
    let refs: Vec<&dyn Licensed> = boxed.iter().map(|b| b.as_ref()).collect();
    println!("all:");
    print_all(&refs);

    let s = String::from("Foo").append_bar().append_bar();
    println!("{}", s);
    let v = vec!["Foo".to_string()].append_bar();
    println!("{:?} (len {})", v, v.len());
    println!("{}", show_twice(3.5));
    println!("{}", show_twice("hi"));
}
