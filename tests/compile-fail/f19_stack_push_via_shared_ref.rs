// A stack-based RPN calculator whose helper takes `&Vec` but pushes into it.
fn push_number(stack: &Vec<f64>, token: &str) -> bool {
    match token.parse::<f64>() {
        Ok(n) => {
            // Mistake: cannot borrow `*stack` as mutable through a `&` reference.
            stack.push(n);
            true
        }
        Err(_) => false,
    }
}

fn apply(stack: &mut Vec<f64>, op: &str) {
    let b = stack.pop().expect("stack underflow");
    let a = stack.pop().expect("stack underflow");
    let r = match op {
        "+" => a + b,
        "-" => a - b,
        "*" => a * b,
        "/" => a / b,
        _ => panic!("unknown operator {}", op),
    };
    stack.push(r);
}

fn main() {
    let expr = "3 4 + 2 * 7 -";
    let mut stack: Vec<f64> = Vec::new();
    for tok in expr.split_whitespace() {
        if !push_number(&stack, tok) {
            apply(&mut stack, tok);
        }
    }
    println!("result = {:?}", stack.last());
}
