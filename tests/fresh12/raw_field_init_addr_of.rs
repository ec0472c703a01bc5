use std::mem::MaybeUninit;
use std::ptr::{addr_of, addr_of_mut};

#[derive(Debug)]
struct Player {
    name: String,
    hp: u32,
    pos: (i16, i16),
    inventory: Vec<&'static str>,
}

// Rustonomicon pattern: initialise a struct field by field through raw pointers,
// never creating a reference to uninitialised memory.
fn make_player(name: &str) -> Player {
    let mut slot = MaybeUninit::<Player>::uninit();
    let p = slot.as_mut_ptr();
    unsafe {
        addr_of_mut!((*p).name).write(name.to_uppercase());
        (&raw mut (*p).hp).write(100);
        (&raw mut (*p).pos).write((0, 0));
        addr_of_mut!((*p).inventory).write(vec!["sword"]);
        slot.assume_init()
    }
}

#[repr(C, packed)]
struct Telemetry {
    tag: u8,
    speed: u32,
    heading: u16,
}

fn main() {
    let mut pl = make_player("ada");
    pl.inventory.push("shield");
    println!("{:?}", pl);

    // Raw pointers to individual fields coexist fine as long as we only use raw pointers.
    let hp: *mut u32 = &raw mut pl.hp;
    let pos: *mut (i16, i16) = &raw mut pl.pos;
    unsafe {
        *hp -= 35;
        (*pos).0 += 3;
        (*pos).1 -= 4;
        println!("hp {} pos {:?}", *hp, *pos);
    }
    let name_ptr = addr_of!(pl.name);
    println!("name len via raw {}", unsafe { (&*name_ptr).len() });
    let base = addr_of!(pl) as *const u8;
    let off = unsafe { (hp as *const u8).offset_from(base) };
    println!("hp offset matches offset_of: {}", off as usize == std::mem::offset_of!(Player, hp));

    // Packed struct: references to fields are not allowed, raw pointers are.
    let mut t = Telemetry { tag: 1, speed: 0, heading: 0 };
    let sp = &raw mut t.speed;
    let hd = addr_of_mut!(t.heading);
    unsafe {
        sp.write_unaligned(88_000);
        hd.write_unaligned(270);
        let s = sp.read_unaligned();
        println!("speed {} heading {} tag {}", s, hd.read_unaligned(), { t.tag });
    }
    let (speed, heading) = (t.speed, t.heading);
    println!("copied out: speed {} heading {}", speed, heading);

    // Raw pointer to a static, no reference created.
    static GREETING: &str = "hello";
    let g: *const &str = &raw const GREETING;
    println!("static via raw ptr: {}", unsafe { *g });

    // Partially initialising an array of structs in place.
    let mut arr: [MaybeUninit<(u8, char)>; 3] = [const { MaybeUninit::uninit() }; 3];
    for (i, s) in arr.iter_mut().enumerate() {
        let p = s.as_mut_ptr();
        unsafe {
            (&raw mut (*p).0).write(i as u8 * 2);
            (&raw mut (*p).1).write((b'x' + i as u8) as char);
        }
    }
    let done: [(u8, char); 3] = unsafe { std::mem::transmute(arr) };
    println!("array built field by field {:?}", done);
    let null: *const Player = std::ptr::null();
    println!("null is_null {} as_ref none {}", null.is_null(), unsafe { null.as_ref() }.is_none());
}
