// vec::Splice (alloc::vec::splice): a drain whose drop fills the hole with replace_with's items, moving the
// tail as std does (by the iterator's lower size bound first, then by what is left, collected into a Vec).
use super::{Drain, Vec};
use crate::alloc::{Allocator, Global};
use crate::ptr;

#[derive(Debug)]
pub struct Splice<'a, I: Iterator + 'a, A: Allocator + 'a = Global> {
    pub(super) drain: Drain<'a, I::Item, A>,
    pub(super) replace_with: I,
}

impl<I: Iterator, A: Allocator> Iterator for Splice<'_, I, A> {
    type Item = I::Item;
    fn next(&mut self) -> Option<Self::Item> { self.drain.next() }
    fn size_hint(&self) -> (usize, Option<usize>) { self.drain.size_hint() }
}

impl<I: Iterator, A: Allocator> DoubleEndedIterator for Splice<'_, I, A> {
    fn next_back(&mut self) -> Option<Self::Item> { self.drain.next_back() }
}

impl<I: Iterator, A: Allocator> ExactSizeIterator for Splice<'_, I, A> {}

impl<I: Iterator, A: Allocator> Drop for Splice<'_, I, A> {
    fn drop(&mut self) {
        self.drain.by_ref().for_each(drop);
        self.drain.iter = (&[]).iter();
        unsafe {
            if self.drain.tail_len == 0 {
                self.drain.vec.as_mut().extend(self.replace_with.by_ref());
                return;
            }
            if !fill(&mut self.drain, &mut self.replace_with) {
                return;
            }
            let (lower_bound, _upper_bound) = self.replace_with.size_hint();
            if lower_bound > 0 {
                move_tail(&mut self.drain, lower_bound);
                if !fill(&mut self.drain, &mut self.replace_with) {
                    return;
                }
            }
            let mut collected = self.replace_with.by_ref().collect::<Vec<I::Item>>().into_iter();
            if collected.len() > 0 {
                move_tail(&mut self.drain, collected.len());
                fill(&mut self.drain, &mut collected);
            }
        }
    }
}

/// Fills the hole between the vec's length and the tail with replace_with's items: whether it is full.
unsafe fn fill<T, A: Allocator, I: Iterator<Item = T>>(drain: &mut Drain<'_, T, A>, replace_with: &mut I) -> bool {
    let vec = unsafe { drain.vec.as_mut() };
    let range_start = vec.len;
    let range_end = drain.tail_start;
    let mut i = range_start;
    while i < range_end {
        let new_item = match replace_with.next() {
            Some(x) => x,
            None => return false,
        };
        unsafe { ptr::write(vec.as_mut_ptr().add(i), new_item) };
        vec.len += 1;
        i += 1;
    }
    true
}

/// Makes room for additional more elements before the tail.
unsafe fn move_tail<T, A: Allocator>(drain: &mut Drain<'_, T, A>, additional: usize) {
    let vec = unsafe { drain.vec.as_mut() };
    let len = drain.tail_start + drain.tail_len;
    vec.buf.reserve(len, additional);
    let new_tail_start = drain.tail_start + additional;
    unsafe {
        let src = vec.as_ptr().add(drain.tail_start);
        let dst = vec.as_mut_ptr().add(new_tail_start);
        ptr::copy(src, dst, drain.tail_len);
    }
    drain.tail_start = new_tail_start;
}
