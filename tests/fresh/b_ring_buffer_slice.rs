struct RingBuffer<T> {
    buf: Vec<Option<T>>,
    head: usize,
    len: usize,
}

impl<T: Clone + std::fmt::Debug> RingBuffer<T> {
    fn with_capacity(cap: usize) -> Self {
        RingBuffer { buf: vec![None; cap], head: 0, len: 0 }
    }

    fn push(&mut self, item: T) -> Option<T> {
        let cap = self.buf.len();
        let idx = (self.head + self.len) % cap;
        if self.len == cap {
            let old = self.buf[idx].replace(item);
            self.head = (self.head + 1) % cap;
            old
        } else {
            self.buf[idx] = Some(item);
            self.len += 1;
            None
        }
    }

    fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let item = self.buf[self.head].take();
        self.head = (self.head + 1) % self.buf.len();
        self.len -= 1;
        item
    }

    fn to_vec(&self) -> Vec<T> {
        (0..self.len).filter_map(|i| self.buf[(self.head + i) % self.buf.len()].clone()).collect()
    }
}

fn moving_average(samples: &[i32], window: usize) -> Vec<f64> {
    let mut rb = RingBuffer::with_capacity(window);
    let mut out = Vec::new();
    for &s in samples {
        rb.push(s);
        let v = rb.to_vec();
        out.push(v.iter().sum::<i32>() as f64 / v.len() as f64);
    }
    out
}

fn main() {
    let mut rb = RingBuffer::with_capacity(3);
    for x in 1..=5 {
        let evicted = rb.push(x * 10);
        println!("push {:>2} evicted {:?} contents {:?}", x * 10, evicted, rb.to_vec());
    }
    println!("pop {:?} pop {:?}", rb.pop(), rb.pop());
    rb.push(60);
    println!("contents {:?} (len {}, head {})", rb.to_vec(), rb.len, rb.head);

    let samples = [3, 5, 8, 2, 9, 4, 7];
    let avg = moving_average(&samples, 3);
    let text: Vec<String> = avg.iter().map(|a| format!("{:.2}", a)).collect();
    println!("moving average: {}", text.join(" "));

    let history = rb.to_vec();
    let first_n = 4;
    println!("showing the first {} entries of {:?}", first_n, history);
    let oldest = &history[..first_n];
    println!("oldest: {:?}", oldest);
}
