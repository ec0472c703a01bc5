// A recursive expression tree and a singly linked stack built from Boxes, with sizes of the
// recursive types and the order their nodes are dropped in.
use std::fmt;
use std::mem::size_of;

enum Expr {
    Num(i64),
    Neg(Box<Expr>),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
}

use Expr::*;

impl Expr {
    fn eval(&self) -> Result<i64, String> {
        Ok(match self {
            Num(n) => *n,
            Neg(e) => -e.eval()?,
            Add(a, b) => a.eval()? + b.eval()?,
            Mul(a, b) => a.eval()? * b.eval()?,
            Div(a, b) => {
                let d = b.eval()?;
                if d == 0 {
                    return Err(format!("division by zero in {}", self));
                }
                a.eval()? / d
            }
        })
    }
    fn simplify(self: Box<Self>) -> Box<Expr> {
        match *self {
            Add(a, b) => match (*a.simplify(), *b.simplify()) {
                (Num(0), e) | (e, Num(0)) => Box::new(e),
                (x, y) => Box::new(Add(Box::new(x), Box::new(y))),
            },
            Mul(a, b) => match (*a.simplify(), *b.simplify()) {
                (Num(1), e) | (e, Num(1)) => Box::new(e),
                (x, y) => Box::new(Mul(Box::new(x), Box::new(y))),
            },
            other => Box::new(other),
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Num(n) => write!(f, "{}", n),
            Neg(e) => write!(f, "-({})", e),
            Add(a, b) => write!(f, "({} + {})", a, b),
            Mul(a, b) => write!(f, "{} * {}", a, b),
            Div(a, b) => write!(f, "{} / {}", a, b),
        }
    }
}

struct Stack<T> {
    head: Option<Box<Frame<T>>>,
    len: usize,
}

struct Frame<T> {
    value: T,
    next: Option<Box<Frame<T>>>,
}

impl<T: fmt::Debug> Stack<T> {
    fn push(&mut self, value: T) {
        let next = self.head.take();
        self.head = Some(Box::new(Frame { value, next }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<T> {
        self.head.take().map(|f| {
            let f = *f;
            self.head = f.next;
            self.len -= 1;
            f.value
        })
    }
    fn peek_mut(&mut self) -> Option<&mut T> { self.head.as_mut().map(|f| &mut f.value) }
}

struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
impl fmt::Debug for Loud {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { f.write_str(self.0) }
}

fn n(v: i64) -> Box<Expr> { Box::new(Num(v)) }

fn main() {
    println!("sizes Expr {} Box<Expr> {} Option<Box<Frame<u8>>> {} Frame<u64> {}", size_of::<Expr>(), size_of::<Box<Expr>>(), size_of::<Option<Box<Frame<u8>>>>(), size_of::<Frame<u64>>());
    let e = Box::new(Add(Box::new(Mul(n(1), Box::new(Add(n(2), n(0))))), Box::new(Neg(n(3)))));
    println!("{} = {:?}", e, e.eval());
    let s = e.simplify();
    println!("simplified {} = {:?}", s, s.eval());
    let bad = Div(n(1), Box::new(Add(n(1), Box::new(Neg(n(1))))));
    println!("{:?}", bad.eval());

    let first = n(1);
    let second = n(2);
    println!("node gap {}", &*second as *const Expr as isize - &*first as *const Expr as isize);

    let mut st = Stack { head: None, len: 0 };
    st.push(Loud("a"));
    st.push(Loud("b"));
    st.push(Loud("c"));
    let len = st.len;
    println!("len {} peek {:?}", len, st.peek_mut());
    if let Some(top) = st.peek_mut() {
        *top = Loud("C");
    }
    println!("popped {:?}", st.pop());
    println!("remaining {}", st.len);
    drop(st);
    println!("end");
}
