// A job runner that walks its queue with mutable slice cursors and keeps a pinned optional state.
use std::pin::Pin;

fn main() {
    let state: Pin<Box<Option<String>>> = Box::pin(Some("ready".to_string()));
    println!("as_pin_ref={:?}", state.as_ref().as_pin_ref().map(|s| s.len()));
    let empty: Pin<Box<Option<String>>> = Box::pin(None);
    println!("as_pin_ref none={:?}", empty.as_ref().as_pin_ref().is_none());
    let mut counter = Some(10u32);
    let pinned = unsafe { Pin::new_unchecked(&mut counter) };
    if let Some(mut c) = pinned.as_pin_mut() {
        *c += 5;
    }
    println!("as_pin_mut={:?}", counter);

    let mut jobs = [1, 2, 3, 4, 5, 6, 7, 8];
    let mut cursor: &mut [i32] = &mut jobs;
    if let Some(first) = cursor.split_off_first_mut() {
        *first *= 100;
    }
    if let Some(last) = cursor.split_off_last_mut() {
        *last *= 100;
    }
    if let Some(front) = cursor.split_off_mut(..2) {
        front.fill(0);
    }
    if let Some(back) = cursor.split_off_mut(3..) {
        back.fill(-1);
    }
    println!("remaining cursor={:?}", cursor);
    println!("too far={:?}", cursor.split_off_mut(..10).is_none());
    println!("jobs={:?}", jobs);
    let mut grid = [[1, 2, 3], [4, 5, 6]];
    println!("flattened={:?}", grid.as_flattened());
    grid.as_flattened_mut()[4] = 50;
    println!("grid={:?}", grid);
    let mut none: &mut [i32] = &mut [];
    println!("empty first={:?}", none.split_off_first_mut());
    let cells = [[0u8; 2]; 0];
    println!("{}", cells.as_flattened()[0]);
}
