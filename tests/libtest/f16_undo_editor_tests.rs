// A text editor buffer with undo/redo via boxed command objects.

pub trait Command {
    fn apply(&mut self, text: &mut String);
    fn undo(&mut self, text: &mut String);
    fn describe(&self) -> String;
}

pub struct Insert {
    pos: usize,
    s: String,
}

pub struct Delete {
    pos: usize,
    len: usize,
    removed: Option<String>,
}

impl Command for Insert {
    fn apply(&mut self, text: &mut String) {
        text.insert_str(self.pos, &self.s);
    }
    fn undo(&mut self, text: &mut String) {
        text.replace_range(self.pos..self.pos + self.s.len(), "");
    }
    fn describe(&self) -> String { format!("insert {:?} at {}", self.s, self.pos) }
}

impl Command for Delete {
    fn apply(&mut self, text: &mut String) {
        let end = (self.pos + self.len).min(text.len());
        self.removed = Some(text[self.pos..end].to_string());
        text.replace_range(self.pos..end, "");
    }
    fn undo(&mut self, text: &mut String) {
        if let Some(r) = self.removed.take() {
            text.insert_str(self.pos, &r);
        }
    }
    fn describe(&self) -> String { format!("delete {} at {}", self.len, self.pos) }
}

#[derive(Default)]
pub struct Editor {
    text: String,
    done: Vec<Box<dyn Command>>,
    undone: Vec<Box<dyn Command>>,
}

impl Editor {
    pub fn execute(&mut self, mut cmd: Box<dyn Command>) {
        cmd.apply(&mut self.text);
        self.done.push(cmd);
        self.undone.clear();
    }

    pub fn insert(&mut self, pos: usize, s: &str) {
        self.execute(Box::new(Insert { pos, s: s.to_string() }));
    }

    pub fn delete(&mut self, pos: usize, len: usize) {
        self.execute(Box::new(Delete { pos, len, removed: None }));
    }

    pub fn undo(&mut self) -> bool {
        match self.done.pop() {
            Some(mut cmd) => {
                cmd.undo(&mut self.text);
                self.undone.push(cmd);
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        let Some(mut cmd) = self.undone.pop() else { return false };
        cmd.apply(&mut self.text);
        self.done.push(cmd);
        true
    }

    pub fn history(&self) -> Vec<String> {
        self.done.iter().map(|c| c.describe()).collect()
    }

    pub fn text(&self) -> &str { &self.text }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn editor_with(s: &str) -> Editor {
        let mut e = Editor::default();
        e.insert(0, s);
        e
    }

    #[test]
    fn insert_and_delete() {
        let mut e = editor_with("hello world");
        e.delete(5, 6);
        e.insert(5, ", rust");
        assert_eq!(e.text(), "hello, rust");
    }

    #[test]
    fn undo_restores() {
        let mut e = editor_with("abcdef");
        e.delete(1, 3);
        assert_eq!(e.text(), "aef");
        assert!(e.undo());
        assert_eq!(e.text(), "abcdef");
        assert!(e.undo());
        assert_eq!(e.text(), "");
        assert!(!e.undo(), "nothing left to undo");
    }

    #[test]
    fn redo_after_undo() {
        let mut e = editor_with("abc");
        e.insert(3, "def");
        e.undo();
        assert!(e.redo());
        assert_eq!(e.text(), "abcdef");
        assert!(!e.redo());
    }

    #[test]
    fn new_command_clears_redo() {
        let mut e = editor_with("abc");
        e.undo();
        e.insert(0, "x");
        assert!(!e.redo(), "redo stack should be cleared by a new edit");
    }

    #[test]
    fn history_descriptions() {
        let mut e = editor_with("hi");
        e.delete(0, 10);
        let h = e.history();
        println!("history: {:#?}", h);
        assert_eq!(h, vec!["insert \"hi\" at 0", "delete 10 at 0"]);
        assert_eq!(e.text(), "");
    }
}
