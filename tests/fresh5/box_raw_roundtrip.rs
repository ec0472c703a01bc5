// Box::into_raw / from_raw, Box::leak, String::leak and 'static data.
use std::collections::BTreeMap;

struct Item {
    label: String,
}

impl Drop for Item {
    fn drop(&mut self) {
        println!("  drop Item {}", self.label);
    }
}

fn intern(names: &[&str]) -> Vec<&'static str> {
    names.iter().map(|n| -> &'static str { n.to_uppercase().leak() }).collect()
}

fn registry() -> &'static BTreeMap<&'static str, u32> {
    let mut m = BTreeMap::new();
    m.insert("one", 1);
    m.insert("two", 2);
    m.insert("three", 3);
    Box::leak(Box::new(m))
}

fn main() {
    println!("into_raw then from_raw:");
    let b = Box::new(Item { label: "boxed".into() });
    let raw: *mut Item = Box::into_raw(b);
    unsafe {
        (*raw).label.push_str("-edited");
        println!("  via raw: {}", (*raw).label);
    }
    let back = unsafe { Box::from_raw(raw) };
    println!("  back in a box: {}", back.label);
    drop(back);

    println!("raw vec of boxes:");
    let raws: Vec<*mut Item> = (1..=3).map(|i| Box::into_raw(Box::new(Item { label: format!("r{i}") }))).collect();
    let distinct = raws.windows(2).all(|w| w[0] != w[1]);
    println!("  all distinct allocations: {distinct}");
    for &r in raws.iter().rev() {
        let owned = unsafe { Box::from_raw(r) };
        println!("  reclaiming {}", owned.label);
    }

    println!("Box<[T]> and Box<str>:");
    let bs: Box<[i32]> = vec![5, 6, 7].into_boxed_slice();
    let raw_slice: *mut [i32] = Box::into_raw(bs);
    unsafe {
        (*raw_slice)[0] = 50;
        println!("  raw slice len {}", (&(*raw_slice)).len());
    }
    let bs = unsafe { Box::from_raw(raw_slice) };
    println!("  {:?}", bs);
    let text: Box<str> = "boxed text".into();
    println!("  box str {} bytes, size_of Box<str> {}", text.len(), std::mem::size_of::<Box<str>>());

    println!("Box::leak gives &'static mut:");
    let counter: &'static mut u64 = Box::leak(Box::new(0u64));
    for i in 1..=5 {
        *counter += i;
    }
    println!("  counter = {counter}");
    let leaked_item: &'static Item = Box::leak(Box::new(Item { label: "never dropped".into() }));
    println!("  leaked item label {}", leaked_item.label);

    println!("String::leak:");
    let names = intern(&["ann", "bo", "cy"]);
    println!("  interned {:?}", names);
    let total: usize = names.iter().map(|s| s.len()).sum();
    println!("  total len {total}");

    let reg = registry();
    for (k, v) in reg.iter() {
        println!("  registry {k} => {v}");
    }
    let reg2 = registry();
    println!("  two registries are different allocations: {}", !std::ptr::eq(reg, reg2));
    println!("  ptr::eq with itself: {}", std::ptr::eq(reg, reg));

    println!("Vec::leak:");
    let v: &'static mut [u16] = vec![3u16, 1, 2].leak();
    v.sort();
    println!("  leaked sorted {:?}", v);
    let keep = Item { label: "stack".into() };
    println!("end of main ({})", keep.label);
}
