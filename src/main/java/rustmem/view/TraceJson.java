package rustmem.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import rustmem.trace.Snapshot;
import rustmem.trace.TraceEvent;
import rustmem.trace.Value;

/** A trace as the JSON document of docs/trace-format.md (addresses as "0x…" strings). */
public final class TraceJson {
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TraceJson() {}

    /** The whole document: the run's outcome, its events and snapshots. */
    public static String render(String program, int exit, long steps, List<TraceEvent> events, long eventsLeftOut,
                                List<Snapshot> snapshots, long snapshotsLeftOut, String stdout, String stderr, String error) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "rustmem-trace");
        root.put("version", VERSION);
        root.put("program", program);
        root.put("exit", exit);
        root.put("steps", steps);
        root.put("stdout", stdout);
        root.put("stderr", stderr);
        if (error != null) root.put("error", error);
        ArrayNode evs = root.putArray("events");
        for (TraceEvent e : events) evs.add(event(e));
        root.put("eventsLeftOut", eventsLeftOut);
        ArrayNode snaps = root.putArray("snapshots");
        for (Snapshot s : snapshots) snaps.add(snapshot(s));
        root.put("snapshotsLeftOut", snapshotsLeftOut);
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(long a) { return ValueText.hex(a); }

    static ObjectNode event(TraceEvent e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("step", e.step());
        switch (e) {
            case TraceEvent.Line l -> {
                n.put("kind", "line");
                n.put("thread", l.thread());
                n.put("frame", l.frame());
                n.put("fn", l.fn());
                n.put("line", l.line());
                if (l.resumed()) n.put("resumed", true);
            }
            case TraceEvent.Call c -> {
                n.put("kind", "call");
                n.put("thread", c.thread());
                n.put("frame", c.frame());
                n.put("fn", c.fn());
                n.put("std", c.std());
                n.put("base", hex(c.base()));
                n.put("size", c.size());
            }
            case TraceEvent.Return r -> {
                n.put("kind", "return");
                n.put("thread", r.thread());
                n.put("frame", r.frame());
                n.put("fn", r.fn());
                n.put("std", r.std());
                n.put("unwinding", r.unwinding());
            }
            case TraceEvent.Storage s -> {
                n.put("kind", s.live() ? "init" : "dead");
                n.put("frame", s.frame());
                n.put("local", s.local());
                n.put("type", s.type());
                n.put("addr", hex(s.addr()));
                n.put("size", s.size());
                if (s.value() != null) n.set("value", value(s.value()));
            }
            case TraceEvent.Move m -> {
                n.put("kind", "move");
                n.put("frame", m.frame());
                n.put("local", m.local());
                n.put("addr", hex(m.addr()));
            }
            case TraceEvent.Drop d -> {
                n.put("kind", "drop");
                n.put("type", d.type());
                n.put("addr", hex(d.addr()));
            }
            case TraceEvent.Alloc a -> {
                n.put("kind", "alloc");
                n.put("addr", hex(a.addr()));
                n.put("size", a.size());
                n.put("chunk", a.chunk());
                n.put("mmap", a.mmap());
                if (a.site() != null) n.put("site", a.site().toString());
            }
            case TraceEvent.Free f -> {
                n.put("kind", "free");
                n.put("addr", hex(f.addr()));
                n.put("size", f.size());
                if (f.site() != null) n.put("site", f.site().toString());
            }
            case TraceEvent.Realloc r -> {
                n.put("kind", "realloc");
                n.put("from", hex(r.from()));
                n.put("to", hex(r.to()));
                n.put("oldSize", r.oldSize());
                n.put("size", r.size());
                if (r.site() != null) n.put("site", r.site().toString());
            }
            case TraceEvent.Output o -> {
                n.put("kind", "output");
                n.put("fd", o.fd());
                n.put("text", o.text());
            }
            case TraceEvent.Panic p -> {
                n.put("kind", "panic");
                n.put("thread", p.thread());
            }
        }
        return n;
    }

    public static ObjectNode snapshot(Snapshot s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("step", s.step());
        n.put("line", s.line());
        n.put("thread", s.thread());
        n.put("fn", s.fn());
        ArrayNode threads = n.putArray("threads");
        for (Snapshot.ThreadState t : s.threads()) {
            ObjectNode tn = threads.addObject();
            tn.put("name", t.name());
            ArrayNode frames = tn.putArray("frames");
            for (Snapshot.FrameState f : t.frames()) {
                ObjectNode fn = frames.addObject();
                fn.put("id", f.id());
                fn.put("fn", f.fn());
                fn.put("std", f.std());
                fn.put("base", hex(f.base()));
                fn.put("size", f.size());
                fn.put("line", f.line());
                ArrayNode locals = fn.putArray("locals");
                for (Snapshot.LocalState l : f.locals()) {
                    ObjectNode ln = locals.addObject();
                    ln.put("name", l.name());
                    ln.put("type", l.type());
                    ln.put("addr", hex(l.addr()));
                    ln.put("size", l.size());
                    ln.put("state", l.state().name().toLowerCase());
                    if (l.value() != null) ln.set("value", value(l.value()));
                    ln.put("bytes", java.util.HexFormat.of().formatHex(l.bytes()));
                }
            }
        }
        ArrayNode heap = n.putArray("heap");
        for (Snapshot.HeapBlock b : s.heap()) {
            ObjectNode bn = heap.addObject();
            bn.put("addr", hex(b.addr()));
            bn.put("size", b.size());
            bn.put("chunk", b.chunk());
            bn.put("mmap", b.mmap());
            bn.put("runtime", b.runtime());
            if (b.site() != null) bn.put("site", b.site());
            bn.put("bytes", java.util.HexFormat.of().formatHex(b.bytes()));
            if (b.type() != null) {
                bn.put("type", b.type());
                bn.set("value", value(b.value()));
            }
        }
        ArrayNode statics = n.putArray("statics");
        for (Snapshot.Static st : s.statics()) {
            ObjectNode sn = statics.addObject();
            sn.put("section", st.section());
            sn.put("addr", hex(st.addr()));
            sn.put("size", st.size());
            sn.put("label", st.label());
            if (st.type() != null) sn.put("type", st.type());
            if (st.value() != null) sn.set("value", value(st.value()));
        }
        return n;
    }

    static ObjectNode value(Value v) {
        ObjectNode n = MAPPER.createObjectNode();
        switch (v) {
            case Value.Scalar s -> {
                n.put("kind", "scalar");
                n.put("text", s.text());
            }
            case Value.Pointer p -> {
                n.put("kind", "pointer");
                n.put("addr", hex(p.addr()));
                n.put("pointee", p.pointee());
                if (p.meta() == Value.Meta.LENGTH) n.put("len", p.metaValue());
                if (p.meta() == Value.Meta.VTABLE) n.put("vtable", hex(p.metaValue()));
                if (p.text() != null) n.put("text", p.text());
            }
            case Value.Composite c -> {
                n.put("kind", "composite");
                if (c.name() != null) n.put("name", c.name());
                n.put("tupleLike", c.tupleLike());
                ArrayNode fs = n.putArray("fields");
                for (Value.Field f : c.fields()) {
                    ObjectNode fnode = fs.addObject();
                    fnode.put("name", f.name());
                    fnode.set("value", value(f.value()));
                }
            }
            case Value.Elements e -> {
                n.put("kind", "elements");
                n.put("total", e.total());
                ArrayNode shown = n.putArray("shown");
                for (Value x : e.shown()) shown.add(value(x));
            }
            case Value.Text t -> {
                n.put("kind", "text");
                n.put("text", t.text());
            }
            case Value.Bytes b -> {
                n.put("kind", "bytes");
                StringBuilder hexs = new StringBuilder();
                for (byte x : b.bytes()) hexs.append(String.format("%02x", x & 0xff));
                n.put("hex", hexs.toString());
            }
        }
        return n;
    }
}
