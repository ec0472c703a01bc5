// A bounded stack whose misuse panics, tested with #[should_panic] with and without expected messages.
pub struct Stack<T> {
    items: Vec<T>,
    capacity: usize,
}

impl<T: std::fmt::Debug> Stack<T> {
    pub fn new(capacity: usize) -> Self {
        if capacity == 0 {
            panic!("a stack needs room for at least one item");
        }
        Stack { items: Vec::with_capacity(capacity), capacity }
    }

    pub fn push(&mut self, item: T) {
        if self.items.len() == self.capacity {
            panic!("stack overflow: capacity {} reached pushing {:?}", self.capacity, item);
        }
        self.items.push(item);
    }

    pub fn pop(&mut self) -> T {
        self.items.pop().expect("pop on an empty stack")
    }

    pub fn peek(&self) -> &T {
        &self.items[self.items.len() - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_then_pop() {
        let mut s = Stack::new(2);
        s.push("a");
        s.push("b");
        assert_eq!(s.pop(), "b");
        assert_eq!(*s.peek(), "a");
    }

    #[test]
    #[should_panic]
    fn zero_capacity() {
        let _s: Stack<i32> = Stack::new(0);
    }

    #[test]
    #[should_panic(expected = "capacity 1 reached")]
    fn overflow_message() {
        let mut s = Stack::new(1);
        s.push(10);
        s.push(20);
    }

    #[test]
    #[should_panic(expected = "empty stack")]
    fn pop_empty() {
        let mut s: Stack<u8> = Stack::new(3);
        s.pop();
    }

    #[test]
    #[should_panic(expected = "out of bounds")]
    fn peek_empty_wrong_message() {
        let s: Stack<u8> = Stack::new(3);
        println!("peeking at an empty stack");
        s.peek();
    }

    #[test]
    #[should_panic]
    fn does_not_panic() {
        let mut s = Stack::new(4);
        s.push(1.5);
    }

    #[test]
    #[should_panic = "overflow"]
    fn overflow_short_form() {
        let mut s = Stack::new(1);
        s.push('x');
        s.push('y');
    }
}
