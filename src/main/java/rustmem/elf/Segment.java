package rustmem.elf;

/** One program header (Elf32_Phdr / Elf64_Phdr): a range of the file the loader maps. */
public record Segment(int index, long type, int flags, long offset, long address, long fileSize, long memorySize,
                      long align) {
    public static final long PT_LOAD = 1, PT_TLS = 7, PT_GNU_RELRO = 0x6474e552;
    public static final int PF_X = 1, PF_W = 2, PF_R = 4;

    /** Permissions: {@code R}, {@code RX} (readelf's {@code R E}), {@code RW}. */
    public String permissions() {
        return ((flags & PF_R) != 0 ? "R" : "") + ((flags & PF_W) != 0 ? "W" : "") + ((flags & PF_X) != 0 ? "X" : "");
    }

    /**
     * Whether this segment holds the section, by readelf's rule (ELF_SECTION_IN_SEGMENT_STRICT and
     * ELF_TBSS_SPECIAL): TLS sections only in TLS, RELRO and LOAD segments, .tbss in no segment but TLS,
     * only allocated sections in loaded segments, and file range and address range both inside.
     */
    public boolean contains(Section s) {
        boolean tls = s.has(Section.SHF_TLS);
        if (tls && s.noBits() && type != PT_TLS) return false;
        if (tls ? type != PT_TLS && type != PT_GNU_RELRO && type != PT_LOAD : type == PT_TLS) return false;
        if (!s.allocated() && (type == PT_LOAD || type == PT_GNU_RELRO)) return false;
        if (!s.noBits() && !within(s.offset(), s.size(), offset, fileSize)) return false;
        return !s.allocated() || within(s.address(), s.size(), address, memorySize);
    }

    /** start..start+size inside base..base+extent, a start at the very end excluded (unsigned, as binutils). */
    private static boolean within(long start, long size, long base, long extent) {
        if (Long.compareUnsigned(start, base) < 0) return false;
        long rel = start - base;
        return Long.compareUnsigned(rel, extent - 1) <= 0 && Long.compareUnsigned(size, extent - rel) <= 0;
    }
}
