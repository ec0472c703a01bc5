use std::mem::{MaybeUninit, align_of, size_of};

#[derive(Debug)]
struct Sensor {
    id: u16,
    reading: f32,
    label: String,
}

const N: usize = 5;

fn build_squares() -> [u64; N] {
    let mut arr: [MaybeUninit<u64>; N] = [const { MaybeUninit::uninit() }; N];
    for (i, slot) in arr.iter_mut().enumerate() {
        slot.write((i as u64 + 1) * (i as u64 + 1));
    }
    // Every element was written above, so reading them is sound.
    arr.map(|slot| unsafe { slot.assume_init() })
}

fn build_sensors() -> [Sensor; 3] {
    let mut arr: [MaybeUninit<Sensor>; 3] = [const { MaybeUninit::uninit() }; 3];
    let names = ["temp", "humidity", "pressure"];
    for i in 0..3 {
        arr[i].write(Sensor { id: 100 + i as u16, reading: i as f32 * 1.5, label: names[i].to_string() });
    }
    arr.map(|s| unsafe { s.assume_init() })
}

fn main() {
    println!("MaybeUninit<u64> size={} align={}", size_of::<MaybeUninit<u64>>(), align_of::<MaybeUninit<u64>>());
    println!("MaybeUninit<Sensor> size={} Sensor size={}", size_of::<MaybeUninit<Sensor>>(), size_of::<Sensor>());
    println!("Option<Box<u8>> size={} MaybeUninit<Box<u8>> size={}", size_of::<Option<Box<u8>>>(), size_of::<MaybeUninit<Box<u8>>>());
    println!("Option<MaybeUninit<Box<u8>>> size={} (no niche)", size_of::<Option<MaybeUninit<Box<u8>>>>());
    println!("[MaybeUninit<u32>; 10] size={}", size_of::<[MaybeUninit<u32>; 10]>());

    let squares = build_squares();
    println!("squares = {:?}", squares);
    println!("sum = {}", squares.iter().sum::<u64>());

    let sensors = build_sensors();
    for s in &sensors {
        println!("sensor id={} reading={} label={} label_len={}", s.id, s.reading, s.label, s.label.len());
    }

    // Single value: write then assume_init.
    let mut one = MaybeUninit::<String>::uninit();
    let r: &mut String = one.write(String::from("late init"));
    r.push_str("!");
    let s = unsafe { one.assume_init() };
    println!("single value = {:?} len={}", s, s.len());

    // zeroed is valid for integers.
    let z: [u32; 4] = unsafe { MaybeUninit::<[u32; 4]>::zeroed().assume_init() };
    println!("zeroed u32 array = {:?}", z);

    // Writing through a raw pointer into the uninit array, counting initialized slots.
    let mut buf: [MaybeUninit<u16>; 8] = [const { MaybeUninit::uninit() }; 8];
    let mut initialized = 0;
    let base = buf.as_mut_ptr() as *mut u16;
    for i in 0..8 {
        unsafe { base.add(i).write((i as u16) << 4) };
        initialized += 1;
    }
    println!("initialized {} of {} slots", initialized, buf.len());
    let values: Vec<u16> = buf.iter().map(|m| unsafe { m.assume_init_read() }).collect();
    println!("values = {:?}", values);

    // Partially initialized: only read the prefix that was written.
    let mut partial: [MaybeUninit<String>; 4] = [const { MaybeUninit::uninit() }; 4];
    let mut filled = 0;
    for word in "alpha beta gamma".split(' ') {
        partial[filled].write(word.to_uppercase());
        filled += 1;
    }
    println!("filled {} of {}", filled, partial.len());
    for slot in partial.iter_mut().take(filled) {
        // Move each initialized String out exactly once; it is dropped normally afterwards.
        let owned = unsafe { slot.assume_init_read() };
        println!("  took {} (cap>=len: {})", owned, owned.capacity() >= owned.len());
    }
    println!("MaybeUninit never drops its contents: needs_drop = {}", std::mem::needs_drop::<MaybeUninit<String>>());
}
