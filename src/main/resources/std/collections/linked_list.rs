// LinkedList<T>: std's doubly-linked list (alloc::collections::linked_list) — { head, tail, len, alloc,
// marker }, each element in its own Box<Node<T>> { next, prev, element } allocated when pushed and freed
// when popped; dropping the list frees the nodes front to back.
use crate::alloc::{Allocator, Global};
use crate::cmp::Ordering;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::iter::FusedIterator;
use crate::marker::PhantomData;
use crate::mem;
use crate::ptr::NonNull;

pub struct LinkedList<T, A: Allocator = Global> {
    head: Option<NonNull<Node<T>>>,
    tail: Option<NonNull<Node<T>>>,
    len: usize,
    alloc: A,
    marker: PhantomData<Box<Node<T>, A>>,
}

struct Node<T> {
    next: Option<NonNull<Node<T>>>,
    prev: Option<NonNull<Node<T>>>,
    element: T,
}

pub struct Iter<'a, T: 'a> {
    head: Option<NonNull<Node<T>>>,
    tail: Option<NonNull<Node<T>>>,
    len: usize,
    marker: PhantomData<&'a Node<T>>,
}

/// The nodes from head on, len of them, printed as a list (Iter's and IterMut's Debug show this).
struct NodesDebug<T> {
    head: Option<NonNull<Node<T>>>,
    len: usize,
}

impl<T: fmt::Debug> fmt::Debug for NodesDebug<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut list = f.debug_list();
        let mut cur = self.head;
        let mut n = self.len;
        while n > 0 {
            match cur {
                Some(node) => {
                    let node = unsafe { &*node.as_ptr() };
                    list.entry(&node.element);
                    cur = node.next;
                }
                None => break,
            }
            n -= 1;
        }
        list.finish()
    }
}

impl<T: fmt::Debug> fmt::Debug for Iter<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Iter").field(&NodesDebug { head: self.head, len: self.len }).field(&self.len).finish()
    }
}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self { Iter { head: self.head, tail: self.tail, len: self.len, marker: PhantomData } }
}

pub struct IterMut<'a, T: 'a> {
    head: Option<NonNull<Node<T>>>,
    tail: Option<NonNull<Node<T>>>,
    len: usize,
    marker: PhantomData<&'a mut Node<T>>,
}

impl<T: fmt::Debug> fmt::Debug for IterMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IterMut").field(&NodesDebug { head: self.head, len: self.len }).field(&self.len).finish()
    }
}

/// The list itself, popped from the front or the back.
pub struct IntoIter<T, A: Allocator = Global> {
    list: LinkedList<T, A>,
}

impl<T: Clone> Clone for IntoIter<T> {
    fn clone(&self) -> Self { IntoIter { list: self.list.clone() } }
}

impl<T: fmt::Debug, A: Allocator> fmt::Debug for IntoIter<T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_tuple("IntoIter").field(&self.list).finish() }
}

impl<T> Node<T> {
    fn new(element: T) -> Self { Node { next: None, prev: None, element } }

    fn into_element(self: Box<Self>) -> T { (*self).element }
}

/// A node's box, from its pointer (the list gives up the node).
unsafe fn node_box<T>(node: NonNull<Node<T>>) -> Box<Node<T>> { unsafe { Box::from_raw(node.as_ptr()) } }

// private methods
impl<T, A: Allocator> LinkedList<T, A> {
    /// Links the node at the front.
    unsafe fn push_front_node(&mut self, node: NonNull<Node<T>>) {
        unsafe {
            (*node.as_ptr()).next = self.head;
            (*node.as_ptr()).prev = None;
            let node = Some(node);
            match self.head {
                None => self.tail = node,
                Some(head) => (*head.as_ptr()).prev = node,
            }
            self.head = node;
            self.len += 1;
        }
    }

