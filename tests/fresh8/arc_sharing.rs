use std::mem::{size_of, size_of_val};
use std::rc::Rc;
use std::sync::{Arc, Weak};

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    cells: Vec<i32>,
}

impl Matrix {
    fn identity(n: usize) -> Self {
        let mut cells = vec![0; n * n];
        for i in 0..n {
            cells[i * n + i] = 1;
        }
        Matrix { rows: n, cols: n, cells }
    }
    fn trace(&self) -> i32 {
        (0..self.rows.min(self.cols)).map(|i| self.cells[i * self.cols + i]).sum()
    }
}

fn main() {
    println!("Arc<u64> size={} Rc<u64> size={}", size_of::<Arc<u64>>(), size_of::<Rc<u64>>());
    println!("Arc<str> size={} Arc<[u8]> size={}", size_of::<Arc<str>>(), size_of::<Arc<[u8]>>());
    println!("Option<Arc<u64>> size={}", size_of::<Option<Arc<u64>>>());

    let m = Arc::new(Matrix::identity(3));
    let m2 = Arc::clone(&m);
    let m3 = Arc::clone(&m2);
    println!("strong={} weak={}", Arc::strong_count(&m), Arc::weak_count(&m));
    println!("ptr_eq m,m3 = {}", Arc::ptr_eq(&m, &m3));
    println!("trace via m3 = {}", m3.trace());

    let copy = Arc::new((*m).clone());
    println!("deep copy equal by value = {} ptr_eq = {}", *copy == *m, Arc::ptr_eq(&m, &copy));

    let mut writer = Arc::clone(&m);
    println!("before make_mut: strong={}", Arc::strong_count(&m));
    Arc::make_mut(&mut writer).cells[1] = 7;
    println!("after make_mut: original strong={} writer strong={}", Arc::strong_count(&m), Arc::strong_count(&writer));
    println!("original cells = {:?}", m.cells);
    println!("writer cells   = {:?}", writer.cells);
    println!("ptr_eq m,writer = {}", Arc::ptr_eq(&m, &writer));

    Arc::make_mut(&mut writer).cells[2] = 8;
    println!("second make_mut unique: writer cells = {:?}", writer.cells);

    let weak: Weak<Matrix> = Arc::downgrade(&m);
    println!("weak created: strong={} weak={}", Arc::strong_count(&m), Arc::weak_count(&m));
    drop(m2);
    drop(m3);
    println!("after drops strong={}", weak.strong_count());
    let up = weak.upgrade();
    println!("upgrade some={} trace={:?}", up.is_some(), up.as_ref().map(|x| x.trace()));
    drop(up);
    drop(m);
    println!("after final drop: upgrade is_none={}", weak.upgrade().is_none());

    let s: Arc<str> = Arc::from("shared slice");
    let s2 = Arc::clone(&s);
    println!("Arc<str> len={} bytes_of_val={} strong={}", s.len(), size_of_val(&*s), Arc::strong_count(&s2));
    println!("same str ptr = {}", std::ptr::eq(s.as_ptr(), s2.as_ptr()));

    let nums: Arc<[u16]> = vec![10, 20, 30, 40].into();
    let sum: u32 = nums.iter().map(|&x| x as u32).sum();
    println!("Arc<[u16]> len={} payload bytes={} sum={}", nums.len(), size_of_val(&*nums), sum);

    let unwrapped = Arc::try_unwrap(copy).map(|mx| mx.trace());
    println!("try_unwrap unique copy -> {:?}", unwrapped);
    let holders: Vec<Arc<str>> = (0..4).map(|_| Arc::clone(&s)).collect();
    println!("after 4 holders strong={}", Arc::strong_count(&s));
    let all_same = holders.iter().all(|h| Arc::ptr_eq(h, &s));
    println!("all holders point to same = {}", all_same);
    drop(holders);
    println!("after dropping holders strong={}", Arc::strong_count(&s));
}
