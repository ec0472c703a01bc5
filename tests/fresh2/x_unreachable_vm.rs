#[derive(Debug, Clone, Copy)]
enum Op {
    Push(i64),
    Add,
    Mul,
    Dup,
    Swap,
    Jz(usize),
    Jmp(usize),
    Print,
    Halt,
}

fn decode(byte: u8, arg: i64) -> Op {
    match byte {
        0x01 => Op::Push(arg),
        0x02 => Op::Add,
        0x03 => Op::Mul,
        0x04 => Op::Dup,
        0x05 => Op::Swap,
        0x06 => Op::Jz(arg as usize),
        0x07 => Op::Jmp(arg as usize),
        0x08 => Op::Print,
        0xff => Op::Halt,
        other => unreachable!("bad opcode {other:#04x} (arg {arg})"),
    }
}

fn run(program: &[(u8, i64)]) {
    let code: Vec<Op> = program.iter().map(|&(b, a)| decode(b, a)).collect();
    let mut stack: Vec<i64> = Vec::new();
    let mut pc = 0;
    let mut steps = 0;
    while pc < code.len() {
        steps += 1;
        let op = code[pc];
        pc += 1;
        match op {
            Op::Push(v) => stack.push(v),
            Op::Add | Op::Mul => {
                let b = stack.pop().unwrap();
                let a = stack.pop().unwrap();
                stack.push(if let Op::Add = op { a + b } else { a * b });
            }
            Op::Dup => stack.push(*stack.last().unwrap()),
            Op::Swap => {
                let n = stack.len();
                stack.swap(n - 1, n - 2);
            }
            Op::Jz(t) => {
                if stack.pop().unwrap() == 0 {
                    pc = t;
                }
            }
            Op::Jmp(t) => pc = t,
            Op::Print => println!("  out: {}", stack.last().unwrap()),
            Op::Halt => break,
        }
    }
    println!("  halted after {steps} steps, stack {stack:?}");
}

fn main() {
    println!("program 1");
    run(&[(0x01, 6), (0x01, 7), (0x03, 0), (0x08, 0), (0xff, 0)]);
    println!("program 2 (countdown)");
    // counter = 3; loop: print; counter += -1; if counter == 0 halt
    run(&[(0x01, 3), (0x08, 0), (0x01, -1), (0x02, 0), (0x04, 0), (0x06, 7), (0x07, 1), (0xff, 0)]);
    println!("program 3");
    run(&[(0x01, 1), (0x09, 42), (0xff, 0)]);
    println!("end");
}
