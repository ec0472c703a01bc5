package rustmem.elf;

/**
 * Bounds-checked reads of an ELF file's fields in the file's own byte order and class. Every read
 * says what it was reading, so a truncated or corrupt file ends in a sentence, never an exception.
 */
final class ElfBytes {
    private final byte[] data;
    final boolean littleEndian;
    final boolean is64;

    ElfBytes(byte[] data, boolean littleEndian, boolean is64) {
        this.data = data;
        this.littleEndian = littleEndian;
        this.is64 = is64;
    }

    int length() { return data.length; }

    /** Fails unless [offset, offset+size) lies inside the file. */
    void require(long offset, long size, String what) throws ElfFormatException {
        if (offset < 0 || size < 0 || offset > data.length || size > data.length - offset) {
            throw new ElfFormatException(String.format(
                "truncated or corrupt file: %s at offset 0x%x (%d bytes) lies outside the file (%d bytes)",
                what, offset, size, data.length));
        }
    }

    int u8(long off) { return data[(int) off] & 0xff; }

    int u16(long off) {
        int a = u8(off), b = u8(off + 1);
        return littleEndian ? a | b << 8 : a << 8 | b;
    }

    long u32(long off) {
        long a = u16(off), b = u16(off + 2);
        return littleEndian ? a | b << 16 : a << 16 | b;
    }

    long u64(long off) {
        long a = u32(off), b = u32(off + 4);
        return littleEndian ? a | b << 32 : a << 32 | b;
    }

    /** A word of the file's class: 4 bytes in ELF32, 8 in ELF64. */
    long word(long off) { return is64 ? u64(off) : u32(off); }

    int wordSize() { return is64 ? 8 : 4; }

    /** The NUL-terminated string at {@code off}, or null when it runs past {@code end} or the file. */
    String cString(long off, long end) {
        long limit = Math.min(end, data.length);
        if (off < 0 || off >= limit) return null;
        int i = (int) off;
        while (i < limit && data[i] != 0) i++;
        if (i == limit) return null;
        return new String(data, (int) off, i - (int) off, java.nio.charset.StandardCharsets.UTF_8);
    }
}