    /// Unlinks the front node and returns its box.
    fn pop_front_node(&mut self) -> Option<Box<Node<T>>> {
        match self.head {
            None => None,
            Some(node) => unsafe {
                let node = node_box(node);
                self.head = node.next;
                match self.head {
                    None => self.tail = None,
                    Some(head) => (*head.as_ptr()).prev = None,
                }
                self.len -= 1;
                Some(node)
            },
        }
    }

    /// Links the node at the back.
    unsafe fn push_back_node(&mut self, node: NonNull<Node<T>>) {
        unsafe {
            (*node.as_ptr()).next = None;
            (*node.as_ptr()).prev = self.tail;
            let node = Some(node);
            match self.tail {
                None => self.head = node,
                Some(tail) => (*tail.as_ptr()).next = node,
            }
            self.tail = node;
            self.len += 1;
        }
    }

    /// Unlinks the back node and returns its box.
    fn pop_back_node(&mut self) -> Option<Box<Node<T>>> {
        match self.tail {
            None => None,
            Some(node) => unsafe {
                let node = node_box(node);
                self.tail = node.prev;
                match self.tail {
                    None => self.head = None,
                    Some(tail) => (*tail.as_ptr()).next = None,
                }
                self.len -= 1;
                Some(node)
            },
        }
    }

    /// Unlinks the node from the list (the caller owns it afterwards).
    unsafe fn unlink_node(&mut self, node: NonNull<Node<T>>) {
        let node = unsafe { &mut *node.as_ptr() };
        match node.prev {
            Some(prev) => unsafe { (*prev.as_ptr()).next = node.next },
            None => self.head = node.next,
        };
        match node.next {
            Some(next) => unsafe { (*next.as_ptr()).prev = node.prev },
            None => self.tail = node.prev,
        };
        self.len -= 1;
    }
}

impl<T> LinkedList<T> {
    /// Splits after split_node (the at-th node's predecessor): self keeps at elements.
    unsafe fn split_off_after_node(&mut self, split_node: Option<NonNull<Node<T>>>, at: usize) -> Self {
        match split_node {
            Some(split_node) => {
                let second_part_head = unsafe { (*split_node.as_ptr()).next.take() };
                let second_part_tail = match second_part_head {
                    Some(head) => {
                        unsafe { (*head.as_ptr()).prev = None };
                        self.tail
                    }
                    None => None,
                };
                let second_part = LinkedList { head: second_part_head, tail: second_part_tail, len: self.len - at, alloc: Global, marker: PhantomData };
                self.tail = Some(split_node);
                self.len = at;
                second_part
            }
            None => mem::replace(self, LinkedList::new()),
        }
    }
}

impl<T> Default for LinkedList<T> {
    fn default() -> Self { Self::new() }
}

impl<T> LinkedList<T> {
    pub const fn new() -> Self { LinkedList { head: None, tail: None, len: 0, alloc: Global, marker: PhantomData } }

    /// Moves all of other's nodes to the back of self in O(1).
    pub fn append(&mut self, other: &mut Self) {
        match self.tail {
            None => mem::swap(self, other),
            Some(tail) => {
                if let Some(other_head) = other.head.take() {
                    unsafe {
                        (*tail.as_ptr()).next = Some(other_head);
                        (*other_head.as_ptr()).prev = Some(tail);
                    }
                    self.tail = other.tail.take();
                    self.len += mem::replace(&mut other.len, 0);
                }
            }
        }
    }

    /// Splits the list at the index: self keeps [0, at), the result holds [at, len). The split point is
    /// reached from whichever end is nearer.
    pub fn split_off(&mut self, at: usize) -> LinkedList<T> {
        let len = self.len();
        assert!(at <= len, "Cannot split off at a nonexistent index");
        if at == 0 {
            return mem::replace(self, Self::new());
        } else if at == len {
            return Self::new();
        }
        let split_node = if at - 1 <= len - 1 - (at - 1) {
            let mut iter = self.iter_mut();
            let mut i = 0;
            while i < at - 1 {
                iter.next();
                i += 1;
            }
            iter.head
        } else {
            let mut iter = self.iter_mut();
            let mut i = 0;
            while i < len - 1 - (at - 1) {
                iter.next_back();
                i += 1;
            }
            iter.tail
        };
        unsafe { self.split_off_after_node(split_node, at) }
    }

