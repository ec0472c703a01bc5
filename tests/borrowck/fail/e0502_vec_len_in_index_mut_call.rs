fn bump_all(values: &mut Vec<i32>, by: &i32) {
    for v in values.iter_mut() {
        *v += by;
    }
}

fn main() {
    let mut nums = vec![1, 2, 3];
    bump_all(&mut nums, &nums[0]);
    println!("{:?}", nums);
}
