fn main() {
    println!("[{:5}]", 42);
    println!("[{:<5}]", 42);
    println!("[{:^5}]", 42);
    println!("[{:>5}]", "ab");
    println!("[{:5}]", "ab");
    println!("[{:*^9}]", "mid");
    println!("[{:05}]", -42);
    println!("[{:+}]", 42);
    println!("[{:+05}]", 7);
    println!("[{:#x}] [{:#X}] [{:#o}] [{:#b}]", 255, 255, 8, 5);
    println!("[{:08b}] [{:#010x}]", 5u8, 255);
    println!("[{:x}]", -1i32);
    println!("[{:x}]", -1i8);
    println!("[{0}-{0}-{1}]", "a", "b");
    let name = "x";
    let width = 6;
    println!("[{name:>width$}] [{:>1$}] [{:.*}]", "y", 4, 1.23456);
    println!("{{literal}} {}", 1);
    println!("[{:.3}] [{:10.2}] [{:<10.1}]", 2.0f64 / 3.0, 3.14159, 9.99);
    println!("[{:.0}] [{:.0}] [{:.0}]", 0.5, 1.5, 2.5);
    println!("[{:.2}]", "truncate me");
}
