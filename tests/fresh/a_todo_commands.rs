// Command-driven to-do app: parses commands into an enum; an invariant check panics on a corrupted state.
#[derive(Debug)]
enum Command {
    Add(String),
    Done(usize),
    Undo(usize),
    Rename(usize, String),
    List,
    Purge,
}

fn parse(line: &str) -> Option<Command> {
    let line = line.trim();
    let (cmd, rest) = line.split_once(' ').unwrap_or((line, ""));
    let idx = || rest.split_whitespace().next()?.parse::<usize>().ok();
    Some(match cmd.to_lowercase().as_str() {
        "add" if !rest.is_empty() => Command::Add(rest.to_string()),
        "done" => Command::Done(idx()?),
        "undo" => Command::Undo(idx()?),
        "rename" => {
            let (n, name) = rest.split_once(' ')?;
            Command::Rename(n.parse().ok()?, name.to_string())
        }
        "list" | "ls" => Command::List,
        "purge" => Command::Purge,
        _ => return None,
    })
}

struct App {
    items: Vec<(String, bool)>,
    done_count: usize,
}

impl App {
    fn check(&self) {
        let actual = self.items.iter().filter(|(_, d)| *d).count();
        if actual != self.done_count {
            panic!("invariant violated: done_count={} but {} items are done", self.done_count, actual);
        }
    }

    fn apply(&mut self, cmd: Command) {
        match cmd {
            Command::Add(t) => self.items.push((t, false)),
            Command::Done(i) => match self.items.get_mut(i) {
                Some((_, d)) if !*d => {
                    *d = true;
                    self.done_count += 1;
                }
                Some(_) => println!("  item {} already done", i),
                None => println!("  no item {}", i),
            },
            Command::Undo(i) => {
                if let Some((_, d)) = self.items.get_mut(i) {
                    *d = false;
                    self.done_count = self.done_count.saturating_sub(1);
                }
            }
            Command::Rename(i, name) => {
                if let Some(item) = self.items.get_mut(i) {
                    let old = std::mem::replace(&mut item.0, name);
                    println!("  renamed {:?}", old);
                }
            }
            Command::List => {
                for (i, (t, d)) in self.items.iter().enumerate() {
                    println!("  {} [{}] {}", i, if *d { 'x' } else { ' ' }, t);
                }
            }
            Command::Purge => {
                let before = self.items.len();
                self.items.retain(|(_, d)| !d);
                println!("  purged {} items", before - self.items.len());
                self.done_count = 0;
            }
        }
        self.check();
    }
}

fn main() {
    let input = "add water plants\nadd write tests\nADD email Sam\ndone 1\nlist\nfrobnicate\ndone 7\nrename 0 water ALL plants\ndone 1\npurge\nls\nadd call mum\ndone 0\nundo 1\nundo 1\nlist";
    let mut app = App { items: Vec::new(), done_count: 0 };
    for line in input.lines() {
        println!("> {}", line);
        match parse(line) {
            Some(cmd) => app.apply(cmd),
            None => println!("  unknown command"),
        }
    }
    println!("bye");
}
