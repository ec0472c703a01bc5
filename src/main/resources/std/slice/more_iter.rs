// The iterators of slice/more.rs: array windows, mutable and reverse chunks, chunk_by, the split families,
// escape_ascii and utf8_chunks (core::slice::iter, core::str::lossy).
use super::*;
use crate::fmt;

/// `array_windows`: overlapping windows as arrays.
#[derive(Debug)]
pub struct ArrayWindows<'a, T: 'a, const N: usize> {
    pub(super) v: &'a [T],
}

impl<T, const N: usize> Clone for ArrayWindows<'_, T, N> {
    fn clone(&self) -> Self { ArrayWindows { v: self.v } }
}

impl<'a, T, const N: usize> Iterator for ArrayWindows<'a, T, N> {
    type Item = &'a [T; N];
    fn next(&mut self) -> Option<&'a [T; N]> {
        let ret = self.v.first_chunk();
        if ret.is_some() {
            self.v = &self.v[1..];
        }
        ret
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let size = self.len();
        (size, Some(size))
    }
}

impl<'a, T, const N: usize> DoubleEndedIterator for ArrayWindows<'a, T, N> {
    fn next_back(&mut self) -> Option<&'a [T; N]> {
        let ret = self.v.last_chunk();
        if ret.is_some() {
            self.v = &self.v[..self.v.len() - 1];
        }
        ret
    }
}

impl<T, const N: usize> ExactSizeIterator for ArrayWindows<'_, T, N> {
    fn len(&self) -> usize { self.v.len().saturating_sub(N - 1) }
}

/// `chunks_exact_mut`.
#[derive(Debug)]
pub struct ChunksExactMut<'a, T: 'a> {
    pub(super) v: &'a mut [T],
    pub(super) rem: &'a mut [T],
    pub(super) chunk_size: usize,
}

impl<'a, T> ChunksExactMut<'a, T> {
    pub fn into_remainder(self) -> &'a mut [T] { self.rem }
}

impl<'a, T> Iterator for ChunksExactMut<'a, T> {
    type Item = &'a mut [T];
    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.v.len() < self.chunk_size {
            None
        } else {
            let (head, tail) = crate::mem::take(&mut self.v).split_at_mut(self.chunk_size);
            self.v = tail;
            Some(head)
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.v.len() / self.chunk_size;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for ChunksExactMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut [T]> {
        if self.v.len() < self.chunk_size {
            None
        } else {
            let at = self.v.len() - self.chunk_size;
            let (head, tail) = crate::mem::take(&mut self.v).split_at_mut(at);
            self.v = head;
            Some(tail)
        }
    }
}

impl<T> ExactSizeIterator for ChunksExactMut<'_, T> {}

/// `rchunks_mut`.
#[derive(Debug)]
pub struct RChunksMut<'a, T: 'a> {
    pub(super) v: &'a mut [T],
    pub(super) chunk_size: usize,
}

impl<'a, T> Iterator for RChunksMut<'a, T> {
    type Item = &'a mut [T];
    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.v.is_empty() {
            None
        } else {
            let len = self.v.len();
            let sz = if len < self.chunk_size { len } else { self.chunk_size };
            let (head, tail) = crate::mem::take(&mut self.v).split_at_mut(len - sz);
            self.v = head;
            Some(tail)
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.v.len().div_ceil(self.chunk_size);
        (n, Some(n))
    }
}

impl<T> ExactSizeIterator for RChunksMut<'_, T> {}

/// `rchunks_exact`.
#[derive(Debug)]
pub struct RChunksExact<'a, T: 'a> {
    pub(super) v: &'a [T],
    pub(super) rem: &'a [T],
    pub(super) chunk_size: usize,
}

impl<'a, T> RChunksExact<'a, T> {
    pub fn remainder(&self) -> &'a [T] { self.rem }
}

impl<T> Clone for RChunksExact<'_, T> {
    fn clone(&self) -> Self { RChunksExact { v: self.v, rem: self.rem, chunk_size: self.chunk_size } }
}

