use std::mem;

#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq)]
enum Opcode {
    Nop = 0,
    Push = 1,
    Add = 2,
    Mul = 3,
    Dup = 4,
    Print = 0x10,
    Halt = 0xFF,
}

impl Opcode {
    fn from_byte(b: u8) -> Option<Opcode> {
        match b {
            0..=4 | 0x10 | 0xFF => Some(unsafe { mem::transmute::<u8, Opcode>(b) }),
            _ => None,
        }
    }
}

#[repr(C, u8)]
#[derive(Debug)]
enum Tagged {
    Small(u8) = 1,
    Big(u32) = 2,
    Pair(u16, u16) = 3,
}

fn run(code: &[u8]) -> Vec<i64> {
    let mut stack: Vec<i64> = Vec::new();
    let mut printed = Vec::new();
    let mut pc = 0;
    while pc < code.len() {
        let op = match Opcode::from_byte(code[pc]) {
            Some(op) => op,
            None => {
                println!("  bad opcode {:#04x} at {}", code[pc], pc);
                break;
            }
        };
        pc += 1;
        match op {
            Opcode::Nop => {}
            Opcode::Push => {
                stack.push(code[pc] as i8 as i64);
                pc += 1;
            }
            Opcode::Add => { let b = stack.pop().unwrap(); let a = stack.pop().unwrap(); stack.push(a + b); }
            Opcode::Mul => { let b = stack.pop().unwrap(); let a = stack.pop().unwrap(); stack.push(a * b); }
            Opcode::Dup => { let t = *stack.last().unwrap(); stack.push(t); }
            Opcode::Print => printed.push(*stack.last().unwrap()),
            Opcode::Halt => break,
        }
    }
    printed
}

fn main() {
    println!("size_of Opcode {} Option<Opcode> {}", mem::size_of::<Opcode>(), mem::size_of::<Option<Opcode>>());
    for op in [Opcode::Nop, Opcode::Mul, Opcode::Print, Opcode::Halt] {
        println!("{:?} as u8 = {:#04x}", op, op as u8);
    }
    let decoded: Vec<Option<Opcode>> = [2u8, 5, 0x10, 0xFF].iter().map(|&b| Opcode::from_byte(b)).collect();
    println!("decoded {:?}", decoded);

    let program = [1, 6, 4, 3, 0x10, 1, 0xF9, 2, 0x10, 0, 0xFF, 1, 99];
    println!("program output {:?}", run(&program));
    println!("bad program output {:?}", run(&[1, 2, 0x10, 7, 0x10]));

    let values = [Tagged::Small(7), Tagged::Big(0xABCD_EF01), Tagged::Pair(3, 4)];
    println!("size_of Tagged {} align {}", mem::size_of::<Tagged>(), mem::align_of::<Tagged>());
    for v in &values {
        // With repr(C, u8) the first byte is the tag, guaranteed.
        let tag = unsafe { *(v as *const Tagged as *const u8) };
        println!("{:?} -> tag byte {}", v, tag);
    }
    let b: bool = unsafe { mem::transmute(1u8) };
    let c: char = unsafe { mem::transmute(0x41u32) };
    println!("transmuted bool {} char {}", b, c);
    println!("char::from_u32(0xD800) valid: {}", char::from_u32(0xD800).is_some());
}
