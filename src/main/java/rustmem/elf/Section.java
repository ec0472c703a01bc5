package rustmem.elf;

/**
 * One section header (Elf32_Shdr / Elf64_Shdr), also used for the sections of a simulated image.
 * {@code name} is null when the header's name offset does not point into the string table.
 */
public record Section(int index, String name, long type, long flags, long address, long offset, long size,
                      long entrySize, long link, long info, long align) {
    public static final long SHT_NULL = 0, SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_RELA = 4,
        SHT_NOBITS = 8, SHT_REL = 9, SHT_DYNSYM = 11, SHT_GROUP = 17;
    public static final long SHF_WRITE = 0x1, SHF_ALLOC = 0x2, SHF_EXECINSTR = 0x4, SHF_TLS = 0x400;

    public String displayName() { return name == null ? "<corrupt>" : name; }

    public boolean has(long flag) { return (flags & flag) != 0; }

    /** Occupies memory when the program runs (SHF_ALLOC). */
    public boolean allocated() { return has(SHF_ALLOC); }

    /** Occupies no bytes in the file (SHT_NOBITS: .bss, .tbss). */
    public boolean noBits() { return type == SHT_NOBITS; }

    /**
     * Whether GNU {@code size -A} lists this section: BFD turns symbol and string tables that are not
     * loaded, relocation sections that are not loaded, and section groups into other things.
     */
    public boolean listedBySize() {
        if (index == 0 || type == SHT_NULL || type == SHT_SYMTAB || type == SHT_GROUP) return false;
        if (type == SHT_STRTAB || type == SHT_REL || type == SHT_RELA) return allocated();
        return true;
    }
}
