// BufReader (a boxed buffer with pos/filled/initialized as std's Buffer), BufWriter (a Vec buffer flushed
// when full, on flush and on drop), LineWriter (a BufWriter flushed at each newline, std's LineWriterShim),
// IntoInnerError and WriterPanicked.
use crate::boxed::Box;
use crate::mem::{self, ManuallyDrop, MaybeUninit};
use crate::string::String;
use crate::vec::Vec;
use crate::{cmp, error, fmt, ptr};
use super::{memrchr, BufRead, Error, ErrorKind, IoSlice, IoSliceMut, Read, Result, Seek, SeekFrom, Write, DEFAULT_BUF_SIZE};

// ---------------------------------------------------------------- IntoInnerError

#[derive(Debug)]
pub struct IntoInnerError<W>(W, Error);

impl<W> IntoInnerError<W> {
    fn new(writer: W, error: Error) -> Self { Self(writer, error) }

    fn new_wrapped<W2>(self, f: impl FnOnce(W) -> W2) -> IntoInnerError<W2> {
        let Self(writer, error) = self;
        IntoInnerError::new(f(writer), error)
    }

    pub fn error(&self) -> &Error { &self.1 }
    pub fn into_inner(self) -> W { self.0 }
    pub fn into_error(self) -> Error { self.1 }
    pub fn into_parts(self) -> (Error, W) { (self.1, self.0) }
}

impl<W> From<IntoInnerError<W>> for Error {
    fn from(iie: IntoInnerError<W>) -> Error { iie.1 }
}

impl<W: Send + fmt::Debug> error::Error for IntoInnerError<W> {}

impl<W> fmt::Display for IntoInnerError<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt(self.error(), f) }
}

// ---------------------------------------------------------------- BufReader

/// BufReader's buffer: `buf[pos..filled]` is unread data, `buf[..initialized]` has been written.
pub(crate) struct Buffer {
    buf: Box<[MaybeUninit<u8>]>,
    pos: usize,
    filled: usize,
    initialized: usize,
}

impl Buffer {
    pub(crate) fn with_capacity(capacity: usize) -> Self {
        // Box::new_uninit_slice(capacity)
        let p = if capacity == 0 {
            ptr::dangling_mut::<MaybeUninit<u8>>()
        } else {
            let layout = crate::alloc::Layout::array::<u8>(capacity).unwrap();
            let p = unsafe { crate::alloc::alloc(layout) };
            if p.is_null() {
                crate::alloc::handle_alloc_error(layout);
            }
            p as *mut MaybeUninit<u8>
        };
        let buf = unsafe { Box::from_raw(ptr::slice_from_raw_parts_mut(p, capacity)) };
        Self { buf, pos: 0, filled: 0, initialized: 0 }
    }

    pub(crate) fn buffer(&self) -> &[u8] {
        unsafe { crate::slice::from_raw_parts((self.buf.as_ptr() as *const u8).add(self.pos), self.filled - self.pos) }
    }

    pub(crate) fn capacity(&self) -> usize { self.buf.len() }
    pub(crate) fn filled(&self) -> usize { self.filled }
    pub(crate) fn pos(&self) -> usize { self.pos }

    pub(crate) fn discard_buffer(&mut self) {
        self.pos = 0;
        self.filled = 0;
    }

    pub(crate) fn consume(&mut self, amt: usize) { self.pos = cmp::min(self.pos + amt, self.filled); }

    pub(crate) fn consume_with<V>(&mut self, amt: usize, mut visitor: V) -> bool
    where
        V: FnMut(&[u8]),
    {
        if let Some(claimed) = self.buffer().get(..amt) {
            visitor(claimed);
            self.pos += amt;
            true
        } else {
            false
        }
    }

    pub(crate) fn unconsume(&mut self, amt: usize) { self.pos = self.pos.saturating_sub(amt); }

