struct Piece(&'static str);

impl Drop for Piece {
    fn drop(&mut self) {
        println!("  drop piece {}", self.0);
    }
}

struct Bundle {
    head: Piece,
    body: Piece,
    tail: Piece,
    count: u32,
}

fn make_bundle() -> Bundle {
    Bundle { head: Piece("head"), body: Piece("body"), tail: Piece("tail"), count: 3 }
}

fn main() {
    println!("partial move of one field:");
    {
        let b = make_bundle();
        let taken = b.body;
        println!("  took {}, still can read head={} count={}", taken.0, b.head.0, b.count);
        println!("  end of scope (taken declared after b, dropped first)");
    }

    println!("destructuring with .. ignores the rest:");
    {
        let b = make_bundle();
        let Bundle { tail, count, .. } = b;
        println!("  destructured tail={} count={}", tail.0, count);
        println!("  end of scope");
    }

    println!("partial move then drop of the taken part early:");
    {
        let b = make_bundle();
        let h = b.head;
        drop(h);
        println!("  head dropped early; body={} tail={}", b.body.0, b.tail.0);
    }

    println!("move closure owns its capture:");
    {
        let p = Piece("captured-by-move");
        let show = move || {
            let whole = &p;
            println!("  closure sees {}", whole.0);
        };
        show();
        show();
        println!("  dropping the closure:");
        drop(show);
        println!("  closure gone");
    }

    println!("move closure using only a Copy field copies just that field:");
    {
        let p = Piece("field-only");
        let name_len = move || p.0.len();
        println!("  closure size = {} bytes, result = {}", std::mem::size_of_val(&name_len), name_len());
        println!("  owner still holds {}", p.0);
    }

    println!("FnOnce closure consumes its capture when called:");
    {
        let p = Piece("consumed");
        let eat = move || {
            let inner = p;
            println!("  eating {}", inner.0);
        };
        println!("  before call");
        eat();
        println!("  after call");
    }

    println!("edition 2021+ closures capture disjoint fields:");
    {
        let b = make_bundle();
        let grab_tail = move || {
            let t = b.tail;
            println!("  closure moved out {}", t.0);
        };
        println!("  b.head still usable: {}", b.head.0);
        grab_tail();
        println!("  count still readable: {}", b.count);
    }

    println!("boxed closures stored in a Vec:");
    {
        let mut jobs: Vec<Box<dyn FnMut() -> u32>> = Vec::new();
        for name in ["job-a", "job-b"] {
            let p = Piece(name);
            let mut runs = 0;
            jobs.push(Box::new(move || {
                let owned = &p;
                runs += 1;
                println!("  run {} #{}", owned.0, runs);
                runs
            }));
        }
        let mut total = 0;
        for job in jobs.iter_mut() {
            total += job();
            total += job();
        }
        println!("  total runs = {}", total);
        println!("  removing first job:");
        let first = jobs.remove(0);
        drop(first);
        println!("  end of scope, len={}", jobs.len());
    }
    println!("done");
}
