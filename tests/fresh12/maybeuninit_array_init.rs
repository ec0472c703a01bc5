use std::mem::{self, MaybeUninit};

#[derive(Debug)]
struct Tracked {
    id: u32,
    name: String,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        println!("drop Tracked {} ({})", self.id, self.name);
    }
}

fn build_squares<const N: usize>() -> [u64; N] {
    let mut arr: [MaybeUninit<u64>; N] = [const { MaybeUninit::uninit() }; N];
    for (i, slot) in arr.iter_mut().enumerate() {
        slot.write((i as u64 + 1) * (i as u64 + 1));
    }
    // Every element is initialised; reinterpret the whole array.
    unsafe { mem::transmute_copy::<[MaybeUninit<u64>; N], [u64; N]>(&arr) }
}

// Initialise up to `fail_at` and then bail out, dropping only initialised items.
fn build_tracked(fail_at: Option<usize>) -> Option<[Tracked; 4]> {
    let mut arr: [MaybeUninit<Tracked>; 4] = [const { MaybeUninit::uninit() }; 4];
    let mut done = 0usize;
    for i in 0..4 {
        if Some(i) == fail_at {
            println!("failing at {}, cleaning {} items", i, done);
            for slot in &mut arr[..done] {
                unsafe { slot.assume_init_drop() };
            }
            return None;
        }
        arr[i].write(Tracked { id: i as u32, name: format!("item-{}", i * 11) });
        done += 1;
    }
    let ptr = &raw const arr as *const [Tracked; 4];
    let out = unsafe { ptr.read() };
    mem::forget(arr); // MaybeUninit never drops anyway, but be explicit
    Some(out)
}

fn main() {
    let sq: [u64; 6] = build_squares();
    println!("squares {:?}", sq);
    println!("size MaybeUninit<u64> = {}, align = {}", mem::size_of::<MaybeUninit<u64>>(), mem::align_of::<MaybeUninit<u64>>());

    let mut one = MaybeUninit::<i32>::uninit();
    let p = one.as_mut_ptr();
    unsafe { p.write(41) };
    unsafe { *p += 1 };
    let value = unsafe { one.assume_init() };
    println!("single value {}", value);

    println!("-- partial build");
    let r = build_tracked(Some(2));
    println!("partial result is_none {}", r.is_none());

    println!("-- full build");
    let full = build_tracked(None).unwrap();
    let ids: Vec<u32> = full.iter().map(|t| t.id).collect();
    println!("ids {:?}, last name {}", ids, full[3].name);

    let mut uninit_str = MaybeUninit::<String>::uninit();
    uninit_str.write(String::from("hello"));
    let s_ref = unsafe { uninit_str.assume_init_mut() };
    s_ref.push_str(", world");
    println!("string {}", unsafe { uninit_str.assume_init_ref() });
    unsafe { uninit_str.assume_init_drop() };
    println!("-- end of main");
}