    pub fn push_front(&mut self, elt: T) { let _ = self.push_front_mut(elt); }

    /// Boxes the element in a new node at the front; returns a reference to it.
    pub fn push_front_mut(&mut self, elt: T) -> &mut T {
        let node = unsafe { NonNull::new_unchecked(Box::into_raw(Box::new(Node::new(elt)))) };
        unsafe {
            self.push_front_node(node);
            &mut (*node.as_ptr()).element
        }
    }

    pub fn push_back(&mut self, elt: T) { let _ = self.push_back_mut(elt); }

    /// Boxes the element in a new node at the back; returns a reference to it.
    pub fn push_back_mut(&mut self, elt: T) -> &mut T {
        let node = unsafe { NonNull::new_unchecked(Box::into_raw(Box::new(Node::new(elt)))) };
        unsafe {
            self.push_back_node(node);
            &mut (*node.as_ptr()).element
        }
    }

    /// Drops every node, front to back.
    pub fn clear(&mut self) {
        let other = LinkedList { head: self.head.take(), tail: self.tail.take(), len: mem::replace(&mut self.len, 0), alloc: Global, marker: PhantomData };
        drop::<LinkedList<T>>(other);
    }

    /// An iterator that removes and yields the elements for which filter returns true.
    pub fn extract_if<F: FnMut(&mut T) -> bool>(&mut self, filter: F) -> ExtractIf<'_, T, F> {
        let it = self.head;
        let old_len = self.len;
        ExtractIf { list: self, it, pred: filter, idx: 0, old_len }
    }
}

impl<T, A: Allocator> LinkedList<T, A> {
    pub fn pop_front(&mut self) -> Option<T> {
        match self.pop_front_node() {
            Some(node) => Some(Node::into_element(node)),
            None => None,
        }
    }

    pub fn pop_back(&mut self) -> Option<T> {
        match self.pop_back_node() {
            Some(node) => Some(Node::into_element(node)),
            None => None,
        }
    }

    pub fn iter(&self) -> Iter<'_, T> { Iter { head: self.head, tail: self.tail, len: self.len, marker: PhantomData } }

    pub fn iter_mut(&mut self) -> IterMut<'_, T> { IterMut { head: self.head, tail: self.tail, len: self.len, marker: PhantomData } }

    pub fn is_empty(&self) -> bool { self.head.is_none() }

    pub fn len(&self) -> usize { self.len }

    pub fn contains(&self, x: &T) -> bool where T: PartialEq<T> { self.iter().any(|e| e == x) }

    pub fn front(&self) -> Option<&T> {
        match self.head {
            Some(node) => Some(unsafe { &(*node.as_ptr()).element }),
            None => None,
        }
    }

    pub fn front_mut(&mut self) -> Option<&mut T> {
        match self.head {
            Some(node) => Some(unsafe { &mut (*node.as_ptr()).element }),
            None => None,
        }
    }

    pub fn back(&self) -> Option<&T> {
        match self.tail {
            Some(node) => Some(unsafe { &(*node.as_ptr()).element }),
            None => None,
        }
    }

    pub fn back_mut(&mut self) -> Option<&mut T> {
        match self.tail {
            Some(node) => Some(unsafe { &mut (*node.as_ptr()).element }),
            None => None,
        }
    }
}

impl<T, A: Allocator> Drop for LinkedList<T, A> {
    /// Frees the nodes front to back (a panicking element drop still lets the rest go).
    fn drop(&mut self) {
        let guard = DropGuard(self);
        while guard.0.pop_front_node().is_some() {}
        mem::forget(guard);
    }
}

/// Keeps popping nodes if an element's destructor panicked during the list's drop.
struct DropGuard<'a, T, A: Allocator>(&'a mut LinkedList<T, A>);

