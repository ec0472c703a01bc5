package rustmem.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.source.SourceFile;
import rustmem.trace.Snapshot;
import rustmem.trace.Value;

/**
 * A snapshot drawn as one self-contained SVG: the stack (each program frame with its variables) on the left,
 * the heap's blocks on the right, the static blocks pointed to below them, and an arrow from every pointer to
 * what it points at.
 */
public final class TraceSvg {
    private static final int ROW = 22, PAD = 10;
    private static final int STACK_X = 20, STACK_W = 720, HEAP_X = 840, HEAP_W = 600, WIDTH = HEAP_X + HEAP_W + 110;
    private static final int VALUE_CHARS = 66, HEAP_CHARS = 82;

    private final SourceFile program;

    public TraceSvg(SourceFile program) { this.program = program; }

    /** Where something an arrow can start or end at was drawn. */
    private record Box(int x, int y, int w, int h) {}

    private record Arrow(int x1, int y1, long target, boolean fromStack) {}

    public String render(Snapshot s) {
        StringBuilder body = new StringBuilder();
        Map<Long, Box> targets = new HashMap<>();      // address range starts → where drawn
        List<long[]> ranges = new ArrayList<>();       // [lo, hi, key] of each drawn target
        List<Arrow> arrows = new ArrayList<>();
        int y = 20;
        text(body, 20, y + 4, "title", "step " + s.step() + " · line " + s.line() + (s.fn() != null ? " in " + s.fn() : ""));
        y += 20;
        text(body, 20, y + 4, "code", s.line() + " | " + program.lineText(s.line()).strip());
        y += 30;
        int top = y;
        // the stack
        for (Snapshot.ThreadState t : s.threads()) {
            text(body, STACK_X, y, "head", "stack of thread '" + t.name() + "'");
            y += 10;
            int std = 0;
            for (Snapshot.FrameState f : t.frames()) {
                if (f.std()) {
                    std++;
                    continue;
                }
                if (std > 0) y = stdFrames(body, y, std);
                std = 0;
                int h = ROW + Math.max(1, f.locals().size()) * ROW + PAD;
                body.append(String.format("<rect class=\"frame\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\"/>%n", STACK_X, y, STACK_W, h));
                text(body, STACK_X + PAD, y + 16, "fn", f.fn() + "   " + ValueText.hex(f.base()) + ".." + ValueText.hex(f.base() + f.size())
                    + "  (" + f.size() + " B)");
                int ry = y + ROW;
                if (f.locals().isEmpty()) text(body, STACK_X + PAD, ry + 15, "dim", "(no variables)");
                for (Snapshot.LocalState l : f.locals()) {
                    String cls = l.state() == Snapshot.State.LIVE ? "var" : "dim";
                    body.append(String.format("<g><title>%s: %s at %s, %d bytes</title>%n", esc(l.name()), esc(l.type()), ValueText.hex(l.addr()),
                        l.size()));
                    body.append(String.format("<rect class=\"slot\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>%n", STACK_X + 4, ry + 1,
                        STACK_W - 8, ROW - 2));
                    text(body, STACK_X + PAD, ry + 15, cls, l.name());
                    text(body, STACK_X + 90, ry + 15, "type", clip(l.type(), 18));
                    String v = switch (l.state()) {
                        case LIVE -> ValueText.format(l.value());
                        case UNINIT -> "(not initialised yet)";
                        case MOVED -> "(moved out: invalid)";
                        case DEAD -> "(out of scope)";
                    };
                    text(body, STACK_X + 230, ry + 15, l.state() == Snapshot.State.MOVED ? "moved" : cls, clip(v, VALUE_CHARS));
                    body.append("</g>\n");
                    targets.put(l.addr(), new Box(STACK_X + 4, ry + 1, STACK_W - 8, ROW - 2));
                    ranges.add(new long[] {l.addr(), l.addr() + Math.max(l.size(), 1), l.addr()});
                    if (l.state() == Snapshot.State.LIVE) {
                        List<Value.Pointer> ps = new ArrayList<>();
                        Snapshot.pointers(l.value(), ps);
                        for (Value.Pointer p : ps) arrows.add(new Arrow(STACK_X + STACK_W - 4, ry + ROW / 2, p.addr(), true));
                    }
                    ry += ROW;
                }
                y += h + PAD;
            }
            if (std > 0) y = stdFrames(body, y, std);
            y += 10;
        }
        int stackBottom = y;
        // the heap
        y = top;
        List<Snapshot.HeapBlock> blocks = s.heap().stream().filter(b -> !b.runtime()).toList();
        long runtime = s.heap().size() - blocks.size();
        text(body, HEAP_X, y, "head", "heap (" + blocks.size() + " block" + (blocks.size() == 1 ? "" : "s") + " of the program"
            + (runtime > 0 ? ", " + runtime + " of Rust's runtime not shown" : "") + ")");
        y += 10;
        for (Snapshot.HeapBlock b : blocks) {
            int h = 2 * ROW + 4;
            body.append(String.format("<g><title>chunk of %d bytes at %s%s</title>%n", b.chunk(), ValueText.hex(b.addr() - 16),
                b.site() != null ? ", allocated at " + esc(b.site()) : ""));
            body.append(String.format("<rect class=\"block\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\"/>%n", HEAP_X, y, HEAP_W, h));
            text(body, HEAP_X + PAD, y + 16, "fn", ValueText.hex(b.addr()) + "   " + b.size() + " B (chunk " + b.chunk() + ")"
                + (b.type() != null ? "   " + clip(b.type(), 40) : ""));
            text(body, HEAP_X + PAD, y + 16 + ROW, b.type() != null ? "var" : "dim",
                b.type() != null ? clip(ValueText.format(b.value()), HEAP_CHARS)
                    : "(no typed pointer to it" + (b.site() != null ? "; allocated at " + b.site() : "") + ")");
            body.append("</g>\n");
            targets.put(b.addr(), new Box(HEAP_X, y, HEAP_W, h));
            ranges.add(new long[] {b.addr(), b.addr() + Math.max(b.size(), 1), b.addr()});
            if (b.value() != null) {
                List<Value.Pointer> ps = new ArrayList<>();
                Snapshot.pointers(b.value(), ps);
                for (Value.Pointer p : ps) arrows.add(new Arrow(HEAP_X + HEAP_W, y + ROW + ROW / 2, p.addr(), false));
            }
            y += h + PAD;
        }
        if (!s.statics().isEmpty()) {
            y += 10;
            text(body, HEAP_X, y, "head", "static memory");
            y += 10;
            for (Snapshot.Static st : s.statics()) {
                body.append(String.format("<rect class=\"static\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\"/>%n", HEAP_X, y, HEAP_W, ROW + 4));
                text(body, HEAP_X + PAD, y + 17, "fn", st.section() + "  " + ValueText.hex(st.addr()) + "  " + st.size() + " B  " + clip(st.label()
                    + (st.value() != null ? " = " + ValueText.format(st.value()) : ""), 60));
                targets.put(st.addr(), new Box(HEAP_X, y, HEAP_W, ROW + 4));
                ranges.add(new long[] {st.addr(), st.addr() + Math.max(st.size(), 1), st.addr()});
                y += ROW + 4 + PAD;
            }
        }
        int height = Math.max(stackBottom, y) + 20;
        // the arrows, last so they are drawn over the boxes
        for (Arrow a : arrows) {
            Box t = null;
            for (long[] r : ranges) {
                if (a.target() >= r[0] && a.target() < r[1] || a.target() == r[0]) {
                    t = targets.get(r[2]);
                    break;
                }
            }
            if (t == null) continue;
            int x2, y2 = t.y() + Math.min(t.h() / 2, 11);
            String d;
            if (t.x() == STACK_X + 4 && a.fromStack()) {
                // a reference to another variable: a loop out of the stack's right side and back
                x2 = t.x() + t.w();
                int out = 40 + Math.min(60, Math.abs(y2 - a.y1()) / 4);
                d = String.format("M%d,%d C%d,%d %d,%d %d,%d", a.x1(), a.y1(), a.x1() + out, a.y1(), x2 + out, y2, x2, y2);
            } else if (t.x() == HEAP_X && !a.fromStack()) {
                // heap to heap: around the heap's right side
                x2 = t.x() + t.w();
                d = String.format("M%d,%d C%d,%d %d,%d %d,%d", a.x1(), a.y1(), a.x1() + 60, a.y1(), x2 + 60, y2, x2, y2);
            } else {
                x2 = t.x();
                int mid = (a.x1() + x2) / 2;
                d = String.format("M%d,%d C%d,%d %d,%d %d,%d", a.x1(), a.y1(), mid, a.y1(), mid, y2, x2, y2);
            }
            body.append(String.format("<path class=\"arrow\" d=\"%s\" marker-end=\"url(#head)\"/>%n", d));
        }
        return String.format("""
            <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="12">
            <style>
            .title{font-size:15px;font-weight:bold;fill:#222}.code{fill:#333;font-size:13px}.head{font-weight:bold;fill:#444}
            .fn{font-weight:bold;fill:#1a4b8c}.var{fill:#111}.dim{fill:#999}.moved{fill:#b03030;text-decoration:line-through}.type{fill:#6a3d9a}
            .frame{fill:#eef4fc;stroke:#6b8fc7}.slot{fill:#fff;stroke:#d5dfef}.block{fill:#fdf3e6;stroke:#d09a4e}.static{fill:#eef7ee;stroke:#6aa86a}
            .arrow{fill:none;stroke:#c0392b;stroke-width:1.5;opacity:.85}
            </style>
            <defs><marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#c0392b"/></marker></defs>
            <rect width="100%%" height="100%%" fill="#fff"/>
            %s</svg>
            """, WIDTH, height, WIDTH, height, body);
    }

    private int stdFrames(StringBuilder body, int y, int n) {
        body.append(String.format("<rect class=\"frame\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\" opacity=\".5\"/>%n", STACK_X, y, STACK_W, ROW));
        text(body, STACK_X + PAD, y + 15, "dim", "… " + n + " frame" + (n == 1 ? "" : "s") + " of std");
        return y + ROW + PAD;
    }

    private static void text(StringBuilder out, int x, int y, String cls, String s) {
        out.append(String.format("<text class=\"%s\" x=\"%d\" y=\"%d\">%s</text>%n", cls, x, y, esc(s)));
    }

    private static String clip(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "…"; }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
