// A type alias of an enum names its variants in expressions and patterns.
#[derive(Debug)]
enum VeryLongOperationName {
    Add(i32, i32),
    Negate(i32),
}

type Op = VeryLongOperationName;

fn apply(op: Op) -> i32 {
    match op {
        Op::Add(a, b) => a + b,
        Op::Negate(a) => -a,
    }
}

fn main() {
    let ops = [Op::Add(2, 3), Op::Negate(4)];
    for op in ops {
        println!("{:?}", op);
        println!("{}", apply(op));
    }
}
