package rustmem.elf;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed ELF file: its header, section headers, program headers and symbols. {@link #read} accepts
 * ELF32 and ELF64 in either byte order and answers every malformed input with an {@link ElfFormatException}.
 */
public record ElfFile(int elfClass, boolean littleEndian, int osAbi, int fileType, int machine, long entry,
                      List<Section> sections, List<Segment> segments, List<Symbol> symbols, List<String> warnings) {
    public static final int ET_REL = 1, ET_EXEC = 2, ET_DYN = 3, ET_CORE = 4;
    /** Section indices at and above this are reserved (SHN_LORESERVE); SHN_XINDEX means "look elsewhere". */
    private static final int SHN_LORESERVE = 0xff00, SHN_XINDEX = 0xffff;
    /** More headers than any real file has: a corrupt count must not make us allocate gigabytes. */
    private static final long MAX_HEADERS = 1 << 20;

    public static ElfFile read(byte[] data) throws ElfFormatException {
        if (data.length < 4 || data[0] != 0x7f || data[1] != 'E' || data[2] != 'L' || data[3] != 'F') {
            throw new ElfFormatException("not an ELF file (it does not start with the bytes 7f 45 4c 46, \"\\x7fELF\")");
        }
        if (data.length < 16) throw new ElfFormatException("truncated ELF file: the identification needs 16 bytes");
        int cls = data[4];
        int enc = data[5];
        if (cls != 1 && cls != 2) throw new ElfFormatException("unknown ELF class " + cls + " (expected 1 = ELF32 or 2 = ELF64)");
        if (enc != 1 && enc != 2) {
            throw new ElfFormatException("unknown ELF data encoding " + enc + " (expected 1 = little or 2 = big endian)");
        }
        ElfBytes b = new ElfBytes(data, enc == 1, cls == 2);
        int w = b.wordSize();
        int ehSize = cls == 2 ? 64 : 52;
        b.require(0, ehSize, "the ELF header");
        int type = b.u16(16);
        int machine = b.u16(18);
        long entry = b.word(24);
        long phoff = b.word(24 + w);
        long shoff = b.word(24 + 2 * w);
        int fieldBase = 24 + 3 * w + 4;   // after e_entry, e_phoff, e_shoff, e_flags
        int phentsize = b.u16(fieldBase + 2);
        long phnum = b.u16(fieldBase + 4);
        int shentsize = b.u16(fieldBase + 6);
        long shnum = b.u16(fieldBase + 8);
        long shstrndx = b.u16(fieldBase + 10);
        List<String> warnings = new ArrayList<>();

        // Extended numbering: with 0xffff or more sections the real counts live in section header 0.
        int shdrSize = cls == 2 ? 64 : 40;
        if (shoff != 0 && (shnum == 0 || shstrndx == SHN_XINDEX)) {
            b.require(shoff, shdrSize, "section header 0");
            if (shnum == 0) shnum = b.word(shoff + 8 + 3 * w);
            if (shstrndx == SHN_XINDEX) shstrndx = b.u32(shoff + 8 + 4 * w);
        }
        if (shoff == 0) shnum = 0;
        if (shnum < 0 || shnum > MAX_HEADERS) throw new ElfFormatException("corrupt ELF header: " + Long.toUnsignedString(shnum) + " section headers");
        long[] nameOffsets = new long[(int) shnum];
        List<Section> sections = nameSections(b, readSectionHeaders(b, shoff, shnum, shentsize, shdrSize, nameOffsets),
            nameOffsets, shstrndx, warnings);

        int phdrSize = cls == 2 ? 56 : 32;
        if (phoff == 0) phnum = 0;
        List<Segment> segments = readProgramHeaders(b, phoff, phnum, phentsize, phdrSize);
        List<Symbol> symbols = new ArrayList<>();
        for (Section s : sections) {
            if (s.type() == Section.SHT_SYMTAB || s.type() == Section.SHT_DYNSYM) readSymbols(b, s, sections, symbols, warnings);
        }
        return new ElfFile(cls == 2 ? 64 : 32, enc == 1, data[7] & 0xff, type, machine, entry,
            List.copyOf(sections), List.copyOf(segments), List.copyOf(symbols), List.copyOf(warnings));
    }

    /** Reads the section headers, names still unknown: their string-table offsets go to {@code nameOffsets}. */
    private static List<Section> readSectionHeaders(ElfBytes b, long shoff, long shnum, int entsize, int minSize,
                                                    long[] nameOffsets) throws ElfFormatException {
        if (shnum == 0) return List.of();
        if (entsize < minSize) {
            throw new ElfFormatException("corrupt ELF header: section header size " + entsize + " is below " + minSize);
        }
        b.require(shoff, shnum * entsize, "the section header table (" + shnum + " entries)");
        int w = b.wordSize();
        List<Section> out = new ArrayList<>((int) shnum);
        for (int i = 0; i < shnum; i++) {
            long o = shoff + (long) i * entsize;
            nameOffsets[i] = b.u32(o);
            long type = b.u32(o + 4);
            long flags = b.word(o + 8);
            long addr = b.word(o + 8 + w);
            long off = b.word(o + 8 + 2 * w);
            long size = b.word(o + 8 + 3 * w);
            long link = b.u32(o + 8 + 4 * w);
            long info = b.u32(o + 12 + 4 * w);
            long align = b.word(o + 16 + 4 * w);
            long entSize = b.word(o + 16 + 5 * w);
            out.add(new Section(i, null, type, flags, addr, off, size, entSize, link, info, align));
        }
        return out;
    }

    private static List<Section> nameSections(ElfBytes b, List<Section> raw, long[] nameOffsets, long shstrndx,
                                              List<String> warnings) {
        Section strtab = shstrndx > 0 && shstrndx < raw.size() ? raw.get((int) shstrndx) : null;
        if (strtab == null && !raw.isEmpty()) warnings.add("no section name string table (e_shstrndx = " + shstrndx + ")");
        boolean strtabOk = strtab != null && strtab.type() != Section.SHT_NOBITS && strtab.offset() >= 0
            && strtab.offset() <= b.length();
        List<Section> out = new ArrayList<>(raw.size());
        for (Section s : raw) {
            String name = null;
            long nameOff = nameOffsets[s.index()];
            if (strtabOk && Long.compareUnsigned(nameOff, strtab.size()) < 0) {
                long room = b.length() - strtab.offset();
                long end = Long.compareUnsigned(strtab.size(), room) > 0 ? b.length() : strtab.offset() + strtab.size();
                name = b.cString(strtab.offset() + nameOff, end);
            }
            out.add(new Section(s.index(), name, s.type(), s.flags(), s.address(), s.offset(), s.size(), s.entrySize(),
                s.link(), s.info(), s.align()));
        }
        return out;
    }

    private static List<Segment> readProgramHeaders(ElfBytes b, long phoff, long phnum, int entsize, int minSize)
            throws ElfFormatException {
        if (phnum == 0) return List.of();
        if (entsize < minSize) {
            throw new ElfFormatException("corrupt ELF header: program header size " + entsize + " is below " + minSize);
        }
        b.require(phoff, phnum * entsize, "the program header table (" + phnum + " entries)");
        List<Segment> out = new ArrayList<>((int) phnum);
        for (int i = 0; i < phnum; i++) {
            long o = phoff + (long) i * entsize;
            long type = b.u32(o);
            if (b.is64) {
                out.add(new Segment(i, type, (int) b.u32(o + 4), b.u64(o + 8), b.u64(o + 16), b.u64(o + 32),
                    b.u64(o + 40), b.u64(o + 48)));
            } else {   // Elf32_Phdr puts p_flags after p_memsz
                out.add(new Segment(i, type, (int) b.u32(o + 24), b.u32(o + 4), b.u32(o + 8), b.u32(o + 16),
                    b.u32(o + 20), b.u32(o + 28)));
            }
        }
        return out;
    }

    /** Reads a symbol table; a corrupt one is skipped with a warning, since the section table is still useful. */
    private static void readSymbols(ElfBytes b, Section table, List<Section> sections, List<Symbol> out,
                                    List<String> warnings) {
        int entSize = b.is64 ? 24 : 16;
        Section strings = table.link() > 0 && table.link() < sections.size() ? sections.get((int) table.link()) : null;
        try {
            if (strings == null || strings.noBits()) throw new ElfFormatException("its string table is missing");
            b.require(table.offset(), table.size(), "symbol table " + table.displayName());
            b.require(strings.offset(), strings.size(), "string table " + strings.displayName());
        } catch (ElfFormatException e) {
            warnings.add("symbols of " + table.displayName() + " skipped: " + e.getMessage());
            return;
        }
        long count = table.size() / entSize;
        long strEnd = strings.offset() + strings.size();
        boolean dynamic = table.type() == Section.SHT_DYNSYM;
        for (long i = 1; i < count; i++) {   // entry 0 is the reserved null symbol
            long o = table.offset() + i * entSize;
            long nameOff = b.u32(o);
            int info, shndx;
            long value, size;
            if (b.is64) {
                info = b.u8(o + 4);
                shndx = b.u16(o + 6);
                value = b.u64(o + 8);
                size = b.u64(o + 16);
            } else {
                value = b.u32(o + 4);
                size = b.u32(o + 8);
                info = b.u8(o + 12);
                shndx = b.u16(o + 14);
            }
            String name = nameOff < strings.size() ? b.cString(strings.offset() + nameOff, strEnd) : null;
            if (name == null || name.isEmpty()) continue;
            out.add(new Symbol(name, value, size, info & 0xf, info >>> 4, shndx, dynamic));
        }
    }

    /** The section a symbol is defined in, or null for undefined, absolute and common symbols. */
    public Section sectionOf(Symbol s) {
        int i = s.sectionIndex();
        return i > 0 && i < SHN_LORESERVE && i < sections.size() ? sections.get(i) : null;
    }

    /** The symbols named {@code name}: as written, or demangled to it or to a path ending in {@code ::name}. */
    public List<Symbol> lookup(String name) {
        return symbols.stream().filter(s -> {
            if (s.name().equals(name)) return true;
            String d = Demangler.demangle(s.name());
            return d.equals(name) || d.endsWith("::" + name);
        }).toList();
    }

    /** The total of the section sizes GNU {@code size -A} lists. */
    public long sizeTotal() { return sections.stream().filter(Section::listedBySize).mapToLong(Section::size).sum(); }
}
