// Sizes of the collection types and their iterators, and element addresses staying inside one buffer.
use std::collections::{binary_heap, linked_list, vec_deque, BinaryHeap, LinkedList, VecDeque};
use std::mem::size_of;

fn main() {
    println!("VecDeque<u8> {}", size_of::<VecDeque<u8>>());
    println!("Option<VecDeque<u8>> {}", size_of::<Option<VecDeque<u8>>>());
    println!("vec_deque::Iter {}", size_of::<vec_deque::Iter<'_, u64>>());
    println!("vec_deque::IterMut {}", size_of::<vec_deque::IterMut<'_, u64>>());
    println!("vec_deque::IntoIter {}", size_of::<vec_deque::IntoIter<u64>>());
    println!("vec_deque::Drain {}", size_of::<vec_deque::Drain<'_, u64>>());
    println!("BinaryHeap<u32> {}", size_of::<BinaryHeap<u32>>());
    println!("Option<BinaryHeap<u32>> {}", size_of::<Option<BinaryHeap<u32>>>());
    println!("binary_heap::PeekMut {}", size_of::<binary_heap::PeekMut<'_, u32>>());
    println!("binary_heap::Iter {}", size_of::<binary_heap::Iter<'_, u32>>());
    println!("binary_heap::IntoIter {}", size_of::<binary_heap::IntoIter<u32>>());
    println!("binary_heap::Drain {}", size_of::<binary_heap::Drain<'_, u32>>());
    println!("LinkedList<u64> {}", size_of::<LinkedList<u64>>());
    println!("Option<LinkedList<u64>> {}", size_of::<Option<LinkedList<u64>>>());
    println!("linked_list::Iter {}", size_of::<linked_list::Iter<'_, u64>>());
    println!("linked_list::IntoIter {}", size_of::<linked_list::IntoIter<u64>>());

    let mut d: VecDeque<u64> = VecDeque::with_capacity(4);
    d.push_back(1);
    d.push_back(2);
    d.push_front(0);
    let base = d.as_slices().1.as_ptr() as usize; // the wrapped part starts the buffer
    let offs: Vec<usize> = d.iter().map(|x| (x as *const u64 as usize - base) / 8).collect();
    println!("physical slots of {:?}: {:?}", d, offs);
    d.push_back(3);
    d.push_back(4); // grows: the head part moves to the end of the new buffer
    let (a, b) = d.as_slices();
    println!("after growth cap {} slices {:?} {:?}", d.capacity(), a, b);
    let first = d.as_slices().0.as_ptr() as usize;
    let start = if b.is_empty() { first } else { b.as_ptr() as usize };
    let offs: Vec<usize> = d.iter().map(|x| (x as *const u64 as usize - start) / 8).collect();
    println!("physical slots: {:?}", offs);

    let mut l = LinkedList::new();
    l.push_back(7u64);
    l.push_back(8u64);
    let p1 = l.front().unwrap() as *const u64 as usize;
    let p2 = l.back().unwrap() as *const u64 as usize;
    println!("two nodes distinct: {}", p1 != p2);
}
