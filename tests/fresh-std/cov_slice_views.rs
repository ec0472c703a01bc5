// Sensor readings viewed through slices: ends, chunks, windows and splits.
fn main() {
    let readings = [3, 8, 8, 1, 9, 9, 9, 4, 2, 7];
    let r = &readings[..];
    println!("len={} empty={} first={:?} last={:?}", r.len(), r.is_empty(), r.first(), r.last());
    println!("split_first={:?} split_last={:?}", r.split_first(), r.split_last());
    println!("first_chunk={:?} last_chunk={:?} too_big={:?}", r.first_chunk::<3>(), r.last_chunk::<2>(), r.first_chunk::<11>());
    println!("split_first_chunk={:?} split_last_chunk={:?}", r.split_first_chunk::<2>(), r.split_last_chunk::<4>());
    println!("as_array={:?} {:?}", r[..3].as_array::<3>(), r.as_array::<3>());
    println!("get={:?} {:?} {:?} unchecked={}", r.get(4), r.get(2..4), r.get(20), unsafe { *r.get_unchecked(1) });
    println!("windows={:?}", r.windows(3).map(|w| w.iter().sum::<i32>()).collect::<Vec<_>>());
    println!("array_windows={:?}", r.array_windows::<2>().filter(|[a, b]| a == b).count());
    println!("chunks={:?}", r.chunks(3).collect::<Vec<_>>());
    println!("rchunks={:?}", r.rchunks(3).collect::<Vec<_>>());
    let ce = r.chunks_exact(4);
    println!("chunks_exact rem={:?} {:?}", ce.remainder(), ce.collect::<Vec<_>>());
    let rce = r.rchunks_exact(4);
    println!("rchunks_exact rem={:?} {:?}", rce.remainder(), rce.collect::<Vec<_>>());
    let (pairs, rest) = r.as_chunks::<2>();
    let (front, triples) = r.as_rchunks::<3>();
    println!("as_chunks={:?} {:?} as_rchunks={:?} {:?}", pairs, rest, front, triples);
    println!("unchecked chunks={:?}", unsafe { r[..4].as_chunks_unchecked::<2>() });
    println!("chunk_by={:?}", r.chunk_by(|a, b| a == b).collect::<Vec<_>>());
    println!("chunk_by rev={:?}", r.chunk_by(|a, b| a < b).rev().collect::<Vec<_>>());
    println!("split={:?}", r.split(|x| *x == 9).collect::<Vec<_>>());
    println!("rsplit={:?}", r.rsplit(|x| *x == 9).collect::<Vec<_>>());
    println!("splitn={:?} rsplitn={:?}", r.splitn(2, |x| *x > 7).collect::<Vec<_>>(), r.rsplitn(2, |x| *x > 7).collect::<Vec<_>>());
    println!("split_inclusive={:?}", r.split_inclusive(|x| *x % 2 == 1).collect::<Vec<_>>());
    println!("split_inclusive back={:?}", r.split_inclusive(|x| *x == 9).next_back());
    println!("split_at={:?} checked={:?} none={:?}", r.split_at(7), r.split_at_checked(2).map(|(a, _)| a), r.split_at_checked(11));
    println!("unchecked split={:?}", unsafe { r.split_at_unchecked(8) });
    println!("starts={} ends={} contains={}", r.starts_with(&[3, 8]), r.ends_with(&[7]), r.contains(&4));
    println!("strip_prefix={:?} strip_suffix={:?} none={:?}", r.strip_prefix(&[3, 8, 8]), r.strip_suffix(&[2, 7][..]), r.strip_prefix(&[8]));
    let mut cursor: &[i32] = r;
    println!("split_off_first={:?} split_off_last={:?}", cursor.split_off_first(), cursor.split_off_last());
    println!("split_off(..2)={:?} split_off(5..)={:?} rest={:?}", cursor.split_off(..2), cursor.split_off(5..), cursor);
    println!("split_off(..=1)={:?} too far={:?} rest={:?}", cursor.split_off(..=1), cursor.split_off(..9), cursor);
    println!("iter rev={:?} ptr range len={}", r.iter().rev().take(3).collect::<Vec<_>>(), {
        let range = r.as_ptr_range();
        unsafe { range.end.offset_from(range.start) }
    });
    let grid = [[1, 2, 3], [4, 5, 6]];
    println!("as_flattened={:?}", grid.as_flattened());
    println!("element_offset={:?} none={:?}", r.element_offset(&r[6]), r.element_offset(&grid[0][0]));
    println!("binary_search={:?} {:?} by={:?} by_key={:?}", [1, 3, 5, 7].binary_search(&5), [1, 3, 5, 7].binary_search(&4),
        [1, 3, 5, 7].binary_search_by(|x| x.cmp(&7)), [(1, 'a'), (2, 'b')].binary_search_by_key(&2, |p| p.0));
    println!("partition_point={}", [1, 2, 3, 10, 11].partition_point(|x| *x < 5));
    println!("is_sorted={} {} by={} by_key={}", r.is_sorted(), [1, 2, 2].is_sorted(), [3, 2, 1].is_sorted_by(|a, b| a >= b), ["a", "bb", "ccc"].is_sorted_by_key(|s| s.len()));
    println!("to_vec={:?} repeat={:?} concat={:?} join={:?}", r[..2].to_vec(), [1, 2].repeat(2), [[1, 2], [3, 4]].concat(), [vec![1], vec![2, 3]].join(&0));
    println!("{:?}", r.chunks(0).next());
}
