// Copy vs Clone vs move: who owns what, and how deep clones go.
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: f32,
    y: f32,
}

#[derive(Debug, Clone)]
struct Team {
    name: String,
    members: Vec<String>,
}

#[derive(Debug, Clone)]
struct SharedTeam {
    name: Rc<String>,
    members: Rc<Vec<String>>,
}

fn nudge(mut v: Vec2) -> Vec2 {
    v.x += 1.0;
    v
}

fn total_len(t: Team) -> usize {
    t.members.iter().map(String::len).sum()
}

fn main() {
    let a = Vec2 { x: 1.0, y: 2.0 };
    let b = a;
    let c = nudge(a);
    println!("a={:?} b={:?} c={:?} a==b {}", a, b, c, a == b);

    let team = Team { name: "core".into(), members: vec!["ann".into(), "ben".into(), "cat".into()] };
    let mut copy = team.clone();
    copy.members.push("dan".into());
    copy.name.push_str("-fork");
    println!("original {} {:?}", team.name, team.members);
    println!("clone    {} {:?}", copy.name, copy.members);
    println!("member buffers distinct: {}", team.members[0].as_ptr() != copy.members[0].as_ptr());
    println!("clone cap of members {} (original {})", copy.members.capacity(), team.members.capacity());

    let st = SharedTeam { name: Rc::new("shared".into()), members: Rc::new(vec!["x".into(), "y".into()]) };
    let st2 = st.clone();
    let st3 = st.clone();
    println!("shared clone counts name={} members={}", Rc::strong_count(&st.name), Rc::strong_count(&st.members));
    println!("same buffer: {}", Rc::ptr_eq(&st.members, &st3.members));
    drop(st2);
    println!("after drop count {}", Rc::strong_count(&st.members));

    let n = total_len(team);
    println!("total_len consumed team: {n}");

    println!("moving out of a Vec:");
    let mut names: Vec<String> = ["p", "q", "r", "s", "t", "u"].iter().map(|s| s.to_string()).collect();
    let removed = names.remove(1);
    println!("  remove(1) -> {removed}, now {:?}", names);
    let swapped = names.swap_remove(0);
    println!("  swap_remove(0) -> {swapped}, now {:?}", names);
    let popped = names.pop();
    println!("  pop -> {:?}, now {:?}", popped, names);
    let first = std::mem::take(&mut names[0]);
    println!("  take(names[0]) -> {first:?}, now {:?}", names);
    let replaced = std::mem::replace(&mut names[1], "new".into());
    println!("  replace(names[1]) -> {replaced}, now {:?}", names);

    let drained: Vec<String> = names.drain(..).collect();
    println!("  drained {:?}, names len {} cap {}", drained, names.len(), names.capacity());
    let upper: Vec<String> = drained.into_iter().map(|s| s.to_uppercase()).collect();
    println!("  into_iter mapped {:?}", upper);

    let arr = [Vec2 { x: 0.5, y: 0.5 }; 3];
    let arr2 = arr;
    println!("arrays of Copy are Copy: {} {}", arr.len(), arr2[2].x);
    let strings = [String::from("s1"), String::from("s2")];
    let strings2 = strings.clone();
    let [s1, s2] = strings;
    println!("destructured {s1} {s2}; clone still {:?}", strings2);
    let tuple = (1u8, String::from("tuple"));
    let (num, text) = tuple.clone();
    println!("tuple clone {num} {text}; original.1 {}", tuple.1);
    let refs: Vec<&String> = strings2.iter().collect();
    let cloned: Vec<String> = refs.iter().map(|s| (*s).clone()).collect();
    println!("cloned from refs {:?}", cloned);
}
