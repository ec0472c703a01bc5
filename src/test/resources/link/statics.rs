// Statics of every kind the image builder places; scripts/gen-static-sections.sh records where rustc
// and its linker put each one (the section of its symbol in a debug build).
use std::sync::atomic::{AtomicBool, AtomicUsize};
use std::sync::{Mutex, RwLock};

struct Point { x: i32, y: i32 }

static A_I32: i32 = 42;
static B_ZERO_ARRAY: [u8; 64] = [0; 64];
static mut C_ZERO: u32 = 0;
static mut D_SEVEN: u32 = 7;
static E_STR: &str = "hello";
static F_ATOMIC_ZERO: AtomicUsize = AtomicUsize::new(0);
static G_ATOMIC_FIVE: AtomicUsize = AtomicUsize::new(5);
static mut H_LAST_ONE: [u64; 4] = [0, 0, 0, 1];
static mut I_ZERO_TUPLE: (u8, bool) = (0, false);
static J_TUPLE: (f64, char) = (0.0, 'a');
static mut K_NEG_ZERO: f64 = -0.0;
static L_MUTEX_ZERO: Mutex<i32> = Mutex::new(0);
static L_MUTEX_THREE: Mutex<i32> = Mutex::new(3);
static mut M_STR: &str = "x";
static N_POINT: Point = Point { x: 0, y: 0 };
static mut O_POINT: Point = Point { x: 0, y: 0 };
static mut P_VEC: Vec<u8> = Vec::new();
static R_SLICE: &[i32] = &[1, 2, 3];
static mut S_CHARS: [char; 3] = ['\0'; 3];
static T_TRUE: bool = true;
static mut U_FALSE: bool = false;
static V_RWLOCK: RwLock<u64> = RwLock::new(0);
static W_ATOMIC_TRUE: AtomicBool = AtomicBool::new(true);
static X_CONST_REF: u32 = LIMIT;
const LIMIT: u32 = 0;
static mut Y_STRING: String = String::new();

#[allow(static_mut_refs)]
fn main() {
    unsafe {
        println!("{:p} {:p} {:p} {:p} {:p} {:p} {:p} {:p}", &A_I32, &B_ZERO_ARRAY, &C_ZERO, &D_SEVEN, &E_STR,
            &F_ATOMIC_ZERO, &G_ATOMIC_FIVE, &H_LAST_ONE);
        println!("{:p} {:p} {:p} {:p} {:p} {:p} {:p} {:p}", &I_ZERO_TUPLE, &J_TUPLE, &K_NEG_ZERO, &L_MUTEX_ZERO,
            &L_MUTEX_THREE, &M_STR, &N_POINT, &O_POINT);
        println!("{:p} {:p} {:p} {:p} {:p} {:p} {:p} {:p} {:p}", &P_VEC, &R_SLICE, &S_CHARS, &T_TRUE, &U_FALSE,
            &V_RWLOCK, &W_ATOMIC_TRUE, &X_CONST_REF, &Y_STRING);
        println!("{} {}", N_POINT.x, O_POINT.y);
    }
}
