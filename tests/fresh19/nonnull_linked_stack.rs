// A singly linked stack using Option<NonNull<Node>>, with in-place reverse.
use std::ptr::NonNull;

struct Node<T> {
    value: T,
    next: Option<NonNull<Node<T>>>,
}

struct Stack<T> {
    top: Option<NonNull<Node<T>>>,
    len: usize,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { top: None, len: 0 }
    }

    fn push(&mut self, value: T) {
        let boxed = Box::new(Node { value, next: self.top });
        // Box::into_raw never returns null, so NonNull::new_unchecked would be fine too
        self.top = NonNull::new(Box::into_raw(boxed));
        self.len += 1;
    }

    fn pop(&mut self) -> Option<T> {
        self.top.map(|nn| {
            let boxed = unsafe { Box::from_raw(nn.as_ptr()) };
            self.top = boxed.next;
            self.len -= 1;
            boxed.value
        })
    }

    fn peek_mut(&mut self) -> Option<&mut T> {
        self.top.map(|mut nn| unsafe { &mut nn.as_mut().value })
    }

    fn reverse(&mut self) {
        let mut prev: Option<NonNull<Node<T>>> = None;
        let mut cur = self.top;
        while let Some(mut nn) = cur {
            unsafe {
                cur = nn.as_ref().next;
                nn.as_mut().next = prev;
            }
            prev = Some(nn);
        }
        self.top = prev;
    }

    fn to_vec(&self) -> Vec<&T> {
        let mut out = Vec::new();
        let mut cur = self.top;
        while let Some(nn) = cur {
            let node = unsafe { &*nn.as_ptr() };
            out.push(&node.value);
            cur = node.next;
        }
        out
    }
}

impl<T> Drop for Stack<T> {
    fn drop(&mut self) {
        while self.pop().is_some() {}
    }
}

fn main() {
    println!("size_of Option<NonNull<u8>> == size_of *mut u8: {}",
        std::mem::size_of::<Option<NonNull<u8>>>() == std::mem::size_of::<*mut u8>());

    let mut s = Stack::new();
    for w in ["a", "b", "c", "d"] {
        s.push(w.to_string());
    }
    println!("stack top first: {:?} (len {})", s.to_vec(), s.len);
    if let Some(top) = s.peek_mut() {
        top.push_str("!");
    }
    s.reverse();
    println!("reversed: {:?}", s.to_vec());
    println!("pop: {:?}", s.pop());
    println!("pop: {:?}", s.pop());
    println!("left: {:?} (len {})", s.to_vec(), s.len);

    // NonNull::dangling is aligned but must never be read
    let d: NonNull<u64> = NonNull::dangling();
    println!("dangling is aligned: {}", d.as_ptr().is_aligned());

    // compare node identity: the top node before and after push/pop stays the same
    let mut nums = Stack::new();
    for i in 1..=3 {
        nums.push(i * 10);
    }
    let before = nums.top;
    nums.push(99);
    nums.pop();
    println!("top node identity restored: {}", before == nums.top);
    let sum: i32 = nums.to_vec().into_iter().sum();
    println!("sum of nums = {}", sum);
}
