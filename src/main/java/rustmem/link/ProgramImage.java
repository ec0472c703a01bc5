package rustmem.link;

import java.util.List;
import rustmem.elf.ElfFile;

/**
 * The simulated executable image of a program: a section table shaped like a real ELF file's and what
 * the program put in each section. Addresses are those `run` and `trace` use.
 */
public record ProgramImage(ImageTarget target, ElfFile table, List<Placement> placements) {

    /** The placements whose name is {@code name} or ends with {@code ::name}. */
    public List<Placement> lookup(String name) {
        return placements.stream().filter(p -> p.name().equals(name) || p.name().endsWith("::" + name)).toList();
    }

    /** The address of a string literal's bytes in .rodata, or -1 when the image holds no such literal. */
    public long literalAddress(String text) {
        for (Placement p : placements) {
            if (p.kind() == Placement.Kind.STRING_LITERAL && p.name().equals(text)) return p.address();
        }
        return -1;
    }
}
