package rustmem.link;

/**
 * One thing the program puts in its image: a function, a string literal, a static, a vtable, the vector table.
 * Consts have no address (they are inlined at each use): their section is null. {@code line} is the
 * source line it comes from, 0 for what the toolchain adds.
 */
public record Placement(Kind kind, String name, String section, long address, long size, long align, String detail,
                        int line) {
    public enum Kind { VECTOR_TABLE, FUNCTION, STRING_LITERAL, STATIC, VTABLE, CONST }
}