    /// Reads into the whole buffer (Read::read_buf over it): the not yet initialized part is zeroed first
    /// unless the reader writes into uninitialized memory itself (`raw`: fd 0).
    pub(crate) fn fill_buf<R: Read + ?Sized>(&mut self, reader: &mut R, raw: bool) -> Result<&[u8]> {
        if self.pos >= self.filled {
            let cap = self.buf.len();
            let base = self.buf.as_mut_ptr() as *mut u8;
            let mut init = self.initialized;
            if !raw && init < cap {
                unsafe { ptr::write_bytes(base.add(init), 0, cap - init) };
                init = cap;
            }
            let slice = unsafe { crate::slice::from_raw_parts_mut(base, cap) };
            let result = reader.read(slice);
            self.pos = 0;
            let n = match result {
                Ok(n) => n,
                Err(_) => 0,
            };
            self.filled = n;
            self.initialized = cmp::max(init, n);
            result?;
        }
        Ok(self.buffer())
    }
}

/// Adds buffering to a reader: reads of up to its capacity (8 KiB by default) from the inner reader.
#[def_path = "std::io::buffered::bufreader"]
pub struct BufReader<R: ?Sized> {
    buf: Buffer,
    inner: R,
}

impl<R: Read> BufReader<R> {
    pub fn new(inner: R) -> BufReader<R> { BufReader::with_capacity(DEFAULT_BUF_SIZE, inner) }

    pub fn with_capacity(capacity: usize, inner: R) -> BufReader<R> { BufReader { inner, buf: Buffer::with_capacity(capacity) } }
}

impl<R: ?Sized> BufReader<R> {
    pub fn get_ref(&self) -> &R { &self.inner }
    pub fn get_mut(&mut self) -> &mut R { &mut self.inner }
    pub fn buffer(&self) -> &[u8] { self.buf.buffer() }
    pub fn capacity(&self) -> usize { self.buf.capacity() }

    pub fn into_inner(self) -> R
    where
        R: Sized,
    {
        self.inner
    }

    pub(crate) fn discard_buffer(&mut self) { self.buf.discard_buffer() }
}

impl<R: ?Sized + Seek> BufReader<R> {
    pub fn seek_relative(&mut self, offset: i64) -> Result<()> {
        let pos = self.buf.pos() as u64;
        if offset < 0 {
            if let Some(_) = pos.checked_sub((-offset) as u64) {
                self.buf.unconsume((-offset) as usize);
                return Ok(());
            }
        } else if let Some(new_pos) = pos.checked_add(offset as u64) {
            if new_pos <= self.buf.filled() as u64 {
                self.buf.consume(offset as usize);
                return Ok(());
            }
        }
        self.seek(SeekFrom::Current(offset)).map(drop)
    }
}

impl<R: ?Sized + Read> BufReader<R> {
    fn raw_fill_buf(&mut self) -> Result<&[u8]> {
        let raw = super::stdio::is_raw_reader::<R>();
        self.buf.fill_buf(&mut self.inner, raw)
    }
}

impl<R: ?Sized + Read> Read for BufReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        // a read at least as large as the buffer into an empty buffer bypasses it
        if self.buf.pos() == self.buf.filled() && buf.len() >= self.capacity() {
            self.discard_buffer();
            return self.inner.read(buf);
        }
        let mut rem = self.raw_fill_buf()?;
        let nread = rem.read(buf)?;
        self.consume(nread);
        Ok(nread)
    }

    fn read_exact(&mut self, buf: &mut [u8]) -> Result<()> {
        if self.buf.consume_with(buf.len(), |claimed| buf.copy_from_slice(claimed)) {
            return Ok(());
        }
        super::default_read_exact(self, buf)
    }

    fn read_vectored(&mut self, bufs: &mut [IoSliceMut<'_>]) -> Result<usize> {
        let total_len = bufs.iter().map(|b| b.len()).sum::<usize>();
        if self.buf.pos() == self.buf.filled() && total_len >= self.capacity() {
            self.discard_buffer();
            return self.inner.read_vectored(bufs);
        }
        let mut rem = self.raw_fill_buf()?;
        let nread = rem.read_vectored(bufs)?;
        self.consume(nread);
        Ok(nread)
    }

    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize> {
        let inner_buf = self.buffer();
        buf.try_reserve(inner_buf.len())?;
        buf.extend_from_slice(inner_buf);
        let nread = inner_buf.len();
        self.discard_buffer();
        Ok(nread + self.inner.read_to_end(buf)?)
    }

    fn read_to_string(&mut self, buf: &mut String) -> Result<usize> {
        if buf.is_empty() {
            unsafe { super::append_to_string(buf, |b| self.read_to_end(b)) }
        } else {
            let mut bytes = Vec::new();
            self.read_to_end(&mut bytes)?;
            let string = match crate::str::from_utf8(&bytes) {
                Ok(s) => s,
                Err(_) => return Err(Error::invalid_utf8()),
            };
            buf.push_str(string);
            Ok(string.len())
        }
    }
}

