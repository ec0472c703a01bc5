// Test-only helpers and impls behind #[cfg(test)], code left out of test builds with #[cfg(not(test))],
// and cfg!(test): a priority queue of tasks.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Task {
    pub priority: u8,
    pub name: String,
}

pub struct Queue {
    tasks: Vec<Task>,
}

impl Queue {
    pub fn new() -> Self {
        Queue { tasks: Vec::new() }
    }

    pub fn push(&mut self, priority: u8, name: &str) {
        self.tasks.push(Task { priority, name: name.to_string() });
        self.tasks.sort_by(|a, b| b.priority.cmp(&a.priority).then(a.name.cmp(&b.name)));
    }

    pub fn pop(&mut self) -> Option<Task> {
        if self.tasks.is_empty() { None } else { Some(self.tasks.remove(0)) }
    }

    pub fn mode() -> &'static str {
        if cfg!(test) { "test build" } else { "normal build" }
    }
}

#[cfg(test)]
impl Queue {
    fn names(&self) -> Vec<&str> {
        self.tasks.iter().map(|t| t.name.as_str()).collect()
    }
}

#[cfg(not(test))]
fn banner() -> &'static str {
    "only in the normal build"
}

#[cfg(test)]
fn banner() -> &'static str {
    "only in the test build"
}

fn main() {
    let mut q = Queue::new();
    q.push(1, "sleep");
    println!("{} {:?} {}", banner(), q.pop(), Queue::mode());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Queue {
        let mut q = Queue::new();
        q.push(2, "write");
        q.push(5, "fix bug");
        q.push(2, "read");
        q
    }

    #[test]
    fn highest_priority_first() {
        let mut q = sample();
        assert_eq!(q.names(), ["fix bug", "read", "write"]);
        assert_eq!(q.pop().map(|t| t.priority), Some(5));
    }

    #[test]
    fn built_for_tests() {
        assert_eq!(Queue::mode(), "test build");
        assert_eq!(banner(), "only in the test build");
    }

    #[test]
    fn drains_in_order() {
        let mut q = sample();
        let mut order = Vec::new();
        while let Some(t) = q.pop() {
            order.push(t.name);
        }
        assert_eq!(order.len(), 3);
        assert_eq!(order, vec!["fix bug", "write", "read"]);
    }
}
