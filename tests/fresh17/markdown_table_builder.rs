use std::collections::BTreeMap;
use std::fmt::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Align { Left, Center, Right }

struct Table {
    headers: Vec<(String, Align)>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(headers: &[(&str, Align)]) -> Self {
        Table { headers: headers.iter().map(|(h, a)| (h.to_string(), *a)).collect(), rows: Vec::new() }
    }
    fn add_row<I: IntoIterator<Item = S>, S: ToString>(&mut self, cells: I) {
        let mut row: Vec<String> = cells.into_iter().map(|c| c.to_string().replace('|', "\\|")).collect();
        row.resize(self.headers.len(), String::new());
        self.rows.push(row);
    }
    fn widths(&self) -> Vec<usize> {
        self.headers
            .iter()
            .enumerate()
            .map(|(i, (h, _))| self.rows.iter().map(|r| r[i].chars().count()).chain(std::iter::once(h.chars().count())).max().unwrap().max(3))
            .collect()
    }
}

fn cell(s: &str, w: usize, a: Align) -> String {
    match a {
        Align::Left => format!("{:<w$}", s),
        Align::Center => format!("{:^w$}", s),
        Align::Right => format!("{:>w$}", s),
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let widths = self.widths();
        let line = |cells: Vec<String>| format!("| {} |", cells.join(" | "));
        writeln!(f, "{}", line(self.headers.iter().zip(&widths).map(|((h, a), &w)| cell(h, w, *a)).collect()))?;
        let seps = self.headers.iter().zip(&widths).map(|((_, a), &w)| match a {
            Align::Left => format!(":{}", "-".repeat(w - 1)),
            Align::Center => format!(":{}:", "-".repeat(w - 2)),
            Align::Right => format!("{}:", "-".repeat(w - 1)),
        });
        writeln!(f, "{}", line(seps.collect()))?;
        for r in &self.rows {
            writeln!(f, "{}", line(r.iter().zip(&self.headers).zip(&widths).map(|((c, (_, a)), &w)| cell(c, w, *a)).collect()))?;
        }
        Ok(())
    }
}

fn main() {
    let data = "lang,year,typing,score\nRust,2015,static,9.4\nPython,1991,dynamic,8.75\nC,1972,static,7\nHaskell,1990,static,8.125\nJavaScript,1995,dynamic,6.5\nZig|Nim,2016,static,n/a";
    let mut lines = data.lines();
    let _header = lines.next();
    let mut t = Table::new(&[("Language", Align::Left), ("Year", Align::Center), ("Typing", Align::Center), ("Score", Align::Right), ("Age", Align::Right)]);
    let mut by_typing: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for l in lines {
        let f: Vec<&str> = l.split(',').collect();
        let year: u32 = f[1].parse().expect("year");
        let score = f[3].parse::<f64>();
        let score_s = match &score {
            Ok(s) => format!("{:.2}", s),
            Err(e) => format!("({})", e.to_string().split(' ').next().unwrap_or("?")),
        };
        if let Ok(s) = score {
            by_typing.entry(f[2].to_string()).or_default().push(s);
        }
        t.add_row([f[0].to_string(), year.to_string(), f[2].to_uppercase(), score_s, (2024 - year).to_string()]);
    }
    print!("{}", t);
    println!();
    let mut summary = Table::new(&[("Typing", Align::Left), ("N", Align::Right), ("Mean", Align::Right), ("Best", Align::Center)]);
    for (k, v) in &by_typing {
        let mean = v.iter().sum::<f64>() / v.len() as f64;
        let best = v.iter().cloned().fold(f64::MIN, f64::max);
        summary.add_row(vec![k.clone(), v.len().to_string(), format!("{:.3}", mean), format!("{}", best)]);
    }
    summary.add_row(["short"]);
    print!("{}", summary);
    println!();
    let mut out = String::new();
    writeln!(out, "widths: {:?}", t.widths()).unwrap();
    write!(out, "aligns: {:?}", t.headers.iter().map(|(_, a)| *a).collect::<Vec<_>>()).unwrap();
    println!("{}", out);
    let unicode = Table { headers: vec![("Città".into(), Align::Center), ("°C".into(), Align::Right)], rows: vec![vec!["Zürich".into(), "-3.5".into()], vec!["東京".into(), "12".into()]] };
    print!("{}", unicode);
}
