// Cursor: an in-memory buffer with a position, readable over anything AsRef<[u8]> and writable over
// Vec<u8> (growing, zero-padding past the end), &mut [u8], Box<[u8]> and [u8; N] (fixed size).
use crate::boxed::Box;
use crate::string::String;
use crate::vec::Vec;
use crate::alloc::Allocator;
use crate::cmp;
use super::{BufRead, Error, ErrorKind, IoSlice, IoSliceMut, Read, Result, Seek, SeekFrom, Write};

#[derive(Debug, Default, Eq, PartialEq)]
pub struct Cursor<T> {
    inner: T,
    pos: u64,
}

impl<T> Cursor<T> {
    pub const fn new(inner: T) -> Cursor<T> { Cursor { pos: 0, inner } }
    pub fn into_inner(self) -> T { self.inner }
    pub const fn get_ref(&self) -> &T { &self.inner }
    pub const fn get_mut(&mut self) -> &mut T { &mut self.inner }
    pub const fn position(&self) -> u64 { self.pos }
    pub const fn set_position(&mut self, pos: u64) { self.pos = pos; }
}

impl<T> Cursor<T>
where
    T: AsRef<[u8]>,
{
    /// The data before and from the position (std's unstable Cursor::split).
    fn split_at_pos(&self) -> (&[u8], &[u8]) {
        let slice = self.inner.as_ref();
        let pos = cmp::min(self.pos, slice.len() as u64);
        slice.split_at(pos as usize)
    }

    fn remaining_slice(&self) -> &[u8] { self.split_at_pos().1 }
}

impl<T> Clone for Cursor<T>
where
    T: Clone,
{
    fn clone(&self) -> Self { Cursor { inner: self.inner.clone(), pos: self.pos } }

    fn clone_from(&mut self, other: &Self) {
        self.inner.clone_from(&other.inner);
        self.pos = other.pos;
    }
}

impl<T> Seek for Cursor<T>
where
    T: AsRef<[u8]>,
{
    fn seek(&mut self, style: SeekFrom) -> Result<u64> {
        let (base_pos, offset) = match style {
            SeekFrom::Start(n) => {
                self.pos = n;
                return Ok(n);
            }
            SeekFrom::End(n) => (self.inner.as_ref().len() as u64, n),
            SeekFrom::Current(n) => (self.pos, n),
        };
        match base_pos.checked_add_signed(offset) {
            Some(n) => {
                self.pos = n;
                Ok(self.pos)
            }
            None => Err(const_error!(ErrorKind::InvalidInput, "invalid seek to a negative or overflowing position")),
        }
    }

    fn stream_position(&mut self) -> Result<u64> { Ok(self.pos) }
}

impl<T> Read for Cursor<T>
where
    T: AsRef<[u8]>,
{
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        let n = Read::read(&mut self.remaining_slice(), buf)?;
        self.pos += n as u64;
        Ok(n)
    }

    fn read_vectored(&mut self, bufs: &mut [IoSliceMut<'_>]) -> Result<usize> {
        let mut nread = 0;
        for buf in bufs {
            let n = self.read(buf)?;
            nread += n;
            if n < buf.len() {
                break;
            }
        }
        Ok(nread)
    }

    fn read_exact(&mut self, buf: &mut [u8]) -> Result<()> {
        let result = Read::read_exact(&mut self.remaining_slice(), buf);
        match result {
            Ok(_) => self.pos += buf.len() as u64,
            // the only possible error condition is EOF, so place the cursor at "EOF"
            Err(_) => self.pos = self.inner.as_ref().len() as u64,
        }
        result
    }

    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize> {
        let content = self.remaining_slice();
        let len = content.len();
        buf.try_reserve(len)?;
        buf.extend_from_slice(content);
        self.pos += len as u64;
        Ok(len)
    }

    fn read_to_string(&mut self, buf: &mut String) -> Result<usize> {
        let content = match crate::str::from_utf8(self.remaining_slice()) {
            Ok(s) => s,
            Err(_) => return Err(Error::invalid_utf8()),
        };
        let len = content.len();
        unsafe { buf.as_mut_vec() }.try_reserve(len)?; // String::try_reserve
        buf.push_str(content);
        self.pos += len as u64;
        Ok(len)
    }
}

impl<T> BufRead for Cursor<T>
where
    T: AsRef<[u8]>,
{
    fn fill_buf(&mut self) -> Result<&[u8]> { Ok(self.remaining_slice()) }
    fn consume(&mut self, amt: usize) { self.pos += amt as u64; }
}

fn slice_write(pos_mut: &mut u64, slice: &mut [u8], buf: &[u8]) -> Result<usize> {
    let pos = cmp::min(*pos_mut, slice.len() as u64);
    let amt = (&mut slice[(pos as usize)..]).write(buf)?;
    *pos_mut += amt as u64;
    Ok(amt)
}

