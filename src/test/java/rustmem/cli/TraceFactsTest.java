package rustmem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rustmem.source.Edition;
import rustmem.trace.Snapshot;
import rustmem.trace.Timeline;
import rustmem.trace.TraceEvent;
import rustmem.trace.Value;

/**
 * Facts of traced runs checked against the machine: what a move does to the moved-from variable, what a
 * reallocation does to the old block, how an Rc's count and block live and die, where pointers point.
 */
class TraceFactsTest {
    @TempDir
    Path dir;

    private Timeline trace(String source, Set<Integer> lines) throws IOException {
        Path f = dir.resolve("prog.rs");
        Files.writeString(f, source);
        StringWriter err = new StringWriter();
        SourceLoader.Parsed parsed = SourceLoader.parse(f, new PrintWriter(err), Edition.DEFAULT);
        assertNotNull(parsed, err.toString());
        Timeline t = new Timeline(new Timeline.Selection(lines, Set.of(), false, 100_000, 100));
        NewPipeline.Outcome o = NewPipeline.run(parsed, 100_000_000L, List.of("./prog"), java.io.InputStream.nullInputStream(), t);
        NewPipeline.Result r = assertInstanceOf(NewPipeline.Result.class, o, () -> o.toString());
        assertEquals(0, r.code());
        return t;
    }

    private static Snapshot.LocalState local(Snapshot s, String name) {
        for (Snapshot.ThreadState t : s.threads()) {
            for (Snapshot.FrameState f : t.frames()) {
                for (Snapshot.LocalState l : f.locals()) if (l.name().equals(name)) return l;
            }
        }
        throw new AssertionError("no variable " + name + " in " + s);
    }

    private static Snapshot.HeapBlock block(Snapshot s, long addr) {
        for (Snapshot.HeapBlock b : s.heap()) if (b.addr() == addr) return b;
        return null;
    }

    private static long field(Value v, String name) {
        Value.Composite c = assertInstanceOf(Value.Composite.class, v);
        for (Value.Field f : c.fields()) {
            if (f.name().equals(name)) {
                return f.value() instanceof Value.Pointer p ? p.addr() : Long.parseLong(((Value.Scalar) f.value()).text());
            }
        }
        throw new AssertionError("no field " + name + " in " + v);
    }

    @Test
    void aMovedFromVariableIsInvalidAndTheNewOwnerHoldsTheSameBuffer() throws IOException {
        Timeline t = trace("""
            fn main() {
                let v = vec![1, 2, 3];
                let w = v;
                println!("{}", w.len());
            }
            """, Set.of(4));
        Snapshot s = t.snapshots().get(0);
        assertEquals(Snapshot.State.MOVED, local(s, "v").state());
        Snapshot.LocalState w = local(s, "w");
        assertEquals(Snapshot.State.LIVE, w.state());
        long buf = field(w.value(), "ptr");
        Snapshot.HeapBlock b = block(s, buf);
        assertNotNull(b, "w's buffer is a live heap block");
        assertEquals("[1, 2, 3]", rustmem.view.ValueText.format(b.value()));
        assertTrue(t.events().stream().anyMatch(e -> e instanceof TraceEvent.Move m && m.local().equals("v")));
    }

    @Test
    void aCloneAllocatesANewBuffer() throws IOException {
        Timeline t = trace("""
            fn main() {
                let a = vec![String::from("x")];
                let b = a.clone();
                println!("{:?} {:?}", a, b);
            }
            """, Set.of(4));
        Snapshot s = t.snapshots().get(0);
        long pa = field(local(s, "a").value(), "ptr"), pb = field(local(s, "b").value(), "ptr");
        assertNotEquals(pa, pb);
        assertNotNull(block(s, pa));
        assertNotNull(block(s, pb));
    }

