use std::mem;

#[repr(C)]
#[derive(Clone, Copy)]
union FloatBits {
    f: f32,
    u: u32,
    bytes: [u8; 4],
}

#[repr(C)]
#[derive(Clone, Copy)]
union DoubleBits {
    d: f64,
    u: u64,
    halves: [u32; 2],
}

fn decompose(x: f32) -> (u32, i32, u32) {
    let bits = unsafe { FloatBits { f: x }.u };
    let sign = bits >> 31;
    let exp = ((bits >> 23) & 0xff) as i32 - 127;
    let mantissa = bits & 0x7f_ffff;
    (sign, exp, mantissa)
}

// Classic fast inverse square root, done with transmute instead of pointer casts.
fn fast_inv_sqrt(x: f32) -> f32 {
    let i: u32 = unsafe { mem::transmute(x) };
    let i = 0x5f37_59df - (i >> 1);
    let y: f32 = unsafe { mem::transmute(i) };
    y * (1.5 - 0.5 * x * y * y)
}

fn main() {
    for x in [1.0f32, -2.5, 0.15625, 1024.0] {
        let (s, e, m) = decompose(x);
        let fb = FloatBits { f: x };
        let bytes = unsafe { fb.bytes };
        println!("{:>8} sign={} exp={:>3} mant={:#08x} le_bytes={:02x?} same_as_to_le={}",
            x, s, e, m, bytes, bytes == x.to_le_bytes());
    }

    let mut fb = FloatBits { u: 0 };
    unsafe {
        fb.bytes[3] = 0x40; // 0x40000000 == 2.0f32 on little endian
        println!("u after byte write {:#010x}, f = {}", fb.u, fb.f);
        fb.u += 1 << 23; // bump exponent -> doubles the value
        println!("after exponent bump f = {}", fb.f);
    }

    let db = DoubleBits { d: -0.0 };
    unsafe {
        println!("-0.0 bits {:#018x} halves {:08x?}", db.u, db.halves);
    }
    let db2 = DoubleBits { halves: [0, 0x3ff0_0000] };
    println!("halves [0, 0x3ff00000] as f64 = {}", unsafe { db2.d });

    for x in [4.0f32, 16.0, 100.0] {
        let approx = fast_inv_sqrt(x);
        let exact = 1.0 / x.sqrt();
        println!("inv_sqrt({}) ~ {:.4} (exact {:.4}) close={}", x, approx, exact, (approx - exact).abs() < 0.01);
    }

    let nan_bits = f32::NAN.to_bits();
    let from_union = unsafe { FloatBits { f: f32::NAN }.u };
    println!("NaN bits agree: {} exponent all ones: {}", nan_bits == from_union, (nan_bits >> 23) & 0xff == 0xff);
    println!("sizes: FloatBits={} DoubleBits={} align={}", mem::size_of::<FloatBits>(), mem::size_of::<DoubleBits>(), mem::align_of::<DoubleBits>());
    let inf: f32 = f32::from_bits(0x7f80_0000);
    println!("from_bits 0x7f800000 = {} is_infinite {}", inf, inf.is_infinite());
}
