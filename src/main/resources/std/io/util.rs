// io::empty, io::sink, io::repeat and io::copy.
use crate::string::String;
use crate::vec::Vec;
use crate::fmt;
use super::{BufRead, Error, ErrorKind, IoSlice, IoSliceMut, Read, Result, Seek, SeekFrom, Write, DEFAULT_BUF_SIZE};

/// A reader that is always at EOF and a writer that accepts everything (io::empty()).
#[non_exhaustive]
#[derive(Copy, Clone, Debug, Default)]
pub struct Empty;

pub const fn empty() -> Empty { Empty }

impl Read for Empty {
    fn read(&mut self, _buf: &mut [u8]) -> Result<usize> { Ok(0) }
    fn read_vectored(&mut self, _bufs: &mut [IoSliceMut<'_>]) -> Result<usize> { Ok(0) }
    fn read_exact(&mut self, buf: &mut [u8]) -> Result<()> {
        if !buf.is_empty() { Err(Error::read_exact_eof()) } else { Ok(()) }
    }
    fn read_to_end(&mut self, _buf: &mut Vec<u8>) -> Result<usize> { Ok(0) }
    fn read_to_string(&mut self, _buf: &mut String) -> Result<usize> { Ok(0) }
}

impl BufRead for Empty {
    fn fill_buf(&mut self) -> Result<&[u8]> { Ok(&[]) }
    fn consume(&mut self, _n: usize) {}
    fn read_until(&mut self, _byte: u8, _buf: &mut Vec<u8>) -> Result<usize> { Ok(0) }
    fn skip_until(&mut self, _byte: u8) -> Result<usize> { Ok(0) }
    fn read_line(&mut self, _buf: &mut String) -> Result<usize> { Ok(0) }
}

impl Seek for Empty {
    fn seek(&mut self, _pos: SeekFrom) -> Result<u64> { Ok(0) }
    fn stream_position(&mut self) -> Result<u64> { Ok(0) }
}

impl Write for Empty {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { Ok(buf.len()) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { Ok(bufs.iter().map(|b| b.len()).sum()) }
    fn write_all(&mut self, _buf: &[u8]) -> Result<()> { Ok(()) }
    fn write_fmt(&mut self, _args: fmt::Arguments<'_>) -> Result<()> { Ok(()) }
    fn flush(&mut self) -> Result<()> { Ok(()) }
}

impl Write for &Empty {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { Ok(buf.len()) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { Ok(bufs.iter().map(|b| b.len()).sum()) }
    fn write_all(&mut self, _buf: &[u8]) -> Result<()> { Ok(()) }
    fn write_fmt(&mut self, _args: fmt::Arguments<'_>) -> Result<()> { Ok(()) }
    fn flush(&mut self) -> Result<()> { Ok(()) }
}

/// A reader that yields one byte forever (io::repeat()).
pub struct Repeat {
    byte: u8,
}

pub const fn repeat(byte: u8) -> Repeat { Repeat { byte } }

impl Read for Repeat {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        buf.fill(self.byte);
        Ok(buf.len())
    }
    fn read_exact(&mut self, buf: &mut [u8]) -> Result<()> {
        buf.fill(self.byte);
        Ok(())
    }
    /// This function is not supported by `io::Repeat`, because there's no end of its data
    fn read_to_end(&mut self, _: &mut Vec<u8>) -> Result<usize> { Err(Error::from(ErrorKind::OutOfMemory)) }
    fn read_to_string(&mut self, _: &mut String) -> Result<usize> { Err(Error::from(ErrorKind::OutOfMemory)) }
    fn read_vectored(&mut self, bufs: &mut [IoSliceMut<'_>]) -> Result<usize> {
        let mut nwritten = 0;
        for buf in bufs {
            nwritten += self.read(buf)?;
        }
        Ok(nwritten)
    }
}

impl fmt::Debug for Repeat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("Repeat").finish_non_exhaustive() }
}

/// A writer that discards everything (io::sink()).
#[non_exhaustive]
#[derive(Copy, Clone, Debug, Default)]
pub struct Sink;

pub const fn sink() -> Sink { Sink }

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { Ok(buf.len()) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { Ok(bufs.iter().map(|b| b.len()).sum()) }
    fn write_all(&mut self, _buf: &[u8]) -> Result<()> { Ok(()) }
    fn write_fmt(&mut self, _args: fmt::Arguments<'_>) -> Result<()> { Ok(()) }
    fn flush(&mut self) -> Result<()> { Ok(()) }
}

impl Write for &Sink {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { Ok(buf.len()) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { Ok(bufs.iter().map(|b| b.len()).sum()) }
    fn write_all(&mut self, _buf: &[u8]) -> Result<()> { Ok(()) }
    fn write_fmt(&mut self, _args: fmt::Arguments<'_>) -> Result<()> { Ok(()) }
    fn flush(&mut self) -> Result<()> { Ok(()) }
}

/// Copies the whole of reader into writer, returning the number of bytes copied. As std's generic_copy:
/// a byte slice is written at once, a Vec<u8> is read into with read_to_end, anything else goes through
/// an 8 KiB buffer on the stack.
pub fn copy<R: ?Sized, W: ?Sized>(reader: &mut R, writer: &mut W) -> Result<u64>
where
    R: Read,
    W: Write,
{
    use crate::intrinsics::type_id;
    if type_id::<R>() == type_id::<&[u8]>() {
        // BufferedReaderSpec for &[u8]
        let slice: &mut &[u8] = unsafe { &mut *(reader as *mut R as *mut &[u8]) };
        let len = slice.len();
        writer.write_all(slice)?;
        *slice = &slice[len..];
        return Ok(len as u64);
    }
    if type_id::<W>() == type_id::<Vec<u8>>() {
        // BufferedWriterSpec for Vec<u8>
        let vec: &mut Vec<u8> = unsafe { &mut *(writer as *mut W as *mut Vec<u8>) };
        return reader.read_to_end(vec).map(|bytes| bytes as u64);
    }
    stack_buffer_copy(reader, writer)
}

fn stack_buffer_copy<R: Read + ?Sized, W: Write + ?Sized>(reader: &mut R, writer: &mut W) -> Result<u64> {
    let mut buf = [0u8; DEFAULT_BUF_SIZE];
    let mut len = 0;
    loop {
        let n = match reader.read(&mut buf) {
            Ok(n) => n,
            Err(ref e) if e.is_interrupted() => continue,
            Err(e) => return Err(e),
        };
        if n == 0 {
            break;
        }
        len += n as u64;
        writer.write_all(&buf[..n])?;
    }
    Ok(len)
}
