package rustmem.view;

import java.util.ArrayList;
import java.util.List;
import rustmem.source.SourceFile;
import rustmem.trace.Snapshot;
import rustmem.trace.TraceEvent;
import rustmem.trace.Value;

/**
 * The terminal views of a trace: the run told step by step (each program line with what it did to memory),
 * and pictures of the memory at selected steps (each thread's frames and variables, the heap blocks, the static
 * blocks pointed to, and where each pointer points).
 */
public final class TraceText {
    private final SourceFile program;

    public TraceText(SourceFile program) { this.program = program; }

    // ------------------------------------------------------------------ the run, step by step

    public String events(List<TraceEvent> events) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < events.size(); i++) {
            TraceEvent e = events.get(i);
            if (e instanceof TraceEvent.Output o) {
                // one line for consecutive writes to the same stream (a panic message is many write calls)
                StringBuilder text = new StringBuilder(o.text());
                while (i + 1 < events.size() && events.get(i + 1) instanceof TraceEvent.Output n && n.fd() == o.fd()) {
                    text.append(n.text());
                    i++;
                }
                note(out, (o.fd() == 2 ? "stderr: " : "stdout: ") + ValueText.quote(text.toString()));
                continue;
            }
            switch (e) {
                case TraceEvent.Line l when l.resumed() -> out.append(String.format("          %s:%d  (back in %s)%n", l.fn(), l.line(), l.fn()));
                case TraceEvent.Line l -> out.append(String.format("step %-4d %s:%d  %s%n", l.step(), l.fn(), l.line(),
                    program.lineText(l.line()).strip()));
                case TraceEvent.Call c -> note(out, "call " + c.fn() + ": frame at " + ValueText.hex(c.base()) + ", " + bytes(c.size())
                    + thread(c.thread()));
                case TraceEvent.Return r -> note(out, (r.unwinding() ? "unwind out of " : "return from ") + r.fn() + ": frame popped"
                    + thread(r.thread()));
                case TraceEvent.Storage s -> note(out, s.live()
                    ? "`" + s.local() + "`: " + s.type() + " at " + ValueText.hex(s.addr()) + " (" + bytes(s.size()) + ") = "
                        + ValueText.format(s.value())
                    : "`" + s.local() + "` goes out of scope (" + ValueText.hex(s.addr()) + ")");
                case TraceEvent.Move mv -> note(out, "`" + mv.local() + "` moved out: the binding is invalid now");
                case TraceEvent.Drop d -> note(out, "drop " + d.type() + " at " + ValueText.hex(d.addr()));
                case TraceEvent.Alloc a -> note(out, "alloc " + bytes(a.size()) + " at " + ValueText.hex(a.addr()) + " ("
                    + (a.mmap() ? "mmap" : "chunk of " + bytes(a.chunk())) + ")");
                case TraceEvent.Free f -> note(out, "free " + bytes(f.size()) + " at " + ValueText.hex(f.addr()));
                case TraceEvent.Realloc r -> note(out, r.from() == r.to()
                    ? "realloc " + ValueText.hex(r.from()) + " in place: " + r.oldSize() + " → " + bytes(r.size())
                    : "realloc " + r.oldSize() + " → " + bytes(r.size()) + ": moved " + ValueText.hex(r.from()) + " → "
                        + ValueText.hex(r.to()) + " (old block freed)");
                case TraceEvent.Output o -> note(out, (o.fd() == 2 ? "stderr: " : "stdout: ") + ValueText.quote(o.text()));
                case TraceEvent.Panic p -> note(out, "panic: thread '" + p.thread() + "' unwinds");
            }
        }
        return out.toString();
    }

    private static String bytes(long n) { return n + (n == 1 ? " byte" : " bytes"); }

    private static String thread(String t) { return "main".equals(t) ? "" : " (thread " + t + ")"; }

    private static void note(StringBuilder out, String s) { out.append("           ").append(s).append('\n'); }

    // ------------------------------------------------------------------ pictures

    public String snapshot(Snapshot s) {
        StringBuilder out = new StringBuilder();
        String title = "── step " + s.step() + " · line " + s.line() + (s.fn() != null ? " in " + s.fn() : "") + " ";
        out.append(title).append("─".repeat(Math.max(3, 72 - title.length()))).append('\n');
        out.append("   ").append(s.line()).append(" | ").append(program.lineText(s.line()).strip()).append("\n\n");
        Targets targets = new Targets(s);
        for (Snapshot.ThreadState t : s.threads()) {
            out.append("stack of thread '").append(t.name()).append("' (grows down: the innermost frame is last)\n");
            int hiddenStd = 0;
            for (Snapshot.FrameState f : t.frames()) {
                if (f.std()) {
                    hiddenStd++;
                    continue;
                }
                if (hiddenStd > 0) out.append(String.format("  … %d frame%s of std%n", hiddenStd, hiddenStd == 1 ? "" : "s"));
                hiddenStd = 0;
                out.append(String.format("  %s  frame %s..%s (%s)%n", f.fn(), ValueText.hex(f.base()), ValueText.hex(f.base() + f.size()),
                    bytes(f.size())));
                for (Snapshot.LocalState l : f.locals()) {
                    out.append(String.format("    %-8s %-16s %s %4d B  ", l.name(), l.type(), ValueText.hex(l.addr()), l.size()));
                    switch (l.state()) {
                        case LIVE -> {
                            out.append(ValueText.format(l.value()));
                            out.append(targets.arrows(l.value()));
                        }
                        case UNINIT -> out.append("(not initialised yet)");
                        case MOVED -> out.append("(moved out: invalid)");
                        case DEAD -> out.append("(out of scope)");
                    }
                    out.append('\n');
                }
            }
            if (hiddenStd > 0) out.append(String.format("  … %d frame%s of std%n", hiddenStd, hiddenStd == 1 ? "" : "s"));
        }
        out.append('\n');
        List<Snapshot.HeapBlock> program = new ArrayList<>(), runtime = new ArrayList<>();
        for (Snapshot.HeapBlock b : s.heap()) (b.runtime() ? runtime : program).add(b);
        out.append("heap: ").append(program.isEmpty() ? "no blocks of the program" : program.size() + " block" + (program.size() == 1 ? "" : "s")
            + " of the program").append(runtime.isEmpty() ? "" : " (and " + runtime.size() + " of Rust's runtime, not shown)").append('\n');
        for (Snapshot.HeapBlock b : program) {
            out.append(String.format("  %s  %5d B (chunk %d)  ", ValueText.hex(b.addr()), b.size(), b.chunk()));
            if (b.type() != null) out.append(b.type()).append(" = ").append(ValueText.format(b.value())).append(targets.arrows(b.value()));
            else out.append("(no typed pointer to it)");
            if (b.site() != null) out.append("   allocated at ").append(b.site());
            out.append('\n');
        }
        if (!s.statics().isEmpty()) {
            out.append("\nstatic memory (the program's statics, and what pointers point to)\n");
            for (Snapshot.Static st : s.statics()) {
                out.append(String.format("  %-8s %s  %5d B  %s", st.section(), ValueText.hex(st.addr()), st.size(), st.label()));
                if (st.value() != null) out.append(": ").append(st.type()).append(" = ").append(ValueText.format(st.value()));
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Names for the addresses of a snapshot: variables, heap blocks, static blocks. */
    private static final class Targets {
        private final Snapshot s;

        Targets(Snapshot s) { this.s = s; }

        String arrows(Value v) {
            List<Value.Pointer> ps = new ArrayList<>();
            Snapshot.pointers(v, ps);
            StringBuilder out = new StringBuilder();
            for (Value.Pointer p : ps) out.append("  → ").append(name(p.addr()));
            return out.toString();
        }

        String name(long addr) {
            if (addr == 0) return "null";
            for (Snapshot.ThreadState t : s.threads()) {
                for (Snapshot.FrameState f : t.frames()) {
                    for (Snapshot.LocalState l : f.locals()) {
                        if (addr >= l.addr() && addr < l.addr() + Math.max(l.size(), 1)) {
                            String state = switch (l.state()) {
                                case LIVE -> "";
                                case UNINIT -> " (not initialised)";
                                case MOVED -> " (moved out: dangling)";
                                case DEAD -> " (out of scope: dangling)";
                            };
                            return "`" + l.name() + "` in " + f.fn() + (addr == l.addr() ? "" : " +" + (addr - l.addr())) + state;
                        }
                    }
                }
            }
            for (Snapshot.HeapBlock b : s.heap()) {
                if (addr >= b.addr() && addr <= b.addr() + b.size()) {
                    return "heap " + ValueText.hex(b.addr()) + (addr == b.addr() ? "" : " +" + (addr - b.addr()));
                }
            }
            for (Snapshot.Static st : s.statics()) {
                if (addr >= st.addr() && addr <= st.addr() + st.size()) return st.section() + (addr == st.addr() ? "" : " +" + (addr - st.addr()));
            }
            return "no live block (dangling)";
        }
    }
}
