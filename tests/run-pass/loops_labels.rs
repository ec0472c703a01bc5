fn main() {
    let mut count = 0;
    'counting_up: loop {
        println!("count = {count}");
        let mut remaining = 10;
        loop {
            println!("remaining = {remaining}");
            if remaining == 9 {
                break;
            }
            if count == 2 {
                break 'counting_up;
            }
            remaining -= 1;
        }
        count += 1;
    }
    println!("End count = {count}");

    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    println!("The result is {result}");

    let mut sum = 0u64;
    for i in 1..=100 {
        if i % 3 == 0 {
            continue;
        }
        sum += i;
    }
    println!("sum = {sum}");

    let mut n = 0u8;
    for x in 250..=255u8 {
        n = x;
    }
    println!("last = {n}");

    'outer: for i in 0..5 {
        for j in 0..5 {
            if i * j == 6 {
                println!("found {i} * {j}");
                break 'outer;
            }
        }
    }
}