impl<R: ?Sized + Read> BufRead for BufReader<R> {
    fn fill_buf(&mut self) -> Result<&[u8]> { self.raw_fill_buf() }
    fn consume(&mut self, amt: usize) { self.buf.consume(amt) }
}

impl<R> fmt::Debug for BufReader<R>
where
    R: ?Sized + fmt::Debug,
{
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt.debug_struct("BufReader")
            .field("reader", &&self.inner)
            .field("buffer", &format_args!("{}/{}", self.buf.filled() - self.buf.pos(), self.capacity()))
            .finish()
    }
}

impl<R: ?Sized + Seek> Seek for BufReader<R> {
    fn seek(&mut self, pos: SeekFrom) -> Result<u64> {
        let result: u64;
        if let SeekFrom::Current(n) = pos {
            let remainder = (self.buf.filled() - self.buf.pos()) as i64;
            if let Some(offset) = n.checked_sub(remainder) {
                result = self.inner.seek(SeekFrom::Current(offset))?;
            } else {
                self.inner.seek(SeekFrom::Current(-remainder))?;
                self.discard_buffer();
                result = self.inner.seek(SeekFrom::Current(n))?;
            }
        } else {
            result = self.inner.seek(pos)?;
        }
        self.discard_buffer();
        Ok(result)
    }

    fn stream_position(&mut self) -> Result<u64> {
        let remainder = (self.buf.filled() - self.buf.pos()) as u64;
        self.inner.stream_position().map(|pos| {
            pos.checked_sub(remainder).expect("overflow when subtracting remaining buffer size from inner stream position")
        })
    }

    fn seek_relative(&mut self, offset: i64) -> Result<()> { BufReader::seek_relative(self, offset) }
}

// ---------------------------------------------------------------- BufWriter

/// Adds buffering to a writer: writes collect in a Vec of its capacity (8 KiB by default).
#[def_path = "std::io::buffered::bufwriter"]
pub struct BufWriter<W: ?Sized + Write> {
    buf: Vec<u8>,
    panicked: bool,
    inner: W,
}

impl<W: Write> BufWriter<W> {
    pub fn new(inner: W) -> BufWriter<W> { BufWriter::with_capacity(DEFAULT_BUF_SIZE, inner) }

    pub fn with_capacity(capacity: usize, inner: W) -> BufWriter<W> {
        BufWriter { inner, buf: Vec::with_capacity(capacity), panicked: false }
    }

    pub fn into_inner(mut self) -> crate::result::Result<W, IntoInnerError<BufWriter<W>>> {
        match self.flush_buf() {
            Err(e) => Err(IntoInnerError::new(self, e)),
            Ok(()) => Ok(self.into_parts().0),
        }
    }

    pub fn into_parts(self) -> (W, crate::result::Result<Vec<u8>, WriterPanicked>) {
        let mut this = ManuallyDrop::new(self);
        let buf = mem::take(&mut this.buf);
        let buf = if !this.panicked { Ok(buf) } else { Err(WriterPanicked { buf }) };
        let inner = unsafe { ptr::read(&this.inner) };
        (inner, buf)
    }
}

impl<W: ?Sized + Write> BufWriter<W> {
    /// Writes the buffer out, removing what was written even when a write fails (std's BufGuard).
    pub(crate) fn flush_buf(&mut self) -> Result<()> {
        let mut written = 0;
        let len = self.buf.len();
        let mut ret = Ok(());
        while written < len {
            self.panicked = true;
            let r = self.inner.write(&self.buf[written..]);
            self.panicked = false;
            match r {
                Ok(0) => {
                    ret = Err(const_error!(ErrorKind::WriteZero, "failed to write the buffered data"));
                    break;
                }
                Ok(n) => written += n,
                Err(ref e) if e.is_interrupted() => {}
                Err(e) => {
                    ret = Err(e);
                    break;
                }
            }
        }
        if written > 0 {
            self.buf.drain(..written);
        }
        ret
    }