impl<'a, T> Iterator for RChunksExact<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.len() < self.chunk_size {
            None
        } else {
            let (fst, snd) = self.v.split_at(self.v.len() - self.chunk_size);
            self.v = fst;
            Some(snd)
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.v.len() / self.chunk_size;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for RChunksExact<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.v.len() < self.chunk_size {
            None
        } else {
            let (fst, snd) = self.v.split_at(self.chunk_size);
            self.v = snd;
            Some(fst)
        }
    }
}

impl<T> ExactSizeIterator for RChunksExact<'_, T> {}

/// `rchunks_exact_mut`.
#[derive(Debug)]
pub struct RChunksExactMut<'a, T: 'a> {
    pub(super) v: &'a mut [T],
    pub(super) rem: &'a mut [T],
    pub(super) chunk_size: usize,
}

impl<'a, T> RChunksExactMut<'a, T> {
    pub fn into_remainder(self) -> &'a mut [T] { self.rem }
}

impl<'a, T> Iterator for RChunksExactMut<'a, T> {
    type Item = &'a mut [T];
    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.v.len() < self.chunk_size {
            None
        } else {
            let len = self.v.len();
            let (head, tail) = crate::mem::take(&mut self.v).split_at_mut(len - self.chunk_size);
            self.v = head;
            Some(tail)
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.v.len() / self.chunk_size;
        (n, Some(n))
    }
}

impl<T> ExactSizeIterator for RChunksExactMut<'_, T> {}

/// `chunk_by`: runs of consecutive elements the predicate links.
pub struct ChunkBy<'a, T: 'a, P> {
    pub(super) slice: &'a [T],
    pub(super) predicate: P,
}

impl<'a, T: 'a, P> Iterator for ChunkBy<'a, T, P>
where
    P: FnMut(&T, &T) -> bool,
{
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.slice.is_empty() {
            None
        } else {
            let mut len = 1;
            let mut iter = self.slice.windows(2);
            while let Some(w) = iter.next() {
                if (self.predicate)(&w[0], &w[1]) { len += 1 } else { break }
            }
            let (head, tail) = self.slice.split_at(len);
            self.slice = tail;
            Some(head)
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.slice.is_empty() { (0, Some(0)) } else { (1, Some(self.slice.len())) }
    }
}

impl<'a, T: 'a, P> DoubleEndedIterator for ChunkBy<'a, T, P>
where
    P: FnMut(&T, &T) -> bool,
{
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.slice.is_empty() {
            None
        } else {
            let mut len = 1;
            let mut iter = self.slice.windows(2);
            while let Some(w) = iter.next_back() {
                if (self.predicate)(&w[0], &w[1]) { len += 1 } else { break }
            }
            let (head, tail) = self.slice.split_at(self.slice.len() - len);
            self.slice = head;
            Some(tail)
        }
    }
}

impl<'a, T: 'a + fmt::Debug, P> fmt::Debug for ChunkBy<'a, T, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("ChunkBy").field("slice", &self.slice).finish() }
}

/// `chunk_by_mut`.
pub struct ChunkByMut<'a, T: 'a, P> {
    pub(super) slice: &'a mut [T],
    pub(super) predicate: P,
}

impl<'a, T: 'a, P> Iterator for ChunkByMut<'a, T, P>
where
    P: FnMut(&T, &T) -> bool,
{
    type Item = &'a mut [T];
    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.slice.is_empty() {
            None
        } else {
            let mut len = 1;
            let mut iter = self.slice.windows(2);
            while let Some(w) = iter.next() {
                if (self.predicate)(&w[0], &w[1]) { len += 1 } else { break }
            }
            let slice = crate::mem::take(&mut self.slice);
            let (head, tail) = slice.split_at_mut(len);
            self.slice = tail;
            Some(head)
        }
    }
}

impl<'a, T: 'a + fmt::Debug, P> fmt::Debug for ChunkByMut<'a, T, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("ChunkByMut").field("slice", &self.slice).finish() }
}

