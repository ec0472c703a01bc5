// A struct holding raw pointers to several locals, used while they are alive.
struct Registers {
    regs: [*mut i64; 4],
}

impl Registers {
    fn get(&self, r: usize) -> i64 {
        unsafe { *self.regs[r] }
    }
    fn set(&mut self, r: usize, v: i64) {
        unsafe { *self.regs[r] = v };
    }
}

#[derive(Debug, Clone, Copy)]
enum Op {
    Load(usize, i64),
    Add(usize, usize, usize),
    Mul(usize, usize, usize),
    Sub(usize, usize, usize),
    Swap(usize, usize),
}

fn run(program: &[Op], regs: &mut Registers, trace: &mut Vec<String>) {
    for (pc, op) in program.iter().enumerate() {
        match *op {
            Op::Load(d, v) => regs.set(d, v),
            Op::Add(d, a, b) => regs.set(d, regs.get(a) + regs.get(b)),
            Op::Mul(d, a, b) => regs.set(d, regs.get(a) * regs.get(b)),
            Op::Sub(d, a, b) => regs.set(d, regs.get(a) - regs.get(b)),
            Op::Swap(a, b) => unsafe { std::ptr::swap(regs.regs[a], regs.regs[b]) },
        }
        trace.push(format!(
            "pc={:2} {:?} -> [{}, {}, {}, {}]",
            pc,
            op,
            regs.get(0),
            regs.get(1),
            regs.get(2),
            regs.get(3)
        ));
    }
}

fn main() {
    let mut r0: i64 = 0;
    let mut r1: i64 = 0;
    let mut r2: i64 = 0;
    let mut r3: i64 = 0;

    let program = [
        Op::Load(0, 6),
        Op::Load(1, 7),
        Op::Mul(2, 0, 1),
        Op::Load(3, 100),
        Op::Sub(3, 3, 2),
        Op::Swap(0, 3),
        Op::Add(1, 1, 1),
        Op::Add(2, 2, 0),
    ];

    let mut trace = Vec::new();
    {
        let mut regs = Registers { regs: [&raw mut r0, &raw mut r1, &raw mut r2, &raw mut r3] };
        run(&program, &mut regs, &mut trace);
        run(&program[5..], &mut regs, &mut trace);
    } // regs (and its pointers) dropped before the locals are used directly again
    for line in &trace {
        println!("{}", line);
    }
    println!("r0={} r1={} r2={} r3={}", r0, r1, r2, r3);

    // Pointers to locals of different types collected in a struct.
    let mut count: u32 = 0;
    let mut name = String::from("reg");
    let mut flags = [false; 5];
    struct Targets {
        count: *mut u32,
        name: *mut String,
        flags: *mut [bool; 5],
    }
    let t = Targets { count: &mut count, name: &mut name, flags: &mut flags };
    for i in 0..5usize {
        unsafe {
            *t.count += i as u32 * 2;
            (*t.name).push_str(&i.to_string());
            (*t.flags)[i] = i % 2 == 0;
        }
    }
    let flagged = unsafe { (*t.flags).iter().filter(|f| **f).count() };
    println!("via pointers: flagged={}", flagged);
    println!("count={} name={} flags={:?}", count, name, flags);
}
