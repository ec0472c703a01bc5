package rustmem.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import rustmem.elf.Demangler;
import rustmem.elf.ElfFile;
import rustmem.elf.ElfNames;
import rustmem.elf.Section;
import rustmem.elf.Segment;
import rustmem.elf.Symbol;
import rustmem.link.Placement;
import rustmem.link.ProgramImage;

/** The section table as the JSON document described in docs/JSON.md. */
public final class SectionsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SectionsJson() {}

    /** A real file's table (image null) or a simulated image's, with its contents. */
    public static String render(String file, ElfFile elf, ProgramImage image) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", file);
        root.put("simulated", image != null);
        if (image != null) root.put("target", image.target().dataLayout.name());
        root.put("class", elf.elfClass());
        root.put("endian", elf.littleEndian() ? "little" : "big");
        root.put("machine", ElfNames.machine(elf.machine()));
        root.put("fileType", ElfNames.fileType(elf.fileType()));
        root.put("entry", elf.entry());
        ArrayNode sections = root.putArray("sections");
        for (Section s : elf.sections()) {
            ObjectNode n = sections.addObject();
            n.put("index", s.index());
            n.put("name", s.displayName());
            n.put("type", ElfNames.sectionType(s.type(), elf.machine()));
            n.put("flags", ElfNames.sectionFlags(s.flags(), elf.machine(), elf.osAbi()));
            n.put("address", s.address());
            n.put("offset", s.offset());
            n.put("size", s.size());
            n.put("align", s.align());
            n.put("entrySize", s.entrySize());
        }
        ArrayNode segments = root.putArray("segments");
        for (Segment p : elf.segments()) {
            if (p.type() != Segment.PT_LOAD) continue;
            ObjectNode n = segments.addObject();
            n.put("permissions", p.permissions());
            n.put("address", p.address());
            n.put("offset", p.offset());
            n.put("fileSize", p.fileSize());
            n.put("memorySize", p.memorySize());
            ArrayNode names = n.putArray("sections");
            elf.sections().stream().filter(p::contains).forEach(s -> names.add(s.displayName()));
        }
        root.put("total", elf.sizeTotal());
        if (image != null) {
            ArrayNode contents = root.putArray("contents");
            for (Placement p : image.placements()) contents.add(placement(p));
        }
        if (!elf.warnings().isEmpty()) {
            ArrayNode w = root.putArray("warnings");
            elf.warnings().forEach(w::add);
        }
        return write(root);
    }

    public static String symbols(ElfFile elf, List<Symbol> matches) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Symbol s : matches) {
            ObjectNode n = out.addObject();
            n.put("name", Demangler.demangle(s.name()));
            n.put("mangled", s.name());
            Section sec = elf.sectionOf(s);
            if (sec != null) n.put("section", sec.displayName());
            else n.putNull("section");
            n.put("address", s.value());
            n.put("size", s.size());
            n.put("type", s.typeName());
            n.put("binding", s.bindingName());
        }
        return write(out);
    }

    public static String placements(List<Placement> matches) {
        ArrayNode out = MAPPER.createArrayNode();
        matches.forEach(p -> out.add(placement(p)));
        return write(out);
    }

    private static ObjectNode placement(Placement p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", p.kind().name().toLowerCase());
        n.put("name", p.name());
        if (p.section() == null) {
            n.putNull("section");
        } else {
            n.put("section", p.section());
            n.put("address", p.address());
            n.put("size", p.size());
            n.put("align", p.align());
        }
        n.put("detail", p.detail());
        if (p.line() > 0) n.put("line", p.line());
        return n;
    }

    private static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
