struct HashTable {
    buckets: Vec<Vec<(String, u32)>>,
}

fn hash(key: &str) -> usize {
    key.bytes().fold(5381usize, |h, b| h.wrapping_mul(33) ^ b as usize)
}

impl HashTable {
    fn with_buckets(n: usize) -> Self {
        HashTable { buckets: (0..n).map(|_| Vec::new()).collect() }
    }

    fn insert(&mut self, key: &str, value: u32) {
        let idx = hash(key) % self.buckets.len();
        let bucket = &mut self.buckets[idx];
        match bucket.iter_mut().find(|(k, _)| k == key) {
            Some(entry) => entry.1 = value,
            None => bucket.push((key.to_string(), value)),
        }
    }

    fn stats(&self) -> String {
        let sizes: Vec<usize> = self.buckets.iter().map(Vec::len).collect();
        format!("{} buckets, sizes {:?}", self.buckets.len(), sizes)
    }
}

fn main() {
    let words = ["one", "two", "three", "four", "five", "six", "two"];
    for n in [4usize, 1, 0] {
        let mut t = HashTable::with_buckets(n);
        println!("table with {n} bucket(s)");
        for (i, w) in words.iter().enumerate() {
            t.insert(w, i as u32);
        }
        println!("  {}", t.stats());
    }
}
