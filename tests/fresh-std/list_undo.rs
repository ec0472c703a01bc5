// An undo/redo editor history and a round-robin scheduler built on LinkedList, with drop tracing.
use std::collections::LinkedList;

#[derive(Debug, Clone, PartialEq)]
enum Edit {
    Insert(usize, char),
    Delete(usize, char),
}

struct Editor {
    text: Vec<char>,
    undo: LinkedList<Edit>,
    redo: LinkedList<Edit>,
}

impl Editor {
    fn apply(&mut self, e: &Edit) {
        match *e {
            Edit::Insert(i, c) => self.text.insert(i, c),
            Edit::Delete(i, _) => {
                self.text.remove(i);
            }
        }
    }
    fn invert(e: &Edit) -> Edit {
        match *e {
            Edit::Insert(i, c) => Edit::Delete(i, c),
            Edit::Delete(i, c) => Edit::Insert(i, c),
        }
    }
    fn edit(&mut self, e: Edit) {
        self.apply(&e);
        self.undo.push_back(e);
        if self.undo.len() > 4 {
            let dropped = self.undo.pop_front();
            println!("  history full, forgetting {:?}", dropped);
        }
        self.redo.clear();
    }
    fn undo(&mut self) -> bool {
        match self.undo.pop_back() {
            Some(e) => {
                self.apply(&Self::invert(&e));
                self.redo.push_front(e);
                true
            }
            None => false,
        }
    }
    fn redo(&mut self) -> bool {
        match self.redo.pop_front() {
            Some(e) => {
                self.apply(&e);
                self.undo.push_back(e);
                true
            }
            None => false,
        }
    }
    fn show(&self) -> String {
        self.text.iter().collect()
    }
}

struct Task {
    name: &'static str,
    left: u32,
}

impl Drop for Task {
    fn drop(&mut self) {
        println!("  drop task {} ({} left)", self.name, self.left);
    }
}

fn main() {
    let mut ed = Editor { text: Vec::new(), undo: LinkedList::new(), redo: LinkedList::new() };
    for (i, c) in "hello".chars().enumerate() {
        ed.edit(Edit::Insert(i, c));
    }
    println!("text {:?} undo {:?}", ed.show(), ed.undo);
    ed.undo();
    ed.undo();
    println!("after 2 undos {:?} redo {:?}", ed.show(), ed.redo);
    ed.redo();
    println!("after redo {:?}", ed.show());
    ed.edit(Edit::Delete(0, 'h'));
    println!("after delete {:?} redo {:?} undo {:?}", ed.show(), ed.redo, ed.undo);
    let mut n = 0;
    while ed.undo() {
        n += 1;
    }
    println!("undid {n}, text {:?}, can redo {}", ed.show(), ed.redo.len());
    let snapshot = ed.redo.clone();
    println!("snapshot equal: {}", snapshot == ed.redo);

    let mut queue: LinkedList<Task> = LinkedList::new();
    queue.push_back(Task { name: "a", left: 3 });
    queue.push_back(Task { name: "b", left: 1 });
    queue.push_back(Task { name: "c", left: 2 });
    let mut tick = 0;
    while let Some(mut t) = queue.pop_front() {
        tick += 1;
        t.left -= 1;
        println!("tick {tick}: ran {}", t.name);
        if t.left > 0 {
            queue.push_back(t);
        }
        if tick == 4 {
            break;
        }
    }
    println!("remaining {:?}", queue.iter().map(|t| t.name).collect::<Vec<_>>());
    let mut later = queue.split_off(1);
    later.push_front(Task { name: "urgent", left: 9 });
    println!("dropping queue");
    drop(queue);
    println!("dropping later");
    drop(later);
    println!("done");
}
