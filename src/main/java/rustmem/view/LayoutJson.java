package rustmem.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import rustmem.layout.LayoutReport;

/** Renders layout reports as the JSON document described in docs/JSON.md. */
public final class LayoutJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LayoutJson() {}

    public static String render(String target, List<LayoutReport> reports, List<String> notes) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("target", target);
        ArrayNode types = root.putArray("types");
        for (LayoutReport r : reports) types.add(type(r));
        if (!notes.isEmpty()) {
            ArrayNode notesNode = root.putArray("notes");
            notes.forEach(notesNode::add);
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode type(LayoutReport r) {
        ObjectNode t = MAPPER.createObjectNode();
        t.put("name", r.name());
        t.put("kind", r.kind());
        t.put("type", r.type());
        t.put("size", r.size());
        t.put("align", r.align());
        t.put("uninhabited", r.uninhabited());
        ArrayNode fields = t.putArray("fields");
        for (LayoutReport.Field f : r.fields()) fields.add(field(f));
        if (!r.variants().isEmpty()) {
            ArrayNode variants = t.putArray("variants");
            for (LayoutReport.Variant v : r.variants()) {
                ObjectNode vn = variants.addObject();
                vn.put("name", v.name());
                vn.put("discriminant", v.discriminant());
                if (v.tagValue() != null) vn.put("tag_value", v.tagValue());
                vn.put("size", v.size());
                vn.put("absent", v.absent());
                ArrayNode vf = vn.putArray("fields");
                for (LayoutReport.Field f : v.fields()) vf.add(field(f));
            }
        }
        if (r.tag() != null) {
            ObjectNode tag = t.putObject("tag");
            tag.put("offset", r.tag().offset());
            tag.put("size", r.tag().size());
            tag.put("type", r.tag().primitive());
            tag.put("encoding", r.tag().encoding());
            tag.put("valid_start", r.tag().validRange().start());
            tag.put("valid_end", r.tag().validRange().end());
            if (r.tag().untaggedVariant() != null) tag.put("untagged_variant", r.tag().untaggedVariant());
        }
        if (r.niche() != null) {
            ObjectNode n = t.putObject("niche");
            n.put("offset", r.niche().offset());
            n.put("size", r.niche().size());
            n.put("type", r.niche().primitive());
            n.put("valid_start", r.niche().validRange().start());
            n.put("valid_end", r.niche().validRange().end());
            n.put("available", r.niche().available());
        }
        return t;
    }

    private static ObjectNode field(LayoutReport.Field f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", f.name());
        n.put("type", f.type());
        n.put("offset", f.offset());
        n.put("size", f.size());
        return n;
    }
}
