package rustmem.elf;

/** One symbol table entry; {@code sectionIndex} is st_shndx (0 = undefined, 0xfff1 = absolute). */
public record Symbol(String name, long value, long size, int type, int binding, int sectionIndex, boolean dynamic) {
    public static final int STT_NOTYPE = 0, STT_OBJECT = 1, STT_FUNC = 2, STT_SECTION = 3, STT_FILE = 4, STT_TLS = 6;

    public String typeName() {
        return switch (type) {
            case STT_NOTYPE -> "NOTYPE";
            case STT_OBJECT -> "OBJECT";
            case STT_FUNC -> "FUNC";
            case STT_SECTION -> "SECTION";
            case STT_FILE -> "FILE";
            case 5 -> "COMMON";
            case STT_TLS -> "TLS";
            case 10 -> "IFUNC";
            default -> "type " + type;
        };
    }

    public String bindingName() {
        return switch (binding) {
            case 0 -> "LOCAL";
            case 1 -> "GLOBAL";
            case 2 -> "WEAK";
            case 10 -> "UNIQUE";
            default -> "binding " + binding;
        };
    }
}
