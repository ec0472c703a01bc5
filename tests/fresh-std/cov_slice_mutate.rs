// Rearranging a playlist in place with mutable slice methods.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Track {
    plays: u32,
    title: &'static str,
}

fn main() {
    let mut v = vec![5, 1, 4, 2, 3, 9, 0, 8, 7, 6];
    v.swap(0, 9);
    v.reverse();
    println!("swap+reverse {:?}", v);
    v.rotate_left(3);
    println!("rotate_left {:?}", v);
    v.rotate_right(5);
    println!("rotate_right {:?}", v);
    if let Some(f) = v.first_mut() { *f = 100; }
    if let Some(l) = v.last_mut() { *l = 200; }
    if let Some((h, t)) = v.split_first_mut() { *h += 1; t[0] += 1; }
    if let Some((l, init)) = v.split_last_mut() { *l += 1; init[0] += 1; }
    println!("ends {:?}", v);
    if let Some(c) = v.first_chunk_mut::<2>() { c.swap(0, 1); }
    if let Some(c) = v.last_chunk_mut::<2>() { c[0] = -1; }
    if let Some((c, rest)) = v.split_first_chunk_mut::<1>() { c[0] = 0; rest[0] = 0; }
    if let Some((rest, c)) = v.split_last_chunk_mut::<1>() { c[0] = 1; rest[0] += 5; }
    println!("chunk_mut {:?}", v);
    if let Some(x) = v.get_mut(3) { *x = 33; }
    unsafe { *v.get_unchecked_mut(4) = 44; }
    println!("get_mut {:?}", v);
    for c in v.chunks_mut(3) { c.reverse(); }
    println!("chunks_mut {:?}", v);
    for c in v.chunks_exact_mut(4) { c.sort(); }
    println!("chunks_exact_mut {:?}", v);
    for c in v.rchunks_mut(4) { c[0] = 0; }
    println!("rchunks_mut {:?}", v);
    let mut it = v.rchunks_exact_mut(3);
    for c in it.by_ref() { c.fill(7); }
    println!("rchunks_exact_mut rem={:?}", it.into_remainder());
    println!("{:?}", v);
    for g in v.chunk_by_mut(|a, b| a == b) { g[0] = g.len() as i32; }
    println!("chunk_by_mut {:?}", v);
    for part in v.split_mut(|x| *x == 7) { part.fill(-1); }
    println!("split_mut {:?}", v);
    let mut w: Vec<i32> = (1..=12).collect();
    for part in w.split_inclusive_mut(|x| *x % 4 == 0) { part.reverse(); }
    println!("split_inclusive_mut {:?}", w);
    for part in w.rsplit_mut(|x| *x == 9) { if let Some(f) = part.first_mut() { *f *= 10; } }
    println!("rsplit_mut {:?}", w);
    for part in w.splitn_mut(2, |x| *x > 30) { part.sort(); }
    for part in w.rsplitn_mut(2, |x| *x == 4) { part.rotate_left(1); }
    println!("splitn_mut {:?}", w);
    {
        let (a, b) = w.split_at_mut(6);
        a.swap_with_slice(b);
    }
    println!("swap_with_slice {:?}", w);
    if let Some((a, b)) = w.split_at_mut_checked(2) { a.copy_from_slice(&b[..2]); }
    let none = w.split_at_mut_checked(99).is_none();
    println!("copy_from_slice {:?} none={}", w, none);
    unsafe {
        let (a, _) = w.split_at_mut_unchecked(1);
        a[0] = 0;
    }
    w.copy_within(0..3, 9);
    println!("copy_within {:?}", w);
    let mut n = 0;
    w.fill_with(|| { n += 2; n });
    println!("fill_with {:?}", w);
    w[..3].clone_from_slice(&[9, 9, 9]);
    println!("clone_from_slice {:?}", w);
    let [a, b] = w.get_disjoint_mut([0, 5]).unwrap();
    std::mem::swap(a, b);
    println!("get_disjoint {:?}", w);
    println!("disjoint errors: {:?} {}", w.get_disjoint_mut([1, 1]).err(), w.get_disjoint_mut([0..2, 13..14]).unwrap_err());
    let [r1, r2] = w.get_disjoint_mut([0..=1, 2..=3]).unwrap();
    r1[0] = r2[1];
    let [x] = unsafe { w.get_disjoint_unchecked_mut([11]) };
    *x = -5;
    println!("after disjoint {:?}", w);
    let mut tracks = vec![
        Track { plays: 30, title: "Blue" }, Track { plays: 5, title: "Amber" }, Track { plays: 30, title: "Cyan" },
        Track { plays: 12, title: "Dusk" }, Track { plays: 1, title: "Echo" },
    ];
    tracks.sort_by_key(|t| std::cmp::Reverse(t.plays));
    println!("sort_by_key {:?}", tracks.iter().map(|t| t.title).collect::<Vec<_>>());
    tracks.sort_by(|a, b| a.title.cmp(b.title));
    println!("sort_by {:?}", tracks.iter().map(|t| t.title).collect::<Vec<_>>());
    tracks.sort_by_cached_key(|t| t.title.len());
    println!("sort_by_cached_key {:?}", tracks.iter().map(|t| t.title).collect::<Vec<_>>());
    tracks.sort();
    println!("sort {:?}", tracks.iter().map(|t| t.plays).collect::<Vec<_>>());
    tracks.sort_unstable_by(|a, b| b.plays.cmp(&a.plays));
    println!("sort_unstable_by {:?}", tracks.iter().map(|t| t.plays).collect::<Vec<_>>());
    tracks.sort_unstable_by_key(|t| t.title);
    let mut plays: Vec<u32> = tracks.iter().map(|t| t.plays).collect();
    plays.sort_unstable();
    println!("sort_unstable {:?}", plays);
    let mut nums = vec![9, 4, 7, 1, 8, 2];
    let (lo, mid, hi) = nums.select_nth_unstable(2);
    println!("select_nth {:?} {} {:?}", lo, mid, hi);
    let (_, max, _) = nums.select_nth_unstable_by(5, |a, b| a.cmp(b));
    println!("select_nth_by max={}", max);
    let (_, min, _) = nums.select_nth_unstable_by_key(0, |x| *x);
    let min = *min;
    println!("select_nth_by_key min={} {:?}", min, nums);
    let mut grid = [[1, 2], [3, 4]];
    grid.as_flattened_mut().reverse();
    println!("as_flattened_mut {:?}", grid);
    let mut arr = [0u8; 6];
    let (pairs, rem) = arr.as_chunks_mut::<4>();
    pairs[0][1] = 1;
    rem[0] = 2;
    let (rem2, tail) = arr.as_rchunks_mut::<4>();
    rem2[0] = 3;
    tail[0][3] = 4;
    unsafe { arr.as_chunks_unchecked_mut::<3>()[1][2] = 5; }
    if let Some(full) = arr.as_mut_array::<6>() { full[2] = 6; }
    println!("chunk views {:?}", arr);
    let range = arr.as_mut_ptr_range();
    println!("mut range len={}", unsafe { range.end.offset_from(range.start) });
    let words: [u32; 2] = [0x01020304, 0x05060708];
    let (pre, bytes, post) = unsafe { words.align_to::<u8>() };
    println!("align_to {} {} {}", pre.len(), bytes.len(), post.len());
    let mut mwords = [1u32, 2];
    let (pre, mid, post) = unsafe { mwords.align_to_mut::<u16>() };
    mid[0] = 9;
    println!("align_to_mut {} {} {} {:?}", pre.len(), mid.len(), post.len(), mwords);
    let mut empty: [i32; 0] = [];
    empty.sort();
    v.swap(0, 10);
}
