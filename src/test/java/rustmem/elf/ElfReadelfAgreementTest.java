package rustmem.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * rustmem's ELF reader against binutils on files built here by rustc, cc and ld (32/64-bit, little and
 * big endian): every section's name, type, flags, address, offset, size, link, info and alignment as
 * readelf -S prints them; the sections and total of size -A; program headers and the sections each
 * loadable segment maps as readelf -l prints them; the symbols' addresses and sections as readelf -s.
 */
class ElfReadelfAgreementTest {
    static final List<String> FIXTURES = ElfFixtures.NAMES;

    private static ElfFile read(String name) throws ElfFormatException { return ElfFile.read(ElfFixtures.bytes(name)); }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void sectionHeadersAgreeWithReadelf(String name) throws Exception {
        ElfFile elf = read(name);
        List<String> expected = new ArrayList<>();
        for (String line : ElfFixtures.text(name, "readelf-S").lines().toList()) {
            if (!line.matches("\\s*\\[\\s*\\d+\\].*")) continue;
            String[] t = line.substring(line.indexOf(']') + 1).trim().split("\\s+");
            int idx = Integer.parseInt(line.substring(line.indexOf('[') + 1, line.indexOf(']')).trim());
            if (idx == 0) {   // the NULL entry has no name
                String[] r = new String[t.length + 1];
                r[0] = "";
                System.arraycopy(t, 0, r, 1, t.length);
                t = r;
            }
            String flags = t.length == 10 ? t[6] : "";
            int k = t.length == 10 ? 7 : 6;
            expected.add(String.join(" ", String.valueOf(idx), t[0], t[1], Long.toHexString(Long.parseLong(t[2], 16)),
                Long.toHexString(Long.parseLong(t[3], 16)), Long.toHexString(Long.parseLong(t[4], 16)),
                Long.toHexString(Long.parseLong(t[5], 16)), flags, t[k], t[k + 1], t[k + 2]));
        }
        List<String> actual = elf.sections().stream().map(s -> String.join(" ", String.valueOf(s.index()),
            s.displayName(), ElfNames.sectionType(s.type(), elf.machine()), Long.toHexString(s.address()),
            Long.toHexString(s.offset()), Long.toHexString(s.size()), Long.toHexString(s.entrySize()),
            ElfNames.sectionFlags(s.flags(), elf.machine(), elf.osAbi()), String.valueOf(s.link()),
            String.valueOf(s.info()), String.valueOf(s.align()))).toList();
        assertTrue(expected.size() > 3, "parsed readelf's table");
        assertEquals(expected, actual);
        String header = ElfFixtures.text(name, "readelf-S");
        assertEquals(header.contains("Address          Off"), elf.elfClass() == 64, "ELF class");
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void sizesAndTotalAgreeWithSizeA(String name) throws Exception {
        ElfFile elf = read(name);
        List<String> expected = new ArrayList<>();
        String total = null;
        for (String line : ElfFixtures.text(name, "size-A").lines().toList()) {
            String[] t = line.trim().split("\\s+");
            if (t.length == 2 && t[0].equals("Total")) total = t[1];
            else if (t.length == 3 && t[0].startsWith(".")) expected.add(String.join(" ", t));
        }
        List<String> actual = elf.sections().stream().filter(Section::listedBySize)
            .map(s -> s.displayName() + " " + s.size() + " " + s.address()).toList();
        assertEquals(expected, actual);
        assertEquals(total, String.valueOf(elf.sections().stream().filter(Section::listedBySize).mapToLong(Section::size).sum()));
    }

    private static final Pattern PHDR = Pattern.compile(
        "\\s+([A-Z_]+)\\s+0x([0-9a-f]+) 0x([0-9a-f]+) 0x[0-9a-f]+ 0x([0-9a-f]+) 0x([0-9a-f]+) (R?W?E?)\\s*(R?W?E?)\\s*0x[0-9a-f]+\\s*");
    private static final Pattern ENTRY = Pattern.compile("Entry point 0x([0-9a-f]+)");

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void segmentsAndTheirSectionsAgreeWithReadelf(String name) throws Exception {
        ElfFile elf = read(name);
        String text = ElfFixtures.text(name, "readelf-l");
        if (text.contains("no program headers")) {
            assertEquals(List.of(), elf.segments());
            return;
        }
        Matcher entry = ENTRY.matcher(text);
        assertTrue(entry.find());
        assertEquals(Long.parseLong(entry.group(1), 16), elf.entry());
        List<String> lines = text.lines().toList();
        List<String> expected = new ArrayList<>();
        int mapping = lines.indexOf(" Section to Segment mapping:");
        int segment = 0;
        for (String line : lines.subList(0, mapping)) {
            Matcher m = PHDR.matcher(line);
            if (!m.matches()) continue;
            String perms = (m.group(6) + m.group(7)).replace("E", "X");
            String sections = lines.get(mapping + 2 + segment).substring(5).trim();
            segment++;
            if (!m.group(1).equals("LOAD")) continue;
            expected.add(String.join(" ", perms, m.group(2), m.group(3), m.group(4), m.group(5), "|", sections));
        }
        List<String> actual = new ArrayList<>();
        for (Segment p : elf.segments()) {
            if (p.type() != Segment.PT_LOAD) continue;
            String sections = String.join(" ", elf.sections().stream().filter(p::contains).map(Section::displayName).toList());
            int width = elf.elfClass() == 64 ? 16 : 8;
            actual.add(String.join(" ", p.permissions(), String.format("%06x", p.offset()),
                String.format("%0" + width + "x", p.address()), String.format("%0" + (width == 16 ? 6 : 5) + "x", p.fileSize()),
                String.format("%0" + (width == 16 ? 6 : 5) + "x", p.memorySize()), "|", sections));
        }
        assertTrue(!expected.isEmpty(), "parsed readelf's program headers");
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void symbolsAreFoundByTheirRustOrCName(String name) throws Exception {
        ElfFile elf = read(name);
        for (String line : ElfFixtures.text(name, "readelf-s").lines().toList()) {
            String[] t = line.trim().split("\\s+");
            long value = Long.parseLong(t[1], 16);
            int section = Integer.parseInt(t[6]);
            String mangled = t[7];
            String shortName = Demangler.demangle(mangled);
            shortName = shortName.substring(shortName.lastIndexOf(':') + 1);
            assertTrue(elf.lookup(shortName).stream().anyMatch(s -> s.name().equals(mangled) && s.value() == value
                && s.sectionIndex() == section && elf.sectionOf(s).index() == section), line);
        }
    }
}