    @Test
    void afterAMovingReallocTheOldBlockIsFree() throws IOException {
        Timeline t = trace("""
            fn main() {
                let mut v: Vec<u64> = Vec::with_capacity(1);
                let _other = Box::new(1u8);
                v.push(1);
                v.push(2);
                println!("{}", v.len());
            }
            """, Set.of(5, 6));
        Snapshot before = t.snapshots().get(0), after = t.snapshots().get(1);
        long old = field(local(before, "v").value(), "ptr");
        long now = field(local(after, "v").value(), "ptr");
        TraceEvent.Realloc r = (TraceEvent.Realloc) t.events().stream().filter(e -> e instanceof TraceEvent.Realloc).findFirst()
            .orElseThrow();
        assertEquals(old, r.from());
        assertEquals(now, r.to());
        if (old != now) assertEquals(null, block(after, old), "the old block is free");
        assertEquals(2, field(local(after, "v").value(), "len"));
    }

    @Test
    void anRcsStrongCountGoesTwoOneThenItsBlockIsFreed() throws IOException {
        Timeline t = trace("""
            use std::rc::Rc;
            fn main() {
                let a = Rc::new(5);
                let b = Rc::clone(&a);
                drop(b);
                drop(a);
                println!("done");
            }
            """, Set.of(5, 6, 7));
        Snapshot two = t.snapshots().get(0), one = t.snapshots().get(1), none = t.snapshots().get(2);
        long inner = field(local(two, "a").value(), "ptr");
        assertEquals(2, field(block(two, inner).value(), "strong"));
        assertEquals(1, field(block(one, inner).value(), "strong"));
        assertEquals(Snapshot.State.MOVED, local(one, "b").state());
        assertEquals(null, block(none, inner), "the RcInner block is freed when the count reaches 0");
    }

    @Test
    void aStrLiteralPointsIntoRodataAndASliceIntoItsVec() throws IOException {
        Timeline t = trace("""
            fn main() {
                let s = "hello";
                let v = vec![10, 20, 30];
                let part = &v[1..3];
                println!("{} {:?}", s, part);
            }
            """, Set.of(5));
        Snapshot snap = t.snapshots().get(0);
        Value.Pointer s = assertInstanceOf(Value.Pointer.class, local(snap, "s").value());
        assertEquals("hello", s.text());
        assertEquals(5, s.metaValue());
        assertTrue(snap.statics().stream().anyMatch(st -> st.section().equals(".rodata") && s.addr() >= st.addr()
            && s.addr() < st.addr() + st.size()));
        Value.Pointer part = assertInstanceOf(Value.Pointer.class, local(snap, "part").value());
        assertEquals(field(local(snap, "v").value(), "ptr") + 4, part.addr());
        assertEquals(2, part.metaValue());
    }

    @Test
    void aHelpersFrameIsBelowItsCallersAndPoppedOnReturn() throws IOException {
        Timeline t = trace("""
            fn add_one(x: i32) -> i32 {
                let y = x + 1;
                y
            }
            fn main() {
                let a = 41;
                let b = add_one(a);
                println!("{}", b);
            }
            """, Set.of(3, 8));
        Snapshot inHelper = t.snapshots().get(0), back = t.snapshots().get(1);
        List<Snapshot.FrameState> frames = inHelper.threads().get(0).frames().stream().filter(f -> !f.std()).toList();
        assertEquals(List.of("main", "add_one"), frames.stream().map(Snapshot.FrameState::fn).toList());
        assertTrue(frames.get(1).base() + frames.get(1).size() <= frames.get(0).base(), "the callee's frame is below its caller's");
        assertEquals("41", ((Value.Scalar) local(inHelper, "x").value()).text());
        assertEquals("42", ((Value.Scalar) local(inHelper, "y").value()).text());
        assertFalse(back.threads().get(0).frames().stream().anyMatch(f -> f.fn().equals("add_one")));
        assertEquals("42", ((Value.Scalar) local(back, "b").value()).text());
        assertTrue(t.events().stream().anyMatch(e -> e instanceof TraceEvent.Return r && r.fn().equals("add_one")));
    }

