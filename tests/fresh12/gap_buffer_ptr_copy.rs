use std::ptr;

// A tiny text-editor gap buffer over a fixed byte array, moving the gap with ptr::copy.
struct GapBuffer {
    buf: [u8; 32],
    gap_start: usize,
    gap_end: usize,
}

impl GapBuffer {
    fn new() -> Self {
        GapBuffer { buf: [b'_'; 32], gap_start: 0, gap_end: 32 }
    }

    fn move_cursor(&mut self, pos: usize) {
        let base = self.buf.as_mut_ptr();
        if pos < self.gap_start {
            let n = self.gap_start - pos;
            unsafe { ptr::copy(base.add(pos), base.add(self.gap_end - n), n) };
            self.gap_start -= n;
            self.gap_end -= n;
        } else if pos > self.gap_start {
            let n = pos - self.gap_start;
            unsafe { ptr::copy(base.add(self.gap_end), base.add(self.gap_start), n) };
            self.gap_start += n;
            self.gap_end += n;
        }
    }

    fn insert(&mut self, s: &str) {
        let bytes = s.as_bytes();
        assert!(bytes.len() <= self.gap_end - self.gap_start, "gap too small");
        unsafe {
            ptr::copy_nonoverlapping(bytes.as_ptr(), self.buf.as_mut_ptr().add(self.gap_start), bytes.len());
        }
        self.gap_start += bytes.len();
    }

    fn backspace(&mut self, n: usize) {
        self.gap_start -= n.min(self.gap_start);
    }

    fn text(&self) -> String {
        let mut out = Vec::with_capacity(self.buf.len());
        out.extend_from_slice(&self.buf[..self.gap_start]);
        out.extend_from_slice(&self.buf[self.gap_end..]);
        String::from_utf8(out).unwrap()
    }

    fn debug(&self) -> String {
        let mut raw = self.buf;
        for b in &mut raw[self.gap_start..self.gap_end] {
            *b = b'.';
        }
        String::from_utf8(raw.to_vec()).unwrap()
    }
}

fn rotate_left_raw(v: &mut [i32], k: usize) {
    let n = v.len();
    if n == 0 { return; }
    let k = k % n;
    let mut tmp = Vec::with_capacity(k);
    unsafe {
        let p = v.as_mut_ptr();
        ptr::copy_nonoverlapping(p, tmp.as_mut_ptr(), k);
        tmp.set_len(k);
        ptr::copy(p.add(k), p, n - k);
        ptr::copy_nonoverlapping(tmp.as_ptr(), p.add(n - k), k);
    }
}

fn main() {
    let mut g = GapBuffer::new();
    g.insert("hello world");
    println!("{:?} | {}", g.text(), g.debug());
    g.move_cursor(5);
    g.insert(",");
    println!("{:?} | {}", g.text(), g.debug());
    g.move_cursor(12);
    g.insert("!!");
    g.backspace(1);
    println!("{:?} | {}", g.text(), g.debug());
    g.move_cursor(0);
    g.insert(">> ");
    println!("{:?} | {}", g.text(), g.debug());
    println!("gap size {}", g.gap_end - g.gap_start);

    let mut v: Vec<i32> = (1..=8).collect();
    rotate_left_raw(&mut v, 3);
    println!("rotated by 3: {:?}", v);
    rotate_left_raw(&mut v, 13);
    println!("rotated by 13: {:?}", v);
    let mut std_check: Vec<i32> = (1..=8).collect();
    std_check.rotate_left(3);
    std_check.rotate_left(13 % 8);
    println!("matches std: {}", std_check == v);
}
