#[derive(Debug)]
enum Expr {
    Num(i64),
    Neg(Box<Expr>),
}

fn eval(e: Expr) -> i64 {
    match e {
        Expr::Num(n) => n,
        Expr::Neg(inner) => -eval(*inner),
    }
}

fn main() {
    let inner = Box::new(Expr::Num(7));
    let neg = Expr::Neg(inner);
    println!("{}", eval(neg));
    println!("{:?}", inner);
}
