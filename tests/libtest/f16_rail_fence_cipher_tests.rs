// Rail fence cipher: write text in a zig-zag over N rails, read row by row.

pub struct RailFence {
    rails: usize,
}

impl RailFence {
    pub fn new(rails: usize) -> RailFence {
        if rails == 0 {
            panic!("a rail fence needs at least one rail");
        }
        RailFence { rails }
    }

    /// The rail index for each position in a message of length `len`.
    fn pattern(&self, len: usize) -> Vec<usize> {
        if self.rails == 1 {
            return vec![0; len];
        }
        let cycle = 2 * (self.rails - 1);
        (0..len)
            .map(|i| {
                let p = i % cycle;
                if p < self.rails { p } else { cycle - p }
            })
            .collect()
    }

    pub fn encode(&self, text: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let pattern = self.pattern(chars.len());
        let mut rows = vec![String::new(); self.rails];
        for (c, &r) in chars.iter().zip(&pattern) {
            rows[r].push(*c);
        }
        rows.concat()
    }

    pub fn decode(&self, cipher: &str) -> String {
        let chars: Vec<char> = cipher.chars().collect();
        let pattern = self.pattern(chars.len());
        let mut order: Vec<usize> = (0..chars.len()).collect();
        order.sort_by_key(|&i| (pattern[i], i));
        let mut out = vec![' '; chars.len()];
        for (c, &pos) in chars.iter().zip(&order) {
            out[pos] = *c;
        }
        out.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod encoding {
        use super::*;

        #[test]
        fn two_rails() {
            assert_eq!(RailFence::new(2).encode("XOXOXOXOXOXOXOXOXO"), "XXXXXXXXXOOOOOOOOO");
        }

        #[test]
        fn three_rails() {
            assert_eq!(RailFence::new(3).encode("WEAREDISCOVEREDFLEEATONCE"), "WECRLTEERDSOEEFEAOCAIVDEN");
        }

        #[test]
        fn one_rail_is_identity() {
            assert_eq!(RailFence::new(1).encode("hello"), "hello");
        }

        #[test]
        fn empty_text() {
            assert_eq!(RailFence::new(4).encode(""), "");
        }
    }

    mod decoding {
        use super::*;

        #[test]
        fn three_rails() {
            assert_eq!(RailFence::new(3).decode("TEITELHDVLSNHDTISEIIEA"), "THEDEVILISINTHEDETAILS");
        }

        #[test]
        fn six_rails() {
            let decoded = RailFence::new(6).decode("133714114238148966225439541018335470986172518171757571896261");
            assert_eq!(decoded, "112358132134558914423337761098715972584418167651094617711286");
        }

        mod round_trip {
            use super::super::*;

            #[test]
            fn many_rail_counts() {
                let text = "The quick brown fox jumps over the lazy dog";
                for rails in 1..=12 {
                    let f = RailFence::new(rails);
                    assert_eq!(f.decode(&f.encode(text)), text, "round trip failed with {} rails", rails);
                }
            }
        }
    }

    #[test]
    #[should_panic(expected = "at least one rail")]
    fn zero_rails_panics() {
        RailFence::new(0);
    }
}