    pub(crate) fn write_to_buf(&mut self, buf: &[u8]) -> usize {
        let available = self.spare_capacity();
        let amt_to_buffer = cmp::min(available, buf.len());
        unsafe {
            self.write_to_buffer_unchecked(&buf[..amt_to_buffer]);
        }
        amt_to_buffer
    }

    pub fn get_ref(&self) -> &W { &self.inner }
    pub fn get_mut(&mut self) -> &mut W { &mut self.inner }
    pub fn buffer(&self) -> &[u8] { &self.buf }
    pub(crate) fn buffer_mut(&mut self) -> &mut Vec<u8> { &mut self.buf }
    pub fn capacity(&self) -> usize { self.buf.capacity() }

    fn write_cold(&mut self, buf: &[u8]) -> Result<usize> {
        if buf.len() > self.spare_capacity() {
            self.flush_buf()?;
        }
        if buf.len() >= self.buf.capacity() {
            self.panicked = true;
            let r = self.get_mut().write(buf);
            self.panicked = false;
            r
        } else {
            unsafe {
                self.write_to_buffer_unchecked(buf);
            }
            Ok(buf.len())
        }
    }

    fn write_all_cold(&mut self, buf: &[u8]) -> Result<()> {
        if buf.len() > self.spare_capacity() {
            self.flush_buf()?;
        }
        if buf.len() >= self.buf.capacity() {
            self.panicked = true;
            let r = self.get_mut().write_all(buf);
            self.panicked = false;
            r
        } else {
            unsafe {
                self.write_to_buffer_unchecked(buf);
            }
            Ok(())
        }
    }

    unsafe fn write_to_buffer_unchecked(&mut self, buf: &[u8]) {
        let old_len = self.buf.len();
        let buf_len = buf.len();
        let src = buf.as_ptr();
        unsafe {
            let dst = self.buf.as_mut_ptr().add(old_len);
            ptr::copy_nonoverlapping(src, dst, buf_len);
            self.buf.set_len(old_len + buf_len);
        }
    }

    fn spare_capacity(&self) -> usize { self.buf.capacity() - self.buf.len() }
}

/// The buffer of a BufWriter whose writer panicked (BufWriter::into_parts).
pub struct WriterPanicked {
    buf: Vec<u8>,
}

impl WriterPanicked {
    pub fn into_inner(self) -> Vec<u8> { self.buf }
}

impl error::Error for WriterPanicked {}

impl fmt::Display for WriterPanicked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("BufWriter inner writer panicked, what data remains unwritten is not known", f)
    }
}

impl fmt::Debug for WriterPanicked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WriterPanicked").field("buffer", &format_args!("{}/{}", self.buf.len(), self.buf.capacity())).finish()
    }
}

impl<W: ?Sized + Write> Write for BufWriter<W> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        if buf.len() < self.spare_capacity() {
            unsafe {
                self.write_to_buffer_unchecked(buf);
            }
            Ok(buf.len())
        } else {
            self.write_cold(buf)
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> Result<()> {
        if buf.len() < self.spare_capacity() {
            unsafe {
                self.write_to_buffer_unchecked(buf);
            }
            Ok(())
        } else {
            self.write_all_cold(buf)
        }
    }

    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> {
        if super::stdio::is_vectored_writer::<W>() {
            let mut saturated_total_len: usize = 0;
            for buf in bufs {
                saturated_total_len = saturated_total_len.saturating_add(buf.len());
                if saturated_total_len > self.spare_capacity() && !self.buf.is_empty() {
                    // Flush if the total length of the input exceeds our buffer's spare capacity.
                    self.flush_buf()?;
                }
                if saturated_total_len >= self.buf.capacity() {
                    // Forward to our inner writer if the total length of the input is greater than or equal
                    // to our buffer capacity.
                    self.panicked = true;
                    let r = self.get_mut().write_vectored(bufs);
                    self.panicked = false;
                    return r;
                }
            }
            // all the buffers fit in the buffer
            for b in bufs {
                unsafe {
                    self.write_to_buffer_unchecked(b);
                }
            }
            Ok(saturated_total_len)
        } else {
            let mut iter = bufs.iter();
            let mut total_written = loop {
                match iter.next() {
                    Some(buf) if buf.is_empty() => continue,
                    Some(buf) => {
                        if buf.len() > self.spare_capacity() {
                            self.flush_buf()?;
                        }
                        if buf.len() >= self.buf.capacity() {
                            // this is the first non-empty buffer: write it straight through
                            self.panicked = true;
                            let r = self.get_mut().write(buf);
                            self.panicked = false;
                            return r;
                        } else {
                            unsafe {
                                self.write_to_buffer_unchecked(buf);
                            }
                            break buf.len();
                        }
                    }
                    None => return Ok(0),
                }
            };
            for buf in iter {
                if buf.len() <= self.spare_capacity() {
                    unsafe {
                        self.write_to_buffer_unchecked(buf);
                    }
                    total_written += buf.len();
                } else {
                    break;
                }
            }
            Ok(total_written)
        }
    }

    fn flush(&mut self) -> Result<()> { self.flush_buf().and_then(|()| self.get_mut().flush()) }
}

