fn main() {
    let beverage = "water";
    println("Some refreshing {} is all I need.", beverage);
}
