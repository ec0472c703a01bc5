package rustmem.view;

import java.util.ArrayList;
import java.util.List;
import rustmem.elf.Demangler;
import rustmem.elf.ElfFile;
import rustmem.elf.ElfNames;
import rustmem.elf.Section;
import rustmem.elf.Segment;
import rustmem.elf.Symbol;
import rustmem.link.Placement;
import rustmem.link.ProgramImage;

/**
 * The section table as text: one row per section (addresses in hex as readelf -S prints them, sizes in
 * decimal as size -A does), the loadable segments with the sections each maps, and size -A's total.
 */
public final class SectionsText {
    private SectionsText() {}

    public static String render(String label, ElfFile elf) {
        StringBuilder sb = new StringBuilder();
        sb.append(label).append(": ").append(describe(elf)).append("\n\n");
        table(sb, elf);
        segments(sb, elf);
        long total = elf.sizeTotal();
        long counted = elf.sections().stream().filter(Section::listedBySize).count();
        sb.append("\nTotal ").append(total).append(" bytes in ").append(counted)
            .append(counted == 1 ? " section" : " sections").append(" (as size -A counts)\n");
        for (String w : elf.warnings()) sb.append("warning: ").append(w).append('\n');
        return sb.toString();
    }

    public static String describe(ElfFile elf) {
        return "ELF" + elf.elfClass() + " " + (elf.littleEndian() ? "little" : "big") + "-endian, "
            + ElfNames.machine(elf.machine()) + ", " + ElfNames.fileType(elf.fileType())
            + String.format(", entry point 0x%x", elf.entry());
    }

    private static void table(StringBuilder sb, ElfFile elf) {
        int nameWidth = Math.max(17, elf.sections().stream().mapToInt(s -> s.displayName().length()).max().orElse(0));
        int addrWidth = elf.elfClass() == 64 ? 16 : 8;
        sb.append(String.format("  [Nr] %-" + nameWidth + "s %-15s %-4s %-" + addrWidth + "s %-8s %10s %6s%n",
            "Name", "Type", "Flg", "Address", "Offset", "Size", "Align"));
        for (Section s : elf.sections()) {
            sb.append(String.format("  [%2d] %-" + nameWidth + "s %-15s %-4s %0" + addrWidth + "x %08x %10d %6d%n",
                s.index(), s.displayName(), ElfNames.sectionType(s.type(), elf.machine()),
                ElfNames.sectionFlags(s.flags(), elf.machine(), elf.osAbi()), s.address(), s.offset(), s.size(), s.align()));
        }
    }

    private static void segments(StringBuilder sb, ElfFile elf) {
        List<Segment> loads = elf.segments().stream().filter(p -> p.type() == Segment.PT_LOAD).toList();
        if (loads.isEmpty()) {
            sb.append("\nNo program headers: a relocatable file, not mapped as it stands.\n");
            return;
        }
        sb.append("\nLoaded segments (what the loader maps, with which permissions):\n");
        for (Segment p : loads) {
            List<String> names = new ArrayList<>();
            long bytes = 0;
            for (Section s : elf.sections()) {
                if (p.contains(s)) {
                    names.add(s.displayName());
                    bytes += s.size();
                }
            }
            sb.append(String.format("  %-3s 0x%0" + (elf.elfClass() == 64 ? 16 : 8) + "x  %d bytes in memory, %d in the "
                    + "file, %d in its sections:%n      %s%n", p.permissions(), p.address(), p.memorySize(), p.fileSize(),
                bytes, names.isEmpty() ? "(no section: the ELF and program headers)" : String.join(" ", names)));
        }
    }

    /** What the program put in each section of its simulated image, then the consts that have no address. */
    public static String contents(ProgramImage image) {
        StringBuilder sb = new StringBuilder("\nContents:\n");
        int width = image.table().elfClass() == 64 ? 16 : 8;
        String section = null;
        for (Placement p : image.placements()) {
            if (p.section() == null) continue;
            if (!p.section().equals(section)) {
                section = p.section();
                sb.append("  ").append(section).append('\n');
            }
            sb.append(String.format("    0x%0" + width + "x %8d  %-14s %s  %s%n", p.address(), p.size(), kind(p),
                show(p), p.detail()));
        }
        List<Placement> consts = image.placements().stream().filter(p -> p.section() == null).toList();
        if (!consts.isEmpty()) {
            sb.append("  no address (consts are copied into the code at each use):\n");
            for (Placement p : consts) sb.append("    const ").append(p.name()).append("  ").append(p.detail()).append('\n');
        }
        sb.append("\nCode sizes are modelled (rustmem does not generate machine code); a real binary also holds the "
            + "standard library's code and data.\n");
        return sb.toString();
    }

    private static String kind(Placement p) {
        return switch (p.kind()) {
            case VECTOR_TABLE -> "vector table";
            case FUNCTION -> "fn";
            case STRING_LITERAL -> "string literal";
            case STATIC -> "static";
            case VTABLE -> "vtable";
            case CONST -> "const";
        };
    }

    private static String show(Placement p) {
        return p.kind() == Placement.Kind.STRING_LITERAL ? quote(p.name()) : p.name();
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) sb.append(String.format("\\u{%x}", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /** The symbols of a real ELF file that match a name, with the section that holds each. */
    public static String symbols(ElfFile elf, String name, List<Symbol> matches) {
        if (matches.isEmpty()) return "no symbol named `" + name + "`\n";
        StringBuilder sb = new StringBuilder();
        int width = elf.elfClass() == 64 ? 16 : 8;
        for (Symbol s : matches) {
            Section sec = elf.sectionOf(s);
            String where = sec != null ? sec.displayName() + " [" + sec.index() + "]"
                : s.sectionIndex() == 0 ? "undefined (provided by a shared library)"
                : s.sectionIndex() == 0xfff1 ? "absolute" : "section index " + s.sectionIndex();
            String demangled = Demangler.demangle(s.name());
            sb.append(String.format("%s  %s  0x%0" + width + "x  %d bytes  %s %s%s%s%n", demangled, where, s.value(),
                s.size(), s.typeName(), s.bindingName(), s.dynamic() ? " (dynamic)" : "",
                demangled.equals(s.name()) ? "" : "  [" + s.name() + "]"));
        }
        return sb.toString();
    }

    /** A simulated image's placements that match a name. */
    public static String placements(ProgramImage image, String name, List<Placement> matches) {
        if (matches.isEmpty()) return "no function, static or const named `" + name + "`\n";
        StringBuilder sb = new StringBuilder();
        int width = image.table().elfClass() == 64 ? 16 : 8;
        for (Placement p : matches) {
            if (p.section() == null) {
                sb.append(kind(p)).append(' ').append(p.name()).append("  no address: ").append(p.detail()).append('\n');
            } else {
                sb.append(String.format("%s %s  %s  0x%0" + width + "x  %d bytes  %s%n", kind(p), p.name(), p.section(),
                    p.address(), p.size(), p.detail()));
            }
        }
        return sb.toString();
    }
}
