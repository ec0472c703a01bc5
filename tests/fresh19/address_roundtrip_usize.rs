// Turning pointers into integers and back: expose_provenance / with_exposed_provenance,
// storing addresses as bytes with to_ne_bytes, and using addresses as keys.
use std::collections::HashMap;
use std::ptr;

#[derive(Debug)]
struct Sensor {
    name: &'static str,
    reading: i32,
}

fn main() {
    let mut sensors = vec![
        Sensor { name: "north", reading: 12 },
        Sensor { name: "south", reading: -3 },
        Sensor { name: "east", reading: 7 },
    ];

    // store addresses as plain integers (like a C handle table)
    let base = sensors.as_mut_ptr();
    let handles: Vec<usize> = (0..sensors.len()).map(|i| unsafe { base.add(i) }.expose_provenance()).collect();
    println!("handles: {}", handles.len());
    let diffs: Vec<usize> = handles.windows(2).map(|w| w[1] - w[0]).collect();
    println!("handle gaps: {:?} (size_of Sensor = {})", diffs, std::mem::size_of::<Sensor>());

    // turn a handle back into a pointer and write through it
    let p: *mut Sensor = ptr::with_exposed_provenance_mut(handles[1]);
    unsafe { (*p).reading += 100 };
    println!("through handle 1: {:?}", unsafe { &*p });

    // round trip through bytes
    let bytes = handles[2].to_ne_bytes();
    println!("address takes {} bytes", bytes.len());
    let back = usize::from_ne_bytes(bytes);
    println!("bytes round trip equal: {}", back == handles[2]);
    let p2 = ptr::with_exposed_provenance::<Sensor>(back);
    println!("p2 == &sensors[2]: {}", ptr::eq(p2, unsafe { base.add(2) }));
    println!("name via p2: {}", unsafe { (*p2).name });

    // a side table keyed by address
    let mut notes: HashMap<usize, String> = HashMap::new();
    notes.insert(handles[0], "calibrated".to_string());
    notes.insert(handles[2], "needs battery".to_string());
    for (i, s) in sensors.iter().enumerate() {
        let key = s as *const Sensor as usize;
        let note = notes.get(&key).map(|n| n.as_str()).unwrap_or("-");
        println!("sensor {} {:<5} reading {:4} note {}", i, s.name, s.reading, note);
    }

    // plain `as` casts: ptr -> usize -> ptr
    let value = 0x1234_5678u32;
    let addr = &value as *const u32 as usize;
    let again = addr as *const u32;
    println!("as-cast round trip reads {:#x}", unsafe { *again });
    println!("addr aligned for u32: {}", addr % std::mem::align_of::<u32>() == 0);

    // addr() vs expose: both give the same number for the same pointer
    let q = &sensors[1] as *const Sensor;
    println!("addr() == expose_provenance(): {}", q.addr() == q.expose_provenance());
    println!("null addr is 0: {}", ptr::null::<Sensor>().addr() == 0);

    // handles become stale if the Vec reallocates, so refresh them after growth
    sensors.reserve(100);
    let fresh = sensors.as_ptr().expose_provenance();
    let count = sensors.len();
    let last = unsafe { &*ptr::with_exposed_provenance::<Sensor>(fresh).add(count - 1) };
    println!("after reserve, last sensor via fresh handle: {}", last.name);
}
