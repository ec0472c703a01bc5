fn main() {
    let mut stack = vec![(0u32, 1u32)];
    let mut visited = Vec::new();
    while let Some((depth, id)) = stack.pop() {
        visited.push(id);
        if depth < 2 {
            stack.push((depth + 1, id * 2));
            stack.push((depth + 1, id * 2 + 1));
        }
    }
    println!("{:?}", visited);
}
