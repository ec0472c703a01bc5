// Config loader: storing a reference to a String that is dropped at the end of a block.
struct Config<'a> {
    name: &'a str,
    verbose: bool,
}

fn build_name(prefix: &str, id: u32) -> String {
    format!("{}-{:04}", prefix, id)
}

fn main() {
    let config;
    {
        let name = build_name("worker", 7);
        // Mistake: `name` does not live as long as `config`.
        config = Config { name: &name, verbose: true };
    }

    if config.verbose {
        println!("starting {} in verbose mode", config.name);
    } else {
        println!("starting {}", config.name);
    }
}