    @Test
    void dropsRunInReverseOrderOfDeclarationAtTheEndOfTheScope() throws IOException {
        Timeline t = trace("""
            struct Noisy(&'static str);
            impl Drop for Noisy {
                fn drop(&mut self) { println!("drop {}", self.0); }
            }
            fn main() {
                let _a = Noisy("a");
                let _b = Noisy("b");
            }
            """, Set.of());
        List<String> drops = t.events().stream().filter(e -> e instanceof TraceEvent.Drop).map(e -> ((TraceEvent.Drop) e).type()).toList();
        assertEquals(List.of("Noisy", "Noisy"), drops);
        List<String> out = t.events().stream().filter(e -> e instanceof TraceEvent.Output).map(e -> ((TraceEvent.Output) e).text()).toList();
        assertEquals(List.of("drop b\n", "drop a\n"), out);
    }

    @Test
    void aPanicUnwindsThroughTheFramesAndASpawnedThreadHasItsOwnStack() throws IOException {
        Path f = dir.resolve("prog.rs");
        Files.writeString(f, """
            fn work(n: u64) -> u64 {
                let doubled = n * 2;
                doubled
            }
            fn main() {
                let h = std::thread::spawn(|| work(21));
                let got = h.join().unwrap();
                let v: Vec<u64> = vec![got];
                println!("{}", v[1]);
            }
            """);
        SourceLoader.Parsed parsed = SourceLoader.parse(f, new PrintWriter(new StringWriter()), Edition.DEFAULT);
        Timeline t = new Timeline(new Timeline.Selection(Set.of(3), Set.of(), false, 100_000, 10));
        NewPipeline.Result r = assertInstanceOf(NewPipeline.Result.class,
            NewPipeline.run(parsed, 100_000_000L, List.of("./prog"), java.io.InputStream.nullInputStream(), t));
        assertEquals(101, r.code());
        // the snapshot inside `work` shows two threads: main waiting in join, the spawned one in work
        Snapshot s = t.snapshots().get(0);
        assertEquals(2, s.threads().size());
        Snapshot.ThreadState spawned = s.threads().get(1);
        Snapshot.FrameState work = spawned.frames().get(spawned.frames().size() - 1);
        assertEquals("work", work.fn());
        long mainBase = s.threads().get(0).frames().get(0).base();
        assertNotEquals(mainBase >>> 24, work.base() >>> 24, "the spawned thread's frames are on its own stack");
        assertEquals("42", ((Value.Scalar) local(s, "doubled").value()).text());
        // the index panic unwinds main: a panic event, then main's frame popped while unwinding
        int panic = -1;
        for (int i = 0; i < t.events().size(); i++) if (t.events().get(i) instanceof TraceEvent.Panic) panic = i;
        assertTrue(panic >= 0);
        assertTrue(t.events().subList(panic, t.events().size()).stream()
            .anyMatch(e -> e instanceof TraceEvent.Return ret && ret.fn().equals("main") && ret.unwinding()));
    }

    /** Each static of link/statics.rs is shown in the section rustc's binary puts it in (scripts/gen-static-sections.sh). */
    @Test
    void staticsAreShownInTheSectionsOfTheRealBinary() throws IOException {
        String source = Files.readString(Path.of("src/test/resources/link/statics.rs"));
        int last = (int) source.lines().count() - 1;   // the last line of main's body (the closing braces follow)
        while (!source.lines().toList().get(last - 1).contains("println!")) last--;
        Timeline t = trace(source, Set.of(last));
        Snapshot s = t.snapshots().get(0);
        java.util.Map<String, String> shown = new java.util.HashMap<>();
        for (Snapshot.Static st : s.statics()) if (st.label().startsWith("static ")) shown.put(st.label().substring(7), st.section());
        int checked = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/link/statics.sections"))) {
            String[] w = line.split(" ");
            assertEquals(w[1], shown.get(w[0]), w[0] + " in " + shown);
            checked++;
        }
        assertTrue(checked >= 20, "statics checked: " + checked);
    }
}
