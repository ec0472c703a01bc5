// Linked list with IntoIter, IterMut and a few iterator adaptors on top.
struct Node {
    val: u32,
    next: Option<Box<Node>>,
}

#[derive(Default)]
struct List {
    head: Option<Box<Node>>,
}

struct IntoIter(List);

struct IterMut<'a> {
    next: Option<&'a mut Node>,
}

impl List {
    fn push_front(&mut self, val: u32) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { val, next }));
    }
    fn pop_front(&mut self) -> Option<u32> {
        self.head.take().map(|n| {
            let n = *n;
            self.head = n.next;
            n.val
        })
    }
    fn iter_mut(&mut self) -> IterMut<'_> {
        IterMut { next: self.head.as_deref_mut() }
    }
}

impl IntoIterator for List {
    type Item = u32;
    type IntoIter = IntoIter;
    fn into_iter(self) -> IntoIter {
        IntoIter(self)
    }
}

impl Iterator for IntoIter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        self.0.pop_front()
    }
}

impl<'a> Iterator for IterMut<'a> {
    type Item = &'a mut u32;
    fn next(&mut self) -> Option<Self::Item> {
        self.next.take().map(|node| {
            self.next = node.next.as_deref_mut();
            &mut node.val
        })
    }
}

impl FromIterator<u32> for List {
    fn from_iter<I: IntoIterator<Item = u32>>(iter: I) -> Self {
        let mut items: Vec<u32> = iter.into_iter().collect();
        let mut list = List::default();
        while let Some(x) = items.pop() {
            list.push_front(x);
        }
        list
    }
}

fn main() {
    let mut list: List = (1..=8).map(|x| x * x).collect();
    for v in list.iter_mut() {
        if *v % 2 == 1 {
            *v += 100;
        }
    }
    for (i, v) in list.iter_mut().enumerate() {
        if i == 0 {
            *v = 0;
        }
    }
    let items: Vec<u32> = list.into_iter().collect();
    println!("items: {:?}", items);

    let list2: List = items.iter().copied().filter(|x| x % 3 != 0).collect();
    let mut it = list2.into_iter().peekable();
    let mut out = String::new();
    while let Some(x) = it.next() {
        out.push_str(&x.to_string());
        if let Some(next) = it.peek() {
            out.push_str(if *next > x { " < " } else { " >= " });
        }
    }
    println!("chain: {}", out);

    let list3: List = vec![5, 3, 9].into_iter().collect();
    let (small, big): (Vec<u32>, Vec<u32>) = list3.into_iter().partition(|&x| x < 6);
    println!("small={:?} big={:?}", small, big);
    let sum: u32 = List::from_iter(1..=10).into_iter().step_by(3).sum();
    println!("sum of every third: {}", sum);
}
