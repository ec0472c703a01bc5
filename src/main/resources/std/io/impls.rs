// The io trait impls for references, boxes, byte slices, Vec<u8> and VecDeque<u8>.
use crate::boxed::Box;
use crate::string::String;
use crate::vec::Vec;
use crate::alloc::Allocator;
use crate::collections::VecDeque;
use crate::{cmp, fmt, mem};
use super::{BufRead, Error, IoSlice, IoSliceMut, Read, Result, Seek, SeekFrom, Write};

impl<R: Read + ?Sized> Read for &mut R {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> { (**self).read(buf) }
    fn read_vectored(&mut self, bufs: &mut [IoSliceMut<'_>]) -> Result<usize> { (**self).read_vectored(bufs) }
    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize> { (**self).read_to_end(buf) }
    fn read_to_string(&mut self, buf: &mut String) -> Result<usize> { (**self).read_to_string(buf) }
    fn read_exact(&mut self, buf: &mut [u8]) -> Result<()> { (**self).read_exact(buf) }
}

impl<W: Write + ?Sized> Write for &mut W {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { (**self).write(buf) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { (**self).write_vectored(bufs) }
    fn flush(&mut self) -> Result<()> { (**self).flush() }
    fn write_all(&mut self, buf: &[u8]) -> Result<()> { (**self).write_all(buf) }
    fn write_fmt(&mut self, fmt: fmt::Arguments<'_>) -> Result<()> { (**self).write_fmt(fmt) }
}

impl<S: Seek + ?Sized> Seek for &mut S {
    fn seek(&mut self, pos: SeekFrom) -> Result<u64> { (**self).seek(pos) }
    fn rewind(&mut self) -> Result<()> { (**self).rewind() }
    fn stream_position(&mut self) -> Result<u64> { (**self).stream_position() }
    fn seek_relative(&mut self, offset: i64) -> Result<()> { (**self).seek_relative(offset) }
}

impl<B: BufRead + ?Sized> BufRead for &mut B {
    fn fill_buf(&mut self) -> Result<&[u8]> { (**self).fill_buf() }
    fn consume(&mut self, amt: usize) { (**self).consume(amt) }
    fn read_until(&mut self, byte: u8, buf: &mut Vec<u8>) -> Result<usize> { (**self).read_until(byte, buf) }
    fn skip_until(&mut self, byte: u8) -> Result<usize> { (**self).skip_until(byte) }
    fn read_line(&mut self, buf: &mut String) -> Result<usize> { (**self).read_line(buf) }
}

impl<R: Read + ?Sized> Read for Box<R> {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> { (**self).read(buf) }
    fn read_vectored(&mut self, bufs: &mut [IoSliceMut<'_>]) -> Result<usize> { (**self).read_vectored(bufs) }
    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize> { (**self).read_to_end(buf) }
    fn read_to_string(&mut self, buf: &mut String) -> Result<usize> { (**self).read_to_string(buf) }
    fn read_exact(&mut self, buf: &mut [u8]) -> Result<()> { (**self).read_exact(buf) }
}

impl<W: Write + ?Sized> Write for Box<W> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { (**self).write(buf) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { (**self).write_vectored(bufs) }
    fn flush(&mut self) -> Result<()> { (**self).flush() }
    fn write_all(&mut self, buf: &[u8]) -> Result<()> { (**self).write_all(buf) }
    fn write_fmt(&mut self, fmt: fmt::Arguments<'_>) -> Result<()> { (**self).write_fmt(fmt) }
}

impl<S: Seek + ?Sized> Seek for Box<S> {
    fn seek(&mut self, pos: SeekFrom) -> Result<u64> { (**self).seek(pos) }
    fn rewind(&mut self) -> Result<()> { (**self).rewind() }
    fn stream_position(&mut self) -> Result<u64> { (**self).stream_position() }
    fn seek_relative(&mut self, offset: i64) -> Result<()> { (**self).seek_relative(offset) }
}

impl<B: BufRead + ?Sized> BufRead for Box<B> {
    fn fill_buf(&mut self) -> Result<&[u8]> { (**self).fill_buf() }
    fn consume(&mut self, amt: usize) { (**self).consume(amt) }
    fn read_until(&mut self, byte: u8, buf: &mut Vec<u8>) -> Result<usize> { (**self).read_until(byte, buf) }
    fn skip_until(&mut self, byte: u8) -> Result<usize> { (**self).skip_until(byte) }
    fn read_line(&mut self, buf: &mut String) -> Result<usize> { (**self).read_line(buf) }
}

/// Reading from a slice copies bytes out and advances the slice.
impl Read for &[u8] {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        let amt = cmp::min(buf.len(), self.len());
        let (a, b) = self.split_at(amt);
        // a single-byte copy is a plain store, as std's
        if amt == 1 {
            buf[0] = a[0];
        } else {
            buf[..amt].copy_from_slice(a);
        }
        *self = b;
        Ok(amt)
    }

    fn read_vectored(&mut self, bufs: &mut [IoSliceMut<'_>]) -> Result<usize> {
        let mut nread = 0;
        for buf in bufs {
            nread += self.read(buf)?;
            if self.is_empty() {
                break;
            }
        }
        Ok(nread)
    }

    fn read_exact(&mut self, buf: &mut [u8]) -> Result<()> {
        if buf.len() > self.len() {
            // the slice is consumed before the error is returned
            *self = &self[self.len()..];
            return Err(Error::read_exact_eof());
        }
        let (a, b) = self.split_at(buf.len());
        if buf.len() == 1 {
            buf[0] = a[0];
        } else {
            buf.copy_from_slice(a);
        }
        *self = b;
        Ok(())
    }

    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize> {
        let len = self.len();
        buf.try_reserve(len)?;
        buf.extend_from_slice(*self);
        *self = &self[len..];
        Ok(len)
    }

    fn read_to_string(&mut self, buf: &mut String) -> Result<usize> {
        let content = match crate::str::from_utf8(self) {
            Ok(s) => s,
            Err(_) => return Err(Error::invalid_utf8()),
        };
        let len = self.len();
        unsafe { buf.as_mut_vec() }.try_reserve(len)?; // String::try_reserve
        buf.push_str(content);
        *self = &self[len..];
        Ok(len)
    }
}

impl BufRead for &[u8] {
    fn fill_buf(&mut self) -> Result<&[u8]> { Ok(*self) }
    fn consume(&mut self, amt: usize) { *self = &self[amt..]; }
}

/// Writing to a mutable slice copies bytes in and advances the slice; it stops at the slice's end.
impl Write for &mut [u8] {
    fn write(&mut self, data: &[u8]) -> Result<usize> {
        let amt = cmp::min(data.len(), self.len());
        let (a, b) = mem::replace(self, &mut []).split_at_mut(amt);
        a.copy_from_slice(&data[..amt]);
        *self = b;
        Ok(amt)
    }

    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> {
        let mut nwritten = 0;
        for buf in bufs {
            nwritten += self.write(buf)?;
            if self.is_empty() {
                break;
            }
        }
        Ok(nwritten)
    }

    fn write_all(&mut self, data: &[u8]) -> Result<()> {
        if self.write(data)? < data.len() { Err(Error::write_all_eof()) } else { Ok(()) }
    }

    fn flush(&mut self) -> Result<()> { Ok(()) }
}

/// Writing to a Vec appends to it.
impl<A: Allocator> Write for Vec<u8, A> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        self.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> {
        let mut len = 0;
        for b in bufs {
            len += b.len();
        }
        self.reserve(len);
        for buf in bufs {
            self.extend_from_slice(buf);
        }
        Ok(len)
    }

    fn write_all(&mut self, buf: &[u8]) -> Result<()> {
        self.extend_from_slice(buf);
        Ok(())
    }

    fn flush(&mut self) -> Result<()> { Ok(()) }
}

/// Reading from a VecDeque takes bytes from its front.
impl<A: Allocator> Read for VecDeque<u8, A> {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        let (ref mut front, _) = self.as_slices();
        let n = Read::read(front, buf)?;
        self.drain(..n);
        Ok(n)
    }

    fn read_exact(&mut self, buf: &mut [u8]) -> Result<()> {
        let (front, back) = self.as_slices();
        if buf.len() <= front.len() {
            buf.copy_from_slice(&front[..buf.len()]);
        } else {
            let (buf_front, buf_back) = buf.split_at_mut(front.len());
            if buf_back.len() <= back.len() {
                buf_front.copy_from_slice(front);
                buf_back.copy_from_slice(&back[..buf_back.len()]);
            } else {
                self.clear();
                return Err(Error::read_exact_eof());
            }
        }
        self.drain(..buf.len());
        Ok(())
    }

    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize> {
        let len = self.len();
        buf.try_reserve(len)?;
        let (front, back) = self.as_slices();
        buf.extend_from_slice(front);
        buf.extend_from_slice(back);
        self.clear();
        Ok(len)
    }

    fn read_to_string(&mut self, buf: &mut String) -> Result<usize> {
        unsafe { super::append_to_string(buf, |buf| self.read_to_end(buf)) }
    }
}

impl<A: Allocator> BufRead for VecDeque<u8, A> {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        let (front, _) = self.as_slices();
        Ok(front)
    }

    fn consume(&mut self, amt: usize) { self.drain(..amt); }
}

/// Writing to a VecDeque appends to its back.
impl<A: Allocator> Write for VecDeque<u8, A> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        self.extend(buf);
        Ok(buf.len())
    }

    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> {
        let mut len = 0;
        for b in bufs {
            len += b.len();
        }
        self.reserve(len);
        for buf in bufs {
            self.extend(&**buf);
        }
        Ok(len)
    }

    fn write_all(&mut self, buf: &[u8]) -> Result<()> {
        self.extend(buf);
        Ok(())
    }

    fn flush(&mut self) -> Result<()> { Ok(()) }
}
