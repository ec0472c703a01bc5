use std::fmt::{self, Write};

trait Row {
    const COLUMNS: &'static [&'static str];
    const RIGHT_ALIGN: &'static [bool];
    fn cells(&self) -> Vec<String>;
}

struct Employee { name: &'static str, dept: &'static str, salary: u32, rating: f32 }
struct Product { sku: u16, title: String, stock: i32 }

impl Row for Employee {
    const COLUMNS: &'static [&'static str] = &["Name", "Dept", "Salary", "Rating"];
    const RIGHT_ALIGN: &'static [bool] = &[false, false, true, true];
    fn cells(&self) -> Vec<String> {
        vec![self.name.into(), self.dept.into(), format!("{}", Money(self.salary as i64 * 100)), format!("{:.1}", self.rating)]
    }
}

impl Row for Product {
    const COLUMNS: &'static [&'static str] = &["SKU", "Title", "Stock"];
    const RIGHT_ALIGN: &'static [bool] = &[true, false, true];
    fn cells(&self) -> Vec<String> {
        vec![format!("{:#06x}", self.sku), self.title.clone(), format!("{:+}", self.stock)]
    }
}

struct Money(i64);
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let cents = self.0.abs();
        let mut whole = (cents / 100).to_string();
        let mut groups = Vec::new();
        while whole.len() > 3 {
            let tail = whole.split_off(whole.len() - 3);
            groups.push(tail);
        }
        groups.push(whole);
        groups.reverse();
        let body = format!("{}${}.{:02}", if self.0 < 0 { "-" } else { "" }, groups.join(","), cents % 100);
        f.pad(&body)
    }
}

struct Table<'a, R: Row> { rows: &'a [R], title: &'a str }

impl<'a, R: Row> fmt::Display for Table<'a, R> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let cells: Vec<Vec<String>> = self.rows.iter().map(Row::cells).collect();
        let widths: Vec<usize> = (0..R::COLUMNS.len())
            .map(|c| cells.iter().map(|r| r[c].chars().count()).chain(std::iter::once(R::COLUMNS[c].len())).max().unwrap())
            .collect();
        let border: String = widths.iter().map(|w| "-".repeat(w + 2)).collect::<Vec<_>>().join("+");
        if f.alternate() {
            writeln!(f, "== {} ({} rows) ==", self.title, self.rows.len())?;
        }
        writeln!(f, "+{}+", border)?;
        let line = |f: &mut fmt::Formatter, row: &[String]| -> fmt::Result {
            write!(f, "|")?;
            for (i, cell) in row.iter().enumerate() {
                if R::RIGHT_ALIGN[i] { write!(f, " {:>w$} |", cell, w = widths[i])?; } else { write!(f, " {:<w$} |", cell, w = widths[i])?; }
            }
            writeln!(f)
        };
        let header: Vec<String> = R::COLUMNS.iter().map(|s| s.to_uppercase()).collect();
        line(f, &header)?;
        writeln!(f, "+{}+", border.replace('-', "="))?;
        for r in &cells { line(f, r)?; }
        write!(f, "+{}+", border)
    }
}

struct Indent<W: Write> { inner: W, prefix: &'static str, at_line_start: bool, chars: usize }

impl<W: Write> Write for Indent<W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for c in s.chars() {
            if self.at_line_start && c != '\n' {
                self.inner.write_str(self.prefix)?;
            }
            self.inner.write_char(c)?;
            self.chars += 1;
            self.at_line_start = c == '\n';
        }
        Ok(())
    }
}

fn main() {
    let staff = [
        Employee { name: "Grace", dept: "Eng", salary: 1_250_000, rating: 4.75 },
        Employee { name: "Linus", dept: "Platform", salary: 98_500, rating: 3.9 },
        Employee { name: "Barbara", dept: "Research", salary: 7, rating: 5.0 },
    ];
    println!("{}", Table { rows: &staff, title: "Staff" });
    let stock = vec![
        Product { sku: 0xbeef, title: "Widget".into(), stock: 12 },
        Product { sku: 7, title: "Gizmo deluxe".into(), stock: -3 },
    ];
    println!("{:#}", Table { rows: &stock, title: "Inventory" });

    let mut out = String::new();
    let mut ind = Indent { inner: &mut out, prefix: "  > ", at_line_start: true, chars: 0 };
    writeln!(ind, "summary:").unwrap();
    write!(ind, "{}\n{}", Table { rows: &stock[1..], title: "x" }, "done").unwrap();
    let counted = ind.chars;
    println!("{}", out);
    println!("indent wrote {} chars, output {} bytes", counted, out.len());

    let amounts = [0i64, 5, 123456, -98765432, 100_000_000_00];
    for a in amounts {
        println!("[{:>16}] [{:<16}] [{:^16}] [{:*^16}]", Money(a), Money(a), Money(a), Money(a));
    }
    let mut s = String::new();
    for (i, e) in staff.iter().enumerate() {
        write!(s, "{}{}={:e}", if i == 0 { "" } else { "; " }, e.name, e.salary as f64).unwrap();
    }
    println!("{}", s);
    println!("{:>8.3}|{:<+8.2}|{:08.2}|{:^9}|", 3.14159f64, 2.5f32, -1.5f64, true);
    println!("{:#b} {:o} {:X} {:#010b}", 10u8, 64, 48879, 5);
}