impl<W: ?Sized + Write> fmt::Debug for BufWriter<W>
where
    W: fmt::Debug,
{
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt.debug_struct("BufWriter")
            .field("writer", &&self.inner)
            .field("buffer", &format_args!("{}/{}", self.buf.len(), self.buf.capacity()))
            .finish()
    }
}

impl<W: ?Sized + Write + Seek> Seek for BufWriter<W> {
    fn seek(&mut self, pos: SeekFrom) -> Result<u64> {
        self.flush_buf()?;
        self.get_mut().seek(pos)
    }
}

impl<W: ?Sized + Write> Drop for BufWriter<W> {
    fn drop(&mut self) {
        if !self.panicked {
            // dtors should not panic, so we ignore a failed flush
            let _r = self.flush_buf();
        }
    }
}

// ---------------------------------------------------------------- LineWriter

/// A BufWriter that writes out complete lines at once (1024 bytes of buffer by default).
#[def_path = "std::io::buffered::linewriter"]
pub struct LineWriter<W: ?Sized + Write> {
    inner: BufWriter<W>,
}

impl<W: Write> LineWriter<W> {
    pub fn new(inner: W) -> LineWriter<W> { LineWriter::with_capacity(1024, inner) }

    pub fn with_capacity(capacity: usize, inner: W) -> LineWriter<W> { LineWriter { inner: BufWriter::with_capacity(capacity, inner) } }

    pub fn get_mut(&mut self) -> &mut W { self.inner.get_mut() }

    pub fn into_inner(self) -> crate::result::Result<W, IntoInnerError<LineWriter<W>>> {
        self.inner.into_inner().map_err(|err| err.new_wrapped(|inner| LineWriter { inner }))
    }
}

impl<W: ?Sized + Write> LineWriter<W> {
    pub fn get_ref(&self) -> &W { self.inner.get_ref() }
}

impl<W: ?Sized + Write> Write for LineWriter<W> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { LineWriterShim::new(&mut self.inner).write(buf) }
    fn flush(&mut self) -> Result<()> { self.inner.flush() }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { LineWriterShim::new(&mut self.inner).write_vectored(bufs) }
    fn write_all(&mut self, buf: &[u8]) -> Result<()> { LineWriterShim::new(&mut self.inner).write_all(buf) }
    fn write_fmt(&mut self, fmt: fmt::Arguments<'_>) -> Result<()> { LineWriterShim::new(&mut self.inner).write_fmt(fmt) }
}

impl<W: ?Sized + Write> fmt::Debug for LineWriter<W>
where
    W: fmt::Debug,
{
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt.debug_struct("LineWriter")
            .field("writer", &self.get_ref())
            .field("buffer", &format_args!("{}/{}", self.inner.buffer().len(), self.inner.capacity()))
            .finish_non_exhaustive()
    }
}

/// Line-buffered writing over a BufWriter (std's LineWriterShim, also used by stdout).
pub(crate) struct LineWriterShim<'a, W: ?Sized + Write> {
    buffer: &'a mut BufWriter<W>,
}

