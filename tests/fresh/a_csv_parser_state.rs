// CSV line parser implemented as a character state machine (quotes, escaped quotes).
#[derive(Debug, Clone, Copy, PartialEq)]
enum St {
    FieldStart,
    Unquoted,
    Quoted,
    QuoteInQuoted,
}

#[derive(Debug)]
enum CsvError {
    UnterminatedQuote { line: usize },
    StrayQuote { line: usize, col: usize },
}

fn parse_line(line: &str, line_no: usize) -> Result<Vec<String>, CsvError> {
    let mut fields = Vec::new();
    let mut cur = String::new();
    let mut st = St::FieldStart;
    for (col, ch) in line.char_indices() {
        st = match (st, ch) {
            (St::FieldStart, '"') => St::Quoted,
            (St::FieldStart | St::Unquoted, ',') => {
                fields.push(std::mem::take(&mut cur));
                St::FieldStart
            }
            (St::FieldStart | St::Unquoted, '"') => return Err(CsvError::StrayQuote { line: line_no, col }),
            (St::FieldStart | St::Unquoted, c) => {
                cur.push(c);
                St::Unquoted
            }
            (St::Quoted, '"') => St::QuoteInQuoted,
            (St::Quoted, c) => {
                cur.push(c);
                St::Quoted
            }
            (St::QuoteInQuoted, '"') => {
                cur.push('"');
                St::Quoted
            }
            (St::QuoteInQuoted, ',') => {
                fields.push(std::mem::take(&mut cur));
                St::FieldStart
            }
            (St::QuoteInQuoted, _) => return Err(CsvError::StrayQuote { line: line_no, col }),
        };
    }
    if st == St::Quoted {
        return Err(CsvError::UnterminatedQuote { line: line_no });
    }
    fields.push(cur);
    Ok(fields)
}

fn main() {
    let data = r#"name,age,city,quote
Ada Lovelace,36,London,"The Analytical Engine ""weaves"" patterns"
"Hopper, Grace",85,"Arlington, VA",It's easier to ask forgiveness
Turing,41,Wilmslow,
bad"row,1,2,3
"unterminated,5,x,y
Knuth,,Milwaukee,"Premature optimization""#;

    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in data.lines().enumerate() {
        match parse_line(line, i + 1) {
            Ok(fields) => rows.push(fields),
            Err(e) => errors.push(e),
        }
    }
    let header = rows.remove(0);
    println!("header: {:?}", header);
    for row in &rows {
        let age = row.get(1).and_then(|a| a.parse::<u32>().ok());
        let age_str = age.map_or_else(|| "?".to_string(), |a| a.to_string());
        println!("{:<15}|{:>4}|{:<14}|{}", row[0], age_str, row[2], row.get(3).map(String::as_str).unwrap_or(""));
    }
    for e in &errors {
        match e {
            CsvError::UnterminatedQuote { line } => println!("line {}: unterminated quote", line),
            CsvError::StrayQuote { line, col } => println!("line {}: stray quote at column {}", line, col),
        }
    }
    let ages: Vec<u32> = rows.iter().filter_map(|r| r[1].parse().ok()).collect();
    let avg = ages.iter().sum::<u32>() as f64 / ages.len() as f64;
    println!("average age of {} known: {:.1}", ages.len(), avg);
    println!("widths: {:?}", rows.iter().map(|r| r.len()).collect::<Vec<_>>());
}
