// `?` needs a From impl from the error type it meets into the function's error type.
#[derive(Debug)]
struct Mine;

fn parse(text: &str) -> Result<i32, Mine> {
    let n = text.parse::<i32>()?;
    Ok(n)
}

fn main() {
    println!("{:?}", parse("1"));
}
