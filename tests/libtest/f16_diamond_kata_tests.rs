// Diamond kata: build a diamond of letters from 'A' to the given letter.

pub fn diamond(c: char) -> Vec<String> {
    assert!(c.is_ascii_uppercase(), "diamond needs an uppercase letter, got {:?}", c);
    let n = (c as u8 - b'A') as usize;
    let width = 2 * n + 1;
    let top: Vec<String> = (0..=n)
        .map(|i| {
            let letter = (b'A' + i as u8) as char;
            let mut row = vec![' '; width];
            row[n - i] = letter;
            row[n + i] = letter;
            row.into_iter().collect()
        })
        .collect();
    let mut rows = top.clone();
    rows.extend(top.into_iter().rev().skip(1));
    rows
}

pub fn render(c: char) -> String {
    diamond(c).join("\n")
}

fn main() {
    println!("{}", render('D'));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_symmetric(rows: &[String]) -> bool {
        let vertical = rows.iter().eq(rows.iter().rev());
        let horizontal = rows.iter().all(|r| r.chars().eq(r.chars().rev()));
        vertical && horizontal
    }

    #[test]
    fn degenerate_a() {
        assert_eq!(diamond('A'), vec!["A"]);
    }

    #[test]
    fn letter_b() {
        assert_eq!(diamond('B'), vec![" A ", "B B", " A "]);
    }

    #[test]
    fn letter_c_printed() {
        let d = render('C');
        println!("diamond for C:\n{}", d);
        assert_eq!(d, "  A  \n B B \nC   C\n B B \n  A  ");
    }

    #[test]
    fn square_shape() {
        for c in 'A'..='Z' {
            let rows = diamond(c);
            let h = rows.len();
            assert!(rows.iter().all(|r| r.chars().count() == h), "diamond {} is not square", c);
        }
    }

    #[test]
    fn symmetric() {
        assert!(is_symmetric(&diamond('E')));
    }

    #[test]
    #[should_panic(expected = "uppercase letter")]
    fn lowercase_rejected() {
        diamond('a');
    }

    #[test]
    #[should_panic]
    fn z_is_too_big() {
        // Wrong assumption by the student: 'Z' is perfectly valid.
        let rows = diamond('Z');
        println!("rows: {}", rows.len());
    }
}
