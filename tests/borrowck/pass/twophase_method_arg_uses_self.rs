struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn push(&mut self, x: i32) {
        self.items.push(x);
    }
    fn top(&self) -> i32 {
        *self.items.last().unwrap_or(&0)
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let mut st = Stack { items: vec![1] };
    st.push(st.top() * 10);
    st.push(st.size() as i32);
    println!("{:?}", st.items);
}
