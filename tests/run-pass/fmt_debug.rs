fn main() {
    println!("{:?}", "quote \" backslash \\ newline \n tab \t");
    println!("{:?} {:?} {:?} {:?}", 'a', '\'', '\n', '"');
    println!("{:?}", (1, "two", 3.0, '4', true));
    println!("{:?}", [1, 2, 3]);
    println!("{:?}", [[1, 2], [3, 4]]);
    println!("{:?}", ((), (1,), ((2, 3), 4)));
    println!("{:#?}", (1, [2, 3]));
    println!("{:5?}|{:<3?}|", (1, 2), [7]);
    println!("{:x?} {:X?}", [10, 255], (171, 11));
    println!("{:?}", "héllo ünicode ✓");
}