/// `split_mut`.
pub struct SplitMut<'a, T: 'a, P: FnMut(&T) -> bool> {
    pub(super) v: &'a mut [T],
    pub(super) pred: P,
    pub(super) finished: bool,
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for SplitMut<'a, T, P> {
    type Item = &'a mut [T];
    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.finished {
            return None;
        }
        let idx_opt = {
            let pred = &mut self.pred;
            self.v.iter().position(|x| (*pred)(x))
        };
        match idx_opt {
            None => {
                self.finished = true;
                Some(crate::mem::take(&mut self.v))
            }
            Some(idx) => {
                let tmp = crate::mem::take(&mut self.v);
                let (head, tail) = tmp.split_at_mut(idx + 1);
                self.v = tail;
                Some(&mut head[..idx])
            }
        }
    }
}

impl<'a, T, P: FnMut(&T) -> bool> DoubleEndedIterator for SplitMut<'a, T, P> {
    fn next_back(&mut self) -> Option<&'a mut [T]> {
        if self.finished {
            return None;
        }
        let idx_opt = {
            let pred = &mut self.pred;
            self.v.iter().rposition(|x| (*pred)(x))
        };
        match idx_opt {
            None => {
                self.finished = true;
                Some(crate::mem::take(&mut self.v))
            }
            Some(idx) => {
                let tmp = crate::mem::take(&mut self.v);
                let (head, tail) = tmp.split_at_mut(idx);
                self.v = head;
                Some(&mut tail[1..])
            }
        }
    }
}

impl<'a, T, P: FnMut(&T) -> bool> SplitMut<'a, T, P> {
    /// The rest as the last piece (std's SplitIter::finish), or None when it was given already.
    pub(super) fn finish(&mut self) -> Option<&'a mut [T]> {
        if self.finished {
            None
        } else {
            self.finished = true;
            Some(crate::mem::take(&mut self.v))
        }
    }
}

impl<T: fmt::Debug, P: FnMut(&T) -> bool> fmt::Debug for SplitMut<'_, T, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SplitMut").field("v", &self.v).field("finished", &self.finished).finish()
    }
}

/// `split_inclusive`: each piece ends with the matched element.
pub struct SplitInclusive<'a, T: 'a, P: FnMut(&T) -> bool> {
    pub(super) v: &'a [T],
    pub(super) pred: P,
    pub(super) finished: bool,
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for SplitInclusive<'a, T, P> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        let idx = self.v.iter().position(|x| (self.pred)(x)).map(|idx| idx + 1).unwrap_or(self.v.len());
        if idx == self.v.len() {
            self.finished = true;
        }
        let ret = &self.v[..idx];
        self.v = &self.v[idx..];
        Some(ret)
    }
}

impl<'a, T, P: FnMut(&T) -> bool> DoubleEndedIterator for SplitInclusive<'a, T, P> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        let remainder: &[T] = if self.v.is_empty() { &[] } else { &self.v[..(self.v.len() - 1)] };
        let idx = remainder.iter().rposition(|x| (self.pred)(x)).map(|idx| idx + 1).unwrap_or(0);
        if idx == 0 {
            self.finished = true;
        }
        let ret = &self.v[idx..];
        self.v = &self.v[..idx];
        Some(ret)
    }
}

/// `split_inclusive_mut`.
pub struct SplitInclusiveMut<'a, T: 'a, P: FnMut(&T) -> bool> {
    pub(super) v: &'a mut [T],
    pub(super) pred: P,
    pub(super) finished: bool,
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for SplitInclusiveMut<'a, T, P> {
    type Item = &'a mut [T];
    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.finished {
            return None;
        }
        let idx_opt = {
            let pred = &mut self.pred;
            self.v.iter().position(|x| (*pred)(x))
        };
        let idx = idx_opt.map(|idx| idx + 1).unwrap_or(self.v.len());
        if idx == self.v.len() {
            self.finished = true;
        }
        let tmp = crate::mem::take(&mut self.v);
        let (head, tail) = tmp.split_at_mut(idx);
        self.v = tail;
        Some(head)
    }
}

