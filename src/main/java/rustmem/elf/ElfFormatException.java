package rustmem.elf;

/** The input is not an ELF file, or its headers point outside the file. */
public final class ElfFormatException extends Exception {
    public ElfFormatException(String message) {
        super(message);
    }
}
