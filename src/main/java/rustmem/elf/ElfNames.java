package rustmem.elf;

/** The names readelf gives to ELF's numbers: section types, section flags, file types and machines. */
public final class ElfNames {
    private ElfNames() {}

    public static final int EM_386 = 3, EM_ARM = 40, EM_X86_64 = 62, EM_AARCH64 = 183, EM_RISCV = 243;
    private static final int ELFOSABI_GNU = 3, ELFOSABI_FREEBSD = 9;

    /** readelf -S's "Type" column. */
    public static String sectionType(long type, int machine) {
        return switch ((int) type) {
            case 0 -> "NULL";
            case 1 -> "PROGBITS";
            case 2 -> "SYMTAB";
            case 3 -> "STRTAB";
            case 4 -> "RELA";
            case 5 -> "HASH";
            case 6 -> "DYNAMIC";
            case 7 -> "NOTE";
            case 8 -> "NOBITS";
            case 9 -> "REL";
            case 10 -> "SHLIB";
            case 11 -> "DYNSYM";
            case 14 -> "INIT_ARRAY";
            case 15 -> "FINI_ARRAY";
            case 16 -> "PREINIT_ARRAY";
            case 17 -> "GROUP";
            case 18 -> "SYMTAB SECTION INDICES";
            case 19 -> "RELR";
            case 0x6ffffff5 -> "GNU_ATTRIBUTES";
            case 0x6ffffff6 -> "GNU_HASH";
            case 0x6ffffff7 -> "GNU_LIBLIST";
            case 0x6ffffffd -> "VERDEF";
            case 0x6ffffffe -> "VERNEED";
            case 0x6fffffff -> "VERSYM";
            case 0x6fff4c00 -> "LLVM_ODRTAB";
            case 0x6fff4c01 -> "LLVM_LINKER_OPTIONS";
            case 0x6fff4c03 -> "LLVM_ADDRSIG";
            case 0x6fff4c04 -> "LLVM_DEPENDENT_LIBRARIES";
            case 0x6fff4c05 -> "LLVM_SYMPART";
            case 0x6fff4c0a -> "LLVM_BB_ADDR_MAP";
            case 0x70000001 -> machine == EM_X86_64 ? "X86_64_UNWIND" : machine == EM_ARM ? "ARM_EXIDX" : "LOPROC+0x1";
            case 0x70000003 -> machine == EM_ARM ? "ARM_ATTRIBUTES" : machine == EM_RISCV ? "RISCV_ATTRIBUTES" : "LOPROC+0x3";
            default -> String.format("%08x: <unknown>", type);
        };
    }

    /**
     * readelf -S's "Flg" column: one letter per known flag in bit order, then {@code o}, {@code p} and
     * {@code x} once each for unknown OS-specific, processor-specific and other bits.
     */
    public static String sectionFlags(long flags, int machine, int osAbi) {
        StringBuilder sb = new StringBuilder();
        boolean os = false, proc = false, unknown = false;
        for (long rest = flags; rest != 0; ) {
            long bit = rest & -rest;
            rest &= ~bit;
            char c = switch ((int) bit) {
                case 0x1 -> 'W';
                case 0x2 -> 'A';
                case 0x4 -> 'X';
                case 0x10 -> 'M';
                case 0x20 -> 'S';
                case 0x40 -> 'I';
                case 0x80 -> 'L';
                case 0x100 -> 'O';
                case 0x200 -> 'G';
                case 0x400 -> 'T';
                case 0x800 -> 'C';
                case 0x80000000 -> 'E';
                default -> 0;
            };
            if (bit == 0x200000 && (osAbi == ELFOSABI_GNU || osAbi == ELFOSABI_FREEBSD)) c = 'R';   // SHF_GNU_RETAIN
            else if (bit == 0x10000000 && machine == EM_X86_64) c = 'l';   // SHF_X86_64_LARGE
            else if (bit == 0x20000000 && machine == EM_ARM) c = 'y';   // SHF_ARM_PURECODE
            if (c != 0) sb.append(c);
            else if ((bit & 0x0ff00000L) != 0) os = true;
            else if ((bit & 0xf0000000L) != 0) proc = true;
            else unknown = true;
        }
        if (os) sb.append('o');
        if (proc) sb.append('p');
        if (unknown) sb.append('x');
        return sb.toString();
    }

    public static String fileType(int type) {
        return switch (type) {
            case 0 -> "NONE";
            case ElfFile.ET_REL -> "REL (relocatable object)";
            case ElfFile.ET_EXEC -> "EXEC (executable)";
            case ElfFile.ET_DYN -> "DYN (position-independent executable or shared object)";
            case ElfFile.ET_CORE -> "CORE (core dump)";
            default -> "type " + type;
        };
    }

    public static String machine(int machine) {
        return switch (machine) {
            case 0 -> "no machine";
            case EM_386 -> "i386";
            case EM_ARM -> "ARM";
            case EM_X86_64 -> "x86-64";
            case EM_AARCH64 -> "AArch64";
            case EM_RISCV -> "RISC-V";
            case 8 -> "MIPS";
            case 20 -> "PowerPC";
            case 21 -> "PowerPC64";
            case 22 -> "S/390";
            case 43 -> "SPARC v9";
            default -> "machine " + machine;
        };
    }

    public static String segmentType(long type) {
        return switch ((int) type) {
            case 0 -> "NULL";
            case 1 -> "LOAD";
            case 2 -> "DYNAMIC";
            case 3 -> "INTERP";
            case 4 -> "NOTE";
            case 6 -> "PHDR";
            case 7 -> "TLS";
            case 0x6474e550 -> "GNU_EH_FRAME";
            case 0x6474e551 -> "GNU_STACK";
            case 0x6474e552 -> "GNU_RELRO";
            case 0x6474e553 -> "GNU_PROPERTY";
            default -> String.format("0x%x", type);
        };
    }
}
