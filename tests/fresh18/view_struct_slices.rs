// A "view" struct holding borrowed slices of a table, with methods returning
// references bounded by the view's lifetime rather than by &self.
use std::fmt;

#[derive(Debug)]
struct Row {
    name: String,
    score: u32,
    city: String,
}

struct View<'a> {
    rows: &'a [Row],
    label: &'a str,
}

impl<'a> View<'a> {
    fn best(&self) -> Option<&'a Row> {
        self.rows.iter().max_by_key(|r| r.score)
    }
    fn worst(&self) -> Option<&'a Row> {
        self.rows.iter().min_by_key(|r| (r.score, r.name.len()))
    }
    fn names(&self) -> impl Iterator<Item = &'a str> + 'a {
        self.rows.iter().map(|r| r.name.as_str())
    }
    fn split(&self, at: usize) -> (View<'a>, View<'a>) {
        let (l, r) = self.rows.split_at(at.min(self.rows.len()));
        (View { rows: l, label: "left" }, View { rows: r, label: "right" })
    }
    fn in_city(&self, city: &str) -> Vec<&'a Row> {
        self.rows.iter().filter(|r| r.city == city).collect()
    }
}

impl<'a> fmt::Display for View<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}:", self.label)?;
        for r in self.rows {
            write!(f, " {}={}", r.name, r.score)?;
        }
        write!(f, "]")
    }
}

fn main() {
    let data = vec![
        Row { name: "ana".into(), score: 71, city: "Oslo".into() },
        Row { name: "bo".into(), score: 93, city: "Lima".into() },
        Row { name: "cyd".into(), score: 58, city: "Oslo".into() },
        Row { name: "dee".into(), score: 93, city: "Rome".into() },
        Row { name: "ed".into(), score: 58, city: "Lima".into() },
    ];
    let best_name: &str;
    {
        let v = View { rows: &data, label: "all" };
        println!("{}", v);
        best_name = &v.best().unwrap().name;
        let (l, r) = v.split(2);
        println!("{} {}", l, r);
        println!("left best {:?}", l.best().map(|r| &r.name));
        println!("right worst {:?}", r.worst().map(|r| (&r.name, r.score)));
        let names: Vec<&str> = r.names().collect();
        println!("right names {:?}", names);
        for city in ["Oslo", "Lima", "Paris"] {
            let rs = v.in_city(city);
            let total: u32 = rs.iter().map(|r| r.score).sum();
            println!("{} -> {} rows, total {}", city, rs.len(), total);
        }
    }
    // The view is gone but the borrowed name outlives it (tied to `data`).
    println!("best was {}", best_name);
    let long_names: Vec<&str> = View { rows: &data, label: "tmp" }
        .names()
        .filter(|n| n.len() > 2)
        .collect();
    println!("long names {:?}", long_names);
    println!("debug first row: {:?}", data.first());
}