impl<'a, T, A: Allocator> Drop for DropGuard<'a, T, A> {
    fn drop(&mut self) { while self.0.pop_front_node().is_some() {} }
}

// ------------------------------------------------------------------ iterators

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        if self.len == 0 {
            None
        } else {
            match self.head {
                Some(node) => unsafe {
                    let node = &*node.as_ptr();
                    self.len -= 1;
                    self.head = node.next;
                    Some(&node.element)
                },
                None => None,
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) { (self.len, Some(self.len)) }

    fn last(mut self) -> Option<&'a T> { self.next_back() }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        if self.len == 0 {
            None
        } else {
            match self.tail {
                Some(node) => unsafe {
                    let node = &*node.as_ptr();
                    self.len -= 1;
                    self.tail = node.prev;
                    Some(&node.element)
                },
                None => None,
            }
        }
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}

impl<T> FusedIterator for Iter<'_, T> {}

impl<T> Default for Iter<'_, T> {
    fn default() -> Self { Iter { head: None, tail: None, len: 0, marker: PhantomData } }
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;

    fn next(&mut self) -> Option<&'a mut T> {
        if self.len == 0 {
            None
        } else {
            match self.head {
                Some(node) => unsafe {
                    let node = &mut *node.as_ptr();
                    self.len -= 1;
                    self.head = node.next;
                    Some(&mut node.element)
                },
                None => None,
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) { (self.len, Some(self.len)) }

    fn last(mut self) -> Option<&'a mut T> { self.next_back() }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
        if self.len == 0 {
            None
        } else {
            match self.tail {
                Some(node) => unsafe {
                    let node = &mut *node.as_ptr();
                    self.len -= 1;
                    self.tail = node.prev;
                    Some(&mut node.element)
                },
                None => None,
            }
        }
    }
}

impl<T> ExactSizeIterator for IterMut<'_, T> {}

impl<T> FusedIterator for IterMut<'_, T> {}

impl<T> Default for IterMut<'_, T> {
    fn default() -> Self { IterMut { head: None, tail: None, len: 0, marker: PhantomData } }
}

/// The iterator of extract_if: walks the list once, unlinking and yielding the matching elements.
pub struct ExtractIf<'a, T: 'a, F: 'a> {
    list: &'a mut LinkedList<T>,
    it: Option<NonNull<Node<T>>>,
    pred: F,
    idx: usize,
    old_len: usize,
}

impl<T, F: FnMut(&mut T) -> bool> Iterator for ExtractIf<'_, T, F> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        while let Some(node) = self.it {
            unsafe {
                self.it = (*node.as_ptr()).next;
                self.idx += 1;
                if (self.pred)(&mut (*node.as_ptr()).element) {
                    self.list.unlink_node(node);
                    return Some(Node::into_element(node_box(node)));
                }
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) { (0, Some(self.old_len - self.idx)) }
}

impl<T: fmt::Debug, F> fmt::Debug for ExtractIf<'_, T, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let peek = match self.it {
            Some(node) => Some(unsafe { &(*node.as_ptr()).element }),
            None => None,
        };
        f.debug_struct("ExtractIf").field("peek", &peek).finish_non_exhaustive()
    }
}

impl<T, A: Allocator> Iterator for IntoIter<T, A> {
    type Item = T;
    fn next(&mut self) -> Option<T> { self.list.pop_front() }
    fn size_hint(&self) -> (usize, Option<usize>) { (self.list.len, Some(self.list.len)) }
}

impl<T, A: Allocator> DoubleEndedIterator for IntoIter<T, A> {
    fn next_back(&mut self) -> Option<T> { self.list.pop_back() }
}

impl<T, A: Allocator> ExactSizeIterator for IntoIter<T, A> {}

impl<T, A: Allocator> FusedIterator for IntoIter<T, A> {}

impl<T> Default for IntoIter<T> {
    fn default() -> Self { LinkedList::new().into_iter() }
}

