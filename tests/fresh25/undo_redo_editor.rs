use std::fmt::Debug;
use std::mem;

trait Edit: Debug {
    fn apply(&mut self, doc: &mut String);
    fn revert(&mut self, doc: &mut String);
    fn label(&self) -> String;
}

#[derive(Debug)]
struct Insert {
    at: usize,
    text: String,
}

#[derive(Debug)]
struct Delete {
    at: usize,
    len: usize,
    removed: Option<String>,
}

#[derive(Debug)]
struct ReplaceAll {
    from: String,
    to: String,
    before: String,
}

impl Edit for Insert {
    fn apply(&mut self, doc: &mut String) { doc.insert_str(self.at, &self.text); }
    fn revert(&mut self, doc: &mut String) { doc.replace_range(self.at..self.at + self.text.len(), ""); }
    fn label(&self) -> String { format!("insert {:?} at {}", self.text, self.at) }
}

impl Edit for Delete {
    fn apply(&mut self, doc: &mut String) {
        let end = (self.at + self.len).min(doc.len());
        self.removed = Some(doc.drain(self.at..end).collect());
    }
    fn revert(&mut self, doc: &mut String) {
        if let Some(text) = self.removed.take() {
            doc.insert_str(self.at, &text);
        }
    }
    fn label(&self) -> String { format!("delete {} at {}", self.len, self.at) }
}

impl Edit for ReplaceAll {
    fn apply(&mut self, doc: &mut String) {
        let new = doc.replace(&self.from, &self.to);
        self.before = mem::replace(doc, new);
    }
    fn revert(&mut self, doc: &mut String) { *doc = mem::take(&mut self.before); }
    fn label(&self) -> String { format!("replace {:?} -> {:?}", self.from, self.to) }
}

#[derive(Default)]
struct Editor {
    doc: String,
    undo: Vec<Box<dyn Edit>>,
    redo: Vec<Box<dyn Edit>>,
}

impl Editor {
    fn exec(&mut self, mut e: Box<dyn Edit>) {
        e.apply(&mut self.doc);
        println!("  do   {:<32} => {:?}", e.label(), self.doc);
        self.undo.push(e);
        let dropped = mem::take(&mut self.redo);
        if !dropped.is_empty() {
            println!("       (discarded {} redo entries)", dropped.len());
        }
    }
    fn undo(&mut self) -> bool {
        match self.undo.pop() {
            Some(mut e) => {
                e.revert(&mut self.doc);
                println!("  undo {:<32} => {:?}", e.label(), self.doc);
                self.redo.push(e);
                true
            }
            None => { println!("  undo: nothing to undo"); false }
        }
    }
    fn redo(&mut self) -> bool {
        let Some(mut e) = self.redo.pop() else {
            println!("  redo: nothing to redo");
            return false;
        };
        e.apply(&mut self.doc);
        println!("  redo {:<32} => {:?}", e.label(), self.doc);
        self.undo.push(e);
        true
    }
}

fn main() {
    let mut ed = Editor::default();
    ed.exec(Box::new(Insert { at: 0, text: "hello world".into() }));
    ed.exec(Box::new(Insert { at: 5, text: ",".into() }));
    ed.exec(Box::new(Delete { at: 7, len: 5, removed: None }));
    ed.exec(Box::new(Insert { at: 7, text: "rust".into() }));
    ed.exec(Box::new(ReplaceAll { from: "l".into(), to: "L".into(), before: String::new() }));
    ed.undo();
    ed.undo();
    ed.redo();
    println!("stacks: undo={} redo={}", ed.undo.len(), ed.redo.len());
    ed.exec(Box::new(Insert { at: 0, text: ">> ".into() }));
    let mut n = 0;
    while ed.undo() { n += 1; }
    println!("undid {} edits, doc empty: {}", n, ed.doc.is_empty());
    let mut m = 0;
    while ed.redo() { m += 1; }
    println!("redid {} edits: {:?}", m, ed.doc);
    let (mut a, mut b) = (mem::take(&mut ed.undo), Vec::new());
    mem::swap(&mut a, &mut b);
    println!("after swap: a={} b={} editor undo={}", a.len(), b.len(), ed.undo.len());
    println!("last edit: {:?}", b.last().map(|e| e.label()));
    println!("first edit debug: {:?}", b[0]);
}