fn slice_write_vectored(pos_mut: &mut u64, slice: &mut [u8], bufs: &[IoSlice<'_>]) -> Result<usize> {
    let mut nwritten = 0;
    for buf in bufs {
        let n = slice_write(pos_mut, slice, buf)?;
        nwritten += n;
        if n < buf.len() {
            break;
        }
    }
    Ok(nwritten)
}

fn slice_write_all(pos_mut: &mut u64, slice: &mut [u8], buf: &[u8]) -> Result<()> {
    let n = slice_write(pos_mut, slice, buf)?;
    if n < buf.len() { Err(Error::write_all_eof()) } else { Ok(()) }
}

/// Reserves room for buf_len bytes at the position, zero-filling any gap between the end and the position.
fn reserve_and_pad<A: Allocator>(pos_mut: &mut u64, vec: &mut Vec<u8, A>, buf_len: usize) -> Result<usize> {
    let pos: usize = match usize::try_from(*pos_mut) {
        Ok(p) => p,
        Err(_) => return Err(const_error!(ErrorKind::InvalidInput, "cursor position exceeds maximum possible vector length")),
    };
    let desired_cap = pos.saturating_add(buf_len);
    if desired_cap > vec.capacity() {
        // vec's capacity is grown relative to its length (amortized, as std)
        vec.reserve(desired_cap - vec.len());
    }
    if pos > vec.len() {
        let diff = pos - vec.len();
        unsafe {
            let len = vec.len();
            crate::ptr::write_bytes(vec.as_mut_ptr().add(len), 0, diff);
            vec.set_len(pos);
        }
    }
    Ok(pos)
}

unsafe fn vec_write_all_unchecked<A: Allocator>(pos: usize, vec: &mut Vec<u8, A>, buf: &[u8]) -> usize {
    unsafe { crate::ptr::copy(buf.as_ptr(), vec.as_mut_ptr().add(pos), buf.len()) };
    pos + buf.len()
}

fn vec_write_all<A: Allocator>(pos_mut: &mut u64, vec: &mut Vec<u8, A>, buf: &[u8]) -> Result<usize> {
    let buf_len = buf.len();
    let mut pos = reserve_and_pad(pos_mut, vec, buf_len)?;
    unsafe {
        pos = vec_write_all_unchecked(pos, vec, buf);
        if pos > vec.len() {
            vec.set_len(pos);
        }
    }
    *pos_mut += buf_len as u64;
    Ok(buf_len)
}

fn vec_write_all_vectored<A: Allocator>(pos_mut: &mut u64, vec: &mut Vec<u8, A>, bufs: &[IoSlice<'_>]) -> Result<usize> {
    let mut buf_len: usize = 0;
    for b in bufs {
        buf_len = buf_len.saturating_add(b.len());
    }
    let mut pos = reserve_and_pad(pos_mut, vec, buf_len)?;
    unsafe {
        for buf in bufs {
            pos = vec_write_all_unchecked(pos, vec, buf);
        }
        if pos > vec.len() {
            vec.set_len(pos);
        }
    }
    *pos_mut += buf_len as u64;
    Ok(buf_len)
}

impl Write for Cursor<&mut [u8]> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { slice_write(&mut self.pos, self.inner, buf) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { slice_write_vectored(&mut self.pos, self.inner, bufs) }
    fn write_all(&mut self, buf: &[u8]) -> Result<()> { slice_write_all(&mut self.pos, self.inner, buf) }
    fn flush(&mut self) -> Result<()> { Ok(()) }
}

impl<A: Allocator> Write for Cursor<&mut Vec<u8, A>> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { vec_write_all(&mut self.pos, self.inner, buf) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { vec_write_all_vectored(&mut self.pos, self.inner, bufs) }
    fn write_all(&mut self, buf: &[u8]) -> Result<()> {
        vec_write_all(&mut self.pos, self.inner, buf)?;
        Ok(())
    }
    fn flush(&mut self) -> Result<()> { Ok(()) }
}

impl<A: Allocator> Write for Cursor<Vec<u8, A>> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { vec_write_all(&mut self.pos, &mut self.inner, buf) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { vec_write_all_vectored(&mut self.pos, &mut self.inner, bufs) }
    fn write_all(&mut self, buf: &[u8]) -> Result<()> {
        vec_write_all(&mut self.pos, &mut self.inner, buf)?;
        Ok(())
    }
    fn flush(&mut self) -> Result<()> { Ok(()) }
}

impl Write for Cursor<Box<[u8]>> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { slice_write(&mut self.pos, &mut self.inner, buf) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { slice_write_vectored(&mut self.pos, &mut self.inner, bufs) }
    fn write_all(&mut self, buf: &[u8]) -> Result<()> { slice_write_all(&mut self.pos, &mut self.inner, buf) }
    fn flush(&mut self) -> Result<()> { Ok(()) }
}

impl<const N: usize> Write for Cursor<[u8; N]> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { slice_write(&mut self.pos, &mut self.inner, buf) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { slice_write_vectored(&mut self.pos, &mut self.inner, bufs) }
    fn write_all(&mut self, buf: &[u8]) -> Result<()> { slice_write_all(&mut self.pos, &mut self.inner, buf) }
    fn flush(&mut self) -> Result<()> { Ok(()) }
}