impl<'a, W: ?Sized + Write> LineWriterShim<'a, W> {
    pub(crate) fn new(buffer: &'a mut BufWriter<W>) -> Self { Self { buffer } }

    fn inner_mut(&mut self) -> &mut W { self.buffer.get_mut() }

    fn buffered(&self) -> &[u8] { self.buffer.buffer() }

    fn flush_if_completed_line(&mut self) -> Result<()> {
        match self.buffered().last().copied() {
            Some(b'\n') => self.buffer.flush_buf(),
            _ => Ok(()),
        }
    }
}

impl<'a, W: ?Sized + Write> Write for LineWriterShim<'a, W> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        let newline_idx = match memrchr(b'\n', buf) {
            // no newline: flush a completed line in the buffer, then buffer the data
            None => {
                self.flush_if_completed_line()?;
                return self.buffer.write(buf);
            }
            Some(newline_idx) => newline_idx + 1,
        };
        self.buffer.flush_buf()?;
        let lines = &buf[..newline_idx];
        let flushed = self.inner_mut().write(lines)?;
        if flushed == 0 {
            return Ok(0);
        }
        let tail = if flushed >= newline_idx {
            let tail = &buf[flushed..];
            if tail.len() >= self.buffer.capacity() {
                return Ok(flushed);
            }
            tail
        } else if newline_idx - flushed <= self.buffer.capacity() {
            &buf[flushed..newline_idx]
        } else {
            let scan_area = &buf[flushed..];
            let scan_area = &scan_area[..self.buffer.capacity()];
            match memrchr(b'\n', scan_area) {
                Some(newline_idx) => &scan_area[..newline_idx + 1],
                None => scan_area,
            }
        };
        let buffered = self.buffer.write_to_buf(tail);
        Ok(flushed + buffered)
    }

    fn flush(&mut self) -> Result<()> { self.buffer.flush() }

    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> {
        // if the inner writer doesn't support vectored writes, write the first non-empty buffer
        if !super::stdio::is_vectored_writer::<W>() {
            for buf in bufs {
                if !buf.is_empty() {
                    return self.write(buf);
                }
            }
            return Ok(0);
        }
        // find the buffer containing the last newline
        let mut last_newline_buf_idx = None;
        for (i, buf) in bufs.iter().enumerate().rev() {
            if memrchr(b'\n', buf).is_some() {
                last_newline_buf_idx = Some(i);
                break;
            }
        }
        // if there are no newlines (that is, if this write is less than one line), just do a regular
        // buffered write
        let last_newline_buf_idx = match last_newline_buf_idx {
            None => {
                self.flush_if_completed_line()?;
                return self.buffer.write_vectored(bufs);
            }
            Some(i) => i,
        };
        // flush existing content to prepare for our write
        self.buffer.flush_buf()?;
        // this is what we're going to try to write directly to the inner writer
        let (lines, tail) = bufs.split_at(last_newline_buf_idx + 1);
        let flushed = self.inner_mut().write_vectored(lines)?;
        if flushed == 0 {
            return Ok(0);
        }
        // don't try to reconstruct the exact amount written; just bail in the event of a partial write
        let mut lines_len: usize = 0;
        for buf in lines {
            lines_len = lines_len.saturating_add(buf.len());
            if flushed < lines_len {
                return Ok(flushed);
            }
        }
        // now that the write has succeeded, buffer the rest (or as much of the rest as possible)
        let mut buffered: usize = 0;
        for buf in tail.iter().filter(|buf| !buf.is_empty()) {
            let n = self.buffer.write_to_buf(buf);
            if n == 0 {
                break;
            }
            buffered += n;
        }
        Ok(flushed + buffered)
    }

    fn write_all(&mut self, buf: &[u8]) -> Result<()> {
        match memrchr(b'\n', buf) {
            None => {
                self.flush_if_completed_line()?;
                self.buffer.write_all(buf)
            }
            Some(newline_idx) => {
                let (lines, tail) = buf.split_at(newline_idx + 1);
                if self.buffered().is_empty() {
                    self.inner_mut().write_all(lines)?;
                } else {
                    self.buffer.write_all(lines)?;
                    self.buffer.flush_buf()?;
                }
                self.buffer.write_all(tail)
            }
        }
    }
}