// ------------------------------------------------------------------ trait impls

impl<T> FromIterator<T> for LinkedList<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut list = Self::new();
        list.extend(iter);
        list
    }
}

impl<T, A: Allocator> IntoIterator for LinkedList<T, A> {
    type Item = T;
    type IntoIter = IntoIter<T, A>;
    fn into_iter(self) -> IntoIter<T, A> { IntoIter { list: self } }
}

impl<'a, T, A: Allocator> IntoIterator for &'a LinkedList<T, A> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> { self.iter() }
}

impl<'a, T, A: Allocator> IntoIterator for &'a mut LinkedList<T, A> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    fn into_iter(self) -> IterMut<'a, T> { self.iter_mut() }
}

impl<T> Extend<T> for LinkedList<T> {
    /// Pushes each element at the back; another LinkedList is appended whole (std's specialization).
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        if crate::intrinsics::type_id::<I>() == crate::intrinsics::type_id::<LinkedList<T>>() {
            let iter = mem::ManuallyDrop::new(iter);
            let mut other: LinkedList<T> = unsafe { crate::ptr::read(&*iter as *const I as *const LinkedList<T>) };
            self.append(&mut other);
            return;
        }
        for elt in iter {
            self.push_back(elt);
        }
    }
    fn extend_one(&mut self, elem: T) { self.push_back(elem); }
}

impl<'a, T: 'a + Copy> Extend<&'a T> for LinkedList<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        for elt in iter {
            self.push_back(*elt);
        }
    }
    fn extend_one(&mut self, elem: &'a T) { self.push_back(*elem); }
}

impl<T: PartialEq, A: Allocator> PartialEq for LinkedList<T, A> {
    fn eq(&self, other: &Self) -> bool { self.len() == other.len() && self.iter().eq(other) }
    fn ne(&self, other: &Self) -> bool { self.len() != other.len() || self.iter().ne(other) }
}

impl<T: Eq, A: Allocator> Eq for LinkedList<T, A> {}

impl<T: PartialOrd, A: Allocator> PartialOrd for LinkedList<T, A> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> { self.iter().partial_cmp(other) }
}

impl<T: Ord, A: Allocator> Ord for LinkedList<T, A> {
    fn cmp(&self, other: &Self) -> Ordering { self.iter().cmp(other) }
}

impl<T: Clone> Clone for LinkedList<T> {
    fn clone(&self) -> Self {
        let mut list = Self::new();
        list.extend(self.iter().cloned());
        list
    }

    /// Reuses self's nodes: cut to source's length, clone into the nodes kept, push the rest.
    fn clone_from(&mut self, source: &Self) {
        let mut source_iter = source.iter();
        if self.len() > source.len() {
            self.split_off(source.len());
        }
        for elem in self.iter_mut() {
            match source_iter.next() {
                Some(source_elem) => elem.clone_from(source_elem),
                None => break,
            }
        }
        if !source_iter.is_empty() {
            self.extend(source_iter.cloned());
        }
    }
}

impl<T: fmt::Debug, A: Allocator> fmt::Debug for LinkedList<T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_list().entries(self.iter()).finish() }
}

impl<T: Hash, A: Allocator> Hash for LinkedList<T, A> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_length_prefix(self.len());
        for elt in self.iter() {
            elt.hash(state);
        }
    }
}

impl<T, const N: usize> From<[T; N]> for LinkedList<T> {
    fn from(arr: [T; N]) -> Self { Self::from_iter(arr) }
}

unsafe impl<T: Send, A: Allocator + Send> Send for LinkedList<T, A> {}
unsafe impl<T: Sync, A: Allocator + Sync> Sync for LinkedList<T, A> {}
unsafe impl<T: Sync> Send for Iter<'_, T> {}
unsafe impl<T: Sync> Sync for Iter<'_, T> {}
unsafe impl<T: Send> Send for IterMut<'_, T> {}
unsafe impl<T: Sync> Sync for IterMut<'_, T> {}
