// Unit-price calculator: parses "qty x price" lines; a zero quantity line leads to an integer division panic.
#[derive(Debug)]
struct Line {
    item: String,
    qty: u32,
    total_cents: u32,
}

fn parse_money(s: &str) -> Option<u32> {
    let s = s.trim().trim_start_matches('$');
    match s.split_once('.') {
        Some((d, c)) if c.len() == 2 => Some(d.parse::<u32>().ok()? * 100 + c.parse::<u32>().ok()?),
        Some(_) => None,
        None => s.parse::<u32>().ok().map(|d| d * 100),
    }
}

fn parse_line(s: &str) -> Result<Line, String> {
    let (item, rest) = s.split_once(':').ok_or(format!("missing ':' in {:?}", s))?;
    let (qty, total) = rest.split_once('@').ok_or("missing '@'")?;
    let qty = qty.trim().parse::<u32>().map_err(|e| format!("qty {:?}: {}", qty.trim(), e))?;
    let total_cents = parse_money(total).ok_or_else(|| format!("bad money {:?}", total.trim()))?;
    Ok(Line { item: item.trim().to_string(), qty, total_cents })
}

fn unit_price(line: &Line) -> u32 {
    line.total_cents / line.qty
}

fn main() {
    let receipt = "apples: 6 @ $3.00
bread: 1 @ 2.49
milk 2 @ 1.98
eggs: twelve @ 3.60
cheese: 3 @ $12.3
coffee: 2 @ $15.98
free samples: 0 @ 0.00";
    let mut lines = Vec::new();
    for raw in receipt.lines() {
        match parse_line(raw) {
            Ok(l) => lines.push(l),
            Err(e) => println!("skipping: {}", e),
        }
    }
    println!("{} valid lines", lines.len());
    let grand: u32 = lines.iter().map(|l| l.total_cents).sum();
    println!("grand total: ${}.{:02}", grand / 100, grand % 100);
    for l in &lines {
        let u = unit_price(l);
        println!("{:<14} {:>3} x ${:>3}.{:02}", l.item, l.qty, u / 100, u % 100);
    }
}
