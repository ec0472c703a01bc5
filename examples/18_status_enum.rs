// Tour stop 18: explicit discriminants above 255 force a two-byte tag.
#[derive(Debug, Clone, Copy)]
enum Status {
    Ok = 200,
    NotFound = 404,
}

fn main() {
    let all = [Status::Ok, Status::NotFound];
    for s in all {
        println!("{:?} = {}", s, s as u16);
    }
    println!("size of Status: {} bytes", std::mem::size_of::<Status>());
}