macro_rules! rsplit {
    ($name:ident, $inner:ident, $item:ty) => {
        /// The pieces of the forward split iterator from the end (std keeps that iterator inside).
        pub struct $name<'a, T: 'a, P: FnMut(&T) -> bool> {
            pub(super) inner: $inner<'a, T, P>,
        }

        impl<'a, T, P: FnMut(&T) -> bool> Iterator for $name<'a, T, P> {
            type Item = $item;
            fn next(&mut self) -> Option<$item> { self.inner.next_back() }
        }

        impl<'a, T, P: FnMut(&T) -> bool> DoubleEndedIterator for $name<'a, T, P> {
            fn next_back(&mut self) -> Option<$item> { self.inner.next() }
        }

        impl<'a, T, P: FnMut(&T) -> bool> $name<'a, T, P> {
            pub(super) fn finish(&mut self) -> Option<$item> { self.inner.finish() }
        }

        impl<T: fmt::Debug, P: FnMut(&T) -> bool> fmt::Debug for $name<'_, T, P> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct(stringify!($name)).field("v", &self.inner.v).field("finished", &self.inner.finished).finish()
            }
        }
    };
}

rsplit!(RSplit, Split, &'a [T]);
rsplit!(RSplitMut, SplitMut, &'a mut [T]);

macro_rules! split_n {
    ($name:ident, $inner:ident, $item:ty) => {
        /// The split iterator limited to n pieces (the last holds the rest).
        pub struct $name<'a, T: 'a, P: FnMut(&T) -> bool> {
            pub(super) inner: $inner<'a, T, P>,
            pub(super) count: usize,
        }

        impl<'a, T, P: FnMut(&T) -> bool> Iterator for $name<'a, T, P> {
            type Item = $item;
            fn next(&mut self) -> Option<$item> {
                match self.count {
                    0 => None,
                    1 => {
                        self.count -= 1;
                        self.inner.finish()
                    }
                    _ => {
                        self.count -= 1;
                        self.inner.next()
                    }
                }
            }
        }
    };
}

split_n!(SplitN, Split, &'a [T]);
split_n!(SplitNMut, SplitMut, &'a mut [T]);
split_n!(RSplitN, RSplit, &'a [T]);
split_n!(RSplitNMut, RSplitMut, &'a mut [T]);

// ------------------------------------------------------------------ escape_ascii

pub(crate) mod ascii_escape {
    /// The escape of one byte (core::ascii::EscapeDefault): `\t` `\r` `\n` `\\` `\'` `\"`, printable ASCII as
    /// itself, anything else as `\xHH`.
    #[derive(Clone)]
    pub struct EscapeDefault {
        data: [u8; 4],
        pos: u8,
        len: u8,
    }

    pub(crate) fn escape_default(c: u8) -> EscapeDefault {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let (data, len) = match c {
            b'\t' => ([b'\\', b't', 0, 0], 2),
            b'\r' => ([b'\\', b'r', 0, 0], 2),
            b'\n' => ([b'\\', b'n', 0, 0], 2),
            b'\\' => ([b'\\', b'\\', 0, 0], 2),
            b'\'' => ([b'\\', b'\'', 0, 0], 2),
            b'"' => ([b'\\', b'"', 0, 0], 2),
            0x20..=0x7e => ([c, 0, 0, 0], 1),
            _ => ([b'\\', b'x', HEX[(c >> 4) as usize], HEX[(c & 0xf) as usize]], 4),
        };
        EscapeDefault { data, pos: 0, len }
    }

    impl Iterator for EscapeDefault {
        type Item = u8;
        fn next(&mut self) -> Option<u8> {
            if self.pos < self.len {
                let b = self.data[self.pos as usize];
                self.pos += 1;
                Some(b)
            } else {
                None
            }
        }
        fn size_hint(&self) -> (usize, Option<usize>) {
            let n = (self.len - self.pos) as usize;
            (n, Some(n))
        }
    }

    impl DoubleEndedIterator for EscapeDefault {
        fn next_back(&mut self) -> Option<u8> {
            if self.pos < self.len {
                self.len -= 1;
                Some(self.data[self.len as usize])
            } else {
                None
            }
        }
    }

    impl ExactSizeIterator for EscapeDefault {}
    impl crate::iter::FusedIterator for EscapeDefault {}

    impl crate::fmt::Display for EscapeDefault {
        fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
            let s = unsafe { crate::str::from_utf8_unchecked(&self.data[self.pos as usize..self.len as usize]) };
            f.write_str(s)
        }
    }

    impl crate::fmt::Debug for EscapeDefault {
        fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { f.debug_struct("EscapeDefault").finish_non_exhaustive() }
    }
}


/// `escape_ascii`: each byte as `ascii::escape_default` escapes it.
#[derive(Clone)]
pub struct EscapeAscii<'a> {
    pub(super) bytes: Iter<'a, u8>,
    pub(super) cur: Option<ascii_escape::EscapeDefault>,
}

impl<'a> Iterator for EscapeAscii<'a> {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        loop {
            if let Some(e) = &mut self.cur {
                if let Some(b) = e.next() {
                    return Some(b);
                }
            }
            self.cur = Some(ascii_escape::escape_default(*self.bytes.next()?));
        }
    }
}

impl crate::iter::FusedIterator for EscapeAscii<'_> {}

impl fmt::Display for EscapeAscii<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        for b in self.clone() {
            f.write_char(b as char)?;
        }
        Ok(())
    }
}

impl fmt::Debug for EscapeAscii<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("EscapeAscii").finish_non_exhaustive() }
}

