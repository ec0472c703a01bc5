use std::collections::{BTreeMap, HashMap};

const LOG: &str = "10.0.0.1 GET /api/users/42 200 512\n\
10.0.0.2 POST /api/login 401 64\n\
10.0.0.1 GET /static/app.js 200 20480\n\
10.0.0.3 GET /api/users/7 404 0\n\
10.0.0.2 POST /api/login 200 128\n\
10.0.0.1 DELETE /api/users/42 204 0\n\
10.0.0.4 GET /static/logo.png 304 0\n\
10.0.0.3 GET /api/orders/2024/11 200 2048\n";

#[derive(Debug)]
struct Entry<'a> { ip: &'a str, method: &'a str, path: &'a str, status: u16, bytes: u32 }

fn parse(line: &str) -> Option<Entry<'_>> {
    let mut it = line.split_ascii_whitespace();
    Some(Entry {
        ip: it.next()?,
        method: it.next()?,
        path: it.next()?,
        status: it.next()?.parse().ok()?,
        bytes: it.next()?.parse().ok()?,
    })
}

fn main() {
    let lines: Vec<&str> = LOG.split_terminator('\n').collect();
    println!("lines: {} (split would give {})", lines.len(), LOG.split('\n').count());
    let entries: Vec<Entry> = lines.iter().filter_map(|l| parse(l)).collect();

    let by_ip: BTreeMap<&str, (u32, u32)> = entries.iter().fold(BTreeMap::new(), |mut m, e| {
        let s = m.entry(e.ip).or_insert((0, 0));
        s.0 += 1;
        s.1 += e.bytes;
        m
    });
    for (ip, (n, b)) in &by_ip {
        let last_octet = ip.rsplit('.').next().unwrap();
        println!("{:<9} .{:<2} reqs={} bytes={:>6}", ip, last_octet, n, b);
    }

    let exts: Vec<&str> = entries.iter().filter_map(|e| e.path.rsplit_once('.').map(|(_, x)| x)).collect();
    println!("extensions: {:?}", exts);
    let resources: Vec<String> = entries
        .iter()
        .map(|e| {
            let mut parts = e.path.rsplitn(2, '/');
            let last = parts.next().unwrap();
            let parent = parts.next().unwrap_or("");
            format!("{}<-{}", last, parent.rsplit('/').next().unwrap_or(""))
        })
        .collect();
    println!("resources: {:?}", resources);

    let statuses: Vec<u16> = entries.iter().map(|e| e.status).collect();
    let changes: Vec<String> = statuses.windows(2).filter(|w| w[0] / 100 != w[1] / 100).map(|w| format!("{}->{}", w[0], w[1])).collect();
    println!("class changes: {:?}", changes);
    let peak = statuses.windows(3).enumerate().max_by_key(|(_, w)| w.iter().map(|&s| s as u32).sum::<u32>()).unwrap();
    println!("worst 3-window at {}: {:?}", peak.0, peak.1);

    let sizes: Vec<u32> = entries.iter().map(|e| e.bytes).collect();
    let chunks = sizes.chunks_exact(3);
    let rem = chunks.remainder().to_vec();
    let sums: Vec<u32> = chunks.map(|c| c.iter().sum()).collect();
    println!("chunk sums {:?} remainder {:?}", sums, rem);
    for pair in sizes.rchunks(3) {
        print!("{:?} ", pair);
    }
    println!();

    let mut paths: Vec<&str> = entries.iter().map(|e| e.path).collect();
    paths.sort_by_cached_key(|p| (std::cmp::Reverse(p.matches('/').count()), p.len(), p.to_string()));
    println!("paths by depth desc: {:#?}", &paths[..3]);
    paths.dedup();

    let (ok, failed): (Vec<&Entry>, Vec<&Entry>) = entries.iter().partition(|e| e.status < 400);
    println!("ok={} failed={} -> {:?}", ok.len(), failed.len(), failed.iter().map(|e| (e.method, e.status)).collect::<Vec<_>>());
    let (methods, codes): (Vec<&str>, Vec<u16>) = entries.iter().filter(|e| e.method != "GET").map(|e| (e.method, e.status)).unzip();
    println!("non-GET methods {:?} codes {:?}", methods, codes);

    let mut method_counts: HashMap<&str, usize> = HashMap::new();
    for e in &entries {
        *method_counts.entry(e.method).or_default() += 1;
    }
    let mut mc: Vec<(&str, usize)> = method_counts.into_iter().collect();
    mc.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("methods: {:?}", mc);

    let csv = "a,b,,c,";
    println!("split {:?} / terminator {:?} / rsplit {:?}", csv.split(',').collect::<Vec<_>>(), csv.split_terminator(',').collect::<Vec<_>>(), csv.rsplit(',').collect::<Vec<_>>());
    println!("rsplitn {:?} / splitn {:?}", "x=1=2=3".rsplitn(2, '=').collect::<Vec<_>>(), "x=1=2=3".splitn(3, '=').collect::<Vec<_>>());
    let nums = [3, 1, 4, 1, 5, 9, 2, 6];
    let (evens, odds): (Vec<i32>, Vec<i32>) = nums.iter().partition(|&&n| n % 2 == 0);
    let zipped: Vec<(i32, i32)> = evens.iter().copied().zip(odds.iter().rev().copied()).collect();
    println!("evens {:?} odds {:?} zipped {:?}", evens, odds, zipped);
    let split_at_big: Vec<&[i32]> = nums.split(|&n| n > 4).collect();
    println!("split on >4: {:?} rsplit first: {:?}", split_at_big, nums.rsplit(|&n| n == 1).next());
}
