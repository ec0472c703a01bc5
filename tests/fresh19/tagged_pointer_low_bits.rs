// Hiding a small tag in the low bits of an aligned pointer,
// using the strict-provenance helpers addr / map_addr / with_addr.
use std::mem::align_of;

#[derive(Debug)]
struct Job {
    id: u32,
    cost: u64,
}

const TAG_MASK: usize = 0b111; // Job is 8-aligned, so 3 low bits are free

fn tag(p: *mut Job, t: usize) -> *mut Job {
    assert!(t <= TAG_MASK);
    assert!(p.addr() & TAG_MASK == 0, "pointer must be aligned");
    p.map_addr(|a| a | t)
}

fn untag(p: *mut Job) -> (*mut Job, usize) {
    (p.map_addr(|a| a & !TAG_MASK), p.addr() & TAG_MASK)
}

fn main() {
    println!("align_of::<Job>() = {}", align_of::<Job>());
    let names = ["idle", "queued", "running", "done"];

    let mut tagged: Vec<*mut Job> = Vec::new();
    for i in 0..6u32 {
        let raw = Box::into_raw(Box::new(Job { id: i, cost: (i as u64 + 1) * 10 }));
        println!("job {} aligned: {} (addr % 8 = {})", i, raw.is_aligned(), raw.addr() % align_of::<Job>());
        tagged.push(tag(raw, (i % 4) as usize));
    }

    // a tagged pointer is NOT aligned any more unless the tag is 0
    let aligned_flags: Vec<bool> = tagged.iter().map(|p| p.is_aligned()).collect();
    println!("tagged pointers aligned: {:?}", aligned_flags);

    // change the state of job 1 by rewriting only the low bits
    let (clean, _) = untag(tagged[1]);
    tagged[1] = tag(clean, 2);

    for &t in &tagged {
        let (p, state) = untag(t);
        let job = unsafe { &mut *p };
        if state == 2 {
            job.cost += 1; // running jobs cost a bit more
        }
        println!("job {} state {:8} cost {}", job.id, names[state], job.cost);
    }

    // with_addr: build a pointer from an address we computed, keeping provenance
    let (p0, _) = untag(tagged[0]);
    let same = tagged[0].with_addr(p0.addr());
    println!("with_addr gives back clean pointer: {}", std::ptr::eq(same, p0));
    println!("tagged != clean for tag 0: {}", tagged[0] != p0);
    println!("tagged != clean for tag 3: {}", tagged[3] != untag(tagged[3]).0);

    // free everything, always from the untagged pointer
    let mut total = 0;
    for t in tagged {
        let (p, _) = untag(t);
        let b = unsafe { Box::from_raw(p) };
        total += b.cost;
    }
    println!("total cost {} and all boxes freed", total);
}