// ------------------------------------------------------------------ utf8_chunks

/// A valid UTF-8 run and the invalid bytes after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Utf8Chunk<'a> {
    valid: &'a str,
    invalid: &'a [u8],
}

impl<'a> Utf8Chunk<'a> {
    pub fn valid(&self) -> &'a str { self.valid }
    pub fn invalid(&self) -> &'a [u8] { self.invalid }
}

/// `utf8_chunks` (core::str::lossy::Utf8Chunks).
#[derive(Clone)]
pub struct Utf8Chunks<'a> {
    pub(super) source: &'a [u8],
}

impl fmt::Debug for Utf8Chunks<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Utf8Chunks").field("source", &crate::string::String::from_utf8_lossy(self.source)).finish()
    }
}

impl<'a> Iterator for Utf8Chunks<'a> {
    type Item = Utf8Chunk<'a>;

    fn next(&mut self) -> Option<Utf8Chunk<'a>> {
        if self.source.is_empty() {
            return None;
        }
        const TAG_CONT_U8: u8 = 128;
        fn safe_get(xs: &[u8], i: usize) -> u8 { *xs.get(i).unwrap_or(&0) }
        let mut i = 0;
        let mut valid_up_to = 0;
        while i < self.source.len() {
            let byte = self.source[i];
            i += 1;
            if byte >= 128 {
                let w = crate::str::utf8_char_width(byte);
                match w {
                    2 => {
                        if safe_get(self.source, i) & 192 != TAG_CONT_U8 {
                            break;
                        }
                        i += 1;
                    }
                    3 => {
                        match (byte, safe_get(self.source, i)) {
                            (0xE0, 0xA0..=0xBF) => (),
                            (0xE1..=0xEC, 0x80..=0xBF) => (),
                            (0xED, 0x80..=0x9F) => (),
                            (0xEE..=0xEF, 0x80..=0xBF) => (),
                            _ => break,
                        }
                        i += 1;
                        if safe_get(self.source, i) & 192 != TAG_CONT_U8 {
                            break;
                        }
                        i += 1;
                    }
                    4 => {
                        match (byte, safe_get(self.source, i)) {
                            (0xF0, 0x90..=0xBF) => (),
                            (0xF1..=0xF3, 0x80..=0xBF) => (),
                            (0xF4, 0x80..=0x8F) => (),
                            _ => break,
                        }
                        i += 1;
                        if safe_get(self.source, i) & 192 != TAG_CONT_U8 {
                            break;
                        }
                        i += 1;
                        if safe_get(self.source, i) & 192 != TAG_CONT_U8 {
                            break;
                        }
                        i += 1;
                    }
                    _ => break,
                }
            }
            valid_up_to = i;
        }
        let (inspected, remaining) = self.source.split_at(i);
        self.source = remaining;
        let (valid, invalid) = inspected.split_at(valid_up_to);
        Some(Utf8Chunk { valid: unsafe { crate::str::from_utf8_unchecked(valid) }, invalid })
    }
}

impl crate::iter::FusedIterator for Utf8Chunks<'_> {}
