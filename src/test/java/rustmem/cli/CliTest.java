package rustmem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the command line, as DESIGN.md specifies them. */
class CliTest {
    @TempDir
    Path dir;

    /** A command line's exit code, stdout and stderr. */
    record Result(int code, String out, String err) {}

    /** Runs a command line in this JVM, as the launcher runs it. */
    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private Path file(String text) throws IOException {
        Path p = dir.resolve("main.rs");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void parseOnlySucceedsSilentlyOnValidCode() throws IOException {
        Result r = run("check", "--parse-only", file("fn main() { println!(\"hi\"); }").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
    }

    @Test
    void syntaxErrorsExitOneWithRustcShapedDiagnostics() throws IOException {
        Result r = run("check", "--parse-only", file("fn main() { let = 5; }").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: expected "), r.err());
        assertTrue(r.err().contains("main.rs:1:17"), r.err());
        assertTrue(r.err().endsWith("error: aborting due to 1 previous error\n"), r.err());
    }

    @Test
    void missingFileIsAUsageError() {
        Result r = run("check", dir.resolve("nope.rs").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: couldn't read"), r.err());
    }

    @Test
    void unknownFlagIsAUsageError() {
        Result r = run("check", "--frobnicate", "x.rs");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
    }

    @Test
    void traceRefusesBadSelectionsAndBadFiles() throws IOException {
        Path f = file("fn main() {\n    let x = 1;\n    println!(\"{x}\");\n}\n");
        Result r = run("trace", "--at", "99", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("has lines 1 to 4"), r.err());
        r = run("trace", "--json", "--text", f.toString());
        assertEquals(2, r.code());
        r = run("trace", "--svg", f.getParent().resolve("svgs").toString(), f.toString());
        assertEquals(2, r.code(), "--svg needs --at or --step");
        r = run("trace", f.getParent().resolve("missing.rs").toString());
        assertEquals(2, r.code(), "as every command: a file that cannot be read is a usage error");
        assertTrue(r.err().contains("couldn't read"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        r = run("trace", "--at", "3", f.toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("x        i32"), r.out());
        Path calls = f.getParent().resolve("calls.rs");
        Files.writeString(calls, "fn twice(x: u8) -> u8 {\n    x * 2\n}\nfn main() {\n    let a = twice(1);\n    let b = twice(a);\n    println!(\"{b}\");\n}\n");
        r = run("trace", "--function", "twice", calls.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.out().split("line 2 in twice", -1).length - 1, "one picture per call: " + r.out());
        // a run that ends in undefined behaviour is traced up to it, then reported
        r = run("trace", "tests/trace/use_after_free.rs");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("free 3 bytes at"), r.out());
        assertTrue(r.out().contains("stopped by the error below (exit code 1)"), r.out());
        assertTrue(r.err().startsWith("error: Undefined Behavior: memory access failed: alloc"), r.err());
        r = run("trace", "--max-steps", "3", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--max-steps"), r.err());
    }

    @Test
    void checkExplainDrawsTheMemoryAtTheErrorsLine() throws IOException {
        Path moved = file("fn main() {\n    let v = vec![1, 2, 3];\n    let w = v;\n    println!(\"{:?} {:?}\", v, w);\n}\n");
        Result r = run("check", "--explain", moved.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error[E0382]"), r.err());
        assertTrue(r.err().contains("explain E0382: the memory when line 4 is about to run"), r.err());
        assertTrue(r.err().matches("(?s).*\\bv +Vec<i32> .*\\(moved out: invalid\\).*"), r.err());
        assertTrue(r.err().contains("[i32; 3] = [1, 2, 3]"), r.err());
        Path dangling = file("fn main() {\n    let r;\n    {\n        let x = 5;\n        r = &x;\n    }\n    println!(\"{}\", r);\n}\n");
        r = run("check", "--explain", dangling.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("explain E0597: the memory when line 7 is about to run"), r.err());
        assertTrue(r.err().contains("`x` in main (out of scope: dangling)"), r.err());
        // without --explain, and on a valid program, no picture
        assertFalse(run("check", moved.toString()).err().contains("explain"));
        assertEquals("", run("check", "--explain", file("fn main() { let v = vec![1]; let w = v; println!(\"{:?}\", w); }").toString()).err());
    }

    @Test
    void missingCommandIsAUsageError() {
        assertEquals(2, run().code());
    }

    @Test
    void serveRefusesBadSettingsAndATakenPort() throws IOException {
        Result port = run("serve", "--port", "70000");
        assertEquals(2, port.code());
        assertEquals("error: --port must be between 0 and 65535\n", port.err());
        Result workers = run("serve", "--workers", "0");
        assertEquals(2, workers.code());
        assertTrue(workers.err().startsWith("error: --workers, --queue and the limits must be positive"), workers.err());
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Result busy = run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, busy.code());
            assertTrue(busy.err().startsWith("error: cannot listen on 127.0.0.1:" + taken.getLocalPort()), busy.err());
            assertFalse(busy.err().contains("Exception"), busy.err());
        }
    }

    @Test
    void sectionsOfANonElfFileIsAClearError() throws IOException {
        Path f = dir.resolve("notes.txt");
        Files.writeString(f, "just text");
        Result r = run("sections", f.toString());
        assertEquals(1, r.code());
        assertEquals("error: " + f + ": not an ELF file (it does not start with the bytes 7f 45 4c 46, \"\\x7fELF\")\n",
            r.err());
        Files.write(f, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0});
        r = run("sections", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("truncated or corrupt file: the ELF header"), r.err());
        assertEquals(2, run("sections", dir.resolve("missing").toString()).code());
        assertEquals(2, run("sections", "--target", "thumbv6m-none-eabi", f.toString()).code());
    }

    @Test
    void sectionsOfAProgramShowWhereItsStaticsLiteralsAndFunctionsLive() throws IOException {
        Path f = file("""
            static mut COUNTER: u32 = 0;
            static GREETING: &str = "hi there";
            fn main() { unsafe { COUNTER += 1; } println!("{}", GREETING); }
            """);
        Result r = run("sections", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\\.bss\\n\\s+0x0000555555\\p{XDigit}{6}\\s+4\\s+static\\s+COUNTER .*"), r.out());
        assertTrue(r.out().contains("string literal \"hi there\"  in static GREETING"), r.out());
        Result sym = run("sections", "--symbol", "main", f.toString());
        assertTrue(sym.out().startsWith("fn main  .text  0x0000555555555"), sym.out());
        Result json = run("sections", "--json", "--target", "thumbv6m-none-eabi", f.toString());
        assertTrue(json.out().contains("\"name\" : \".vector_table\""), json.out());
        assertEquals(2, run("sections", "--target", "i686-unknown-linux-gnu", f.toString()).code());
        assertEquals(1, run("sections", "--symbol", "nothing_here", f.toString()).code());
    }

    @Test
    void memoryReportCountsHeapTrafficAndNamesLeaksBySite() throws IOException {
        Path f = file("""
            fn main() {
                let v = vec![1u8, 2, 3];
                let mut s = String::new();
                for _ in 0..3 { s.push_str("abcdef"); }
                std::mem::forget(v);
                println!("{}", s.len());
            }
            """);
        Result r = run("run", "--memory", f.toString());
        assertEquals(0, r.code(), r.err());
        String report = r.err();
        // vec! (3 bytes), String growing 0 -> 8 -> 16 -> 32 bytes, std's stdout buffer at the first print (freed at exit)
        assertTrue(report.contains("heap:  3 allocations, 2 frees, 2 reallocations"), report);
        // the runtime's own blocks are freed at exit: the forgotten Vec's 3 bytes stay, named by the line that allocated them
        assertTrue(report.contains("leaks: 1 block, 3 bytes"), report);
        assertTrue(report.matches("(?s).*0x\\p{XDigit}+  3 bytes  allocated at line 2 \\(main\\)\n.*"), report);
        // each thread's stack high-water mark: a named spawned thread's deeper than an empty one's
        Path threads = dir.resolve("threads.rs");
        Files.writeString(threads, """
            fn deep(n: u64) -> u64 { if n == 0 { 0 } else { 1 + deep(n - 1) } }
            fn main() {
                let a = std::thread::Builder::new().name("deep".into()).spawn(|| deep(200)).unwrap();
                let b = std::thread::spawn(|| 1);
                println!("{} {}", a.join().unwrap(), b.join().unwrap());
            }
            """);
        String rep = run("run", "--memory", threads.toString()).err();
        java.util.regex.Matcher deep = java.util.regex.Pattern.compile("thread 'deep' \\(#2\\) reached ([\\d,]+) bytes below its top \\(of 2,097,152\\)").matcher(rep);
        java.util.regex.Matcher flat = java.util.regex.Pattern.compile("thread '<unnamed>' \\(#3\\) reached ([\\d,]+) bytes").matcher(rep);
        assertTrue(deep.find() && flat.find(), rep);
        assertTrue(Long.parseLong(deep.group(1).replace(",", "")) > Long.parseLong(flat.group(1).replace(",", "")) + 200 * 16, rep);
    }

    @Test
    void emitMirPrintsTheLoweredBodiesInsteadOfRunning() throws IOException {
        Path f = file("""
            fn add_one(x: i32) -> i32 { x + 1 }
            fn main() { println!("{}", add_one(41)); }
            """);
        Result r = run("run", "--emit-mir", f.toString());
        assertEquals(0, r.code(), r.err());
        String mir = r.out();
        assertTrue(mir.contains("fn crate::add_one(_1: i32) -> i32 {\n"), mir);
        assertTrue(mir.contains("CheckedADD(copy _1, const 1_i32)"), mir);
        assertTrue(mir.contains("{add_one}(const 41_i32) -> bb"), mir);
        assertFalse(mir.contains("42"), "the program must not run: " + mir);
    }

    @Test
    void runSaysWhatItDoesNotSupportWithExitTwo() throws IOException {
        Result r = run("run", file("fn main() {\n    let f = async { 1 };\n}\n").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: unsupported: "), r.err());
        assertTrue(r.err().contains("async { 1 }"), r.err());
    }

    @Test
    void unionsAndWideIntegersRun() throws IOException {
        // the values come back as exit codes (the program's stdout is the process's own)
        Result u = run("run", file("union U { a: u8, b: u16 }\nfn main() { let u = U { b: 0x1234 }; std::process::exit(unsafe { u.a } as i32); }\n").toString());
        assertEquals(0x34, u.code(), u.err());
        Result wide = run("run", file("fn main() {\n    let x: u128 = u64::MAX as u128 * 3;\n    std::process::exit((x % 251) as i32);\n}\n").toString());
        assertEquals(new java.math.BigInteger("55340232221128654845").mod(java.math.BigInteger.valueOf(251)).intValue(), wide.code(), wide.err());
    }

    @Test
    void runReportsTypeErrorsWithRustcCodes() throws IOException {
        Result r = run("run", file("fn main() { let x: i32 = true; }\n").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error[E0308]: mismatched types"), r.err());
        Result undefined = run("run", file("fn main() { println!(\"{}\", y); }\n").toString());
        assertEquals(1, undefined.code());
        assertTrue(undefined.err().startsWith("error[E0425]: cannot find value `y` in this scope"), undefined.err());
    }

    @Test
    void runawayMacroRecursionStopsAtRustcsLimit() throws IOException {
        Result r = run("run", file("macro_rules! r { () => { r!() }; }\nfn main() { r!(); }\n").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: recursion limit reached while expanding `r!`"), r.err());
        Result none = run("run", file("macro_rules! two { (a) => { 2 }; }\nfn main() { let x = two!(b); }\n").toString());
        assertEquals(1, none.code());
        assertTrue(none.err().startsWith("error: no rules expected this token in macro call"), none.err());
    }

    @Test
    void nonExhaustiveMatchesAreE0004NotRun() throws IOException {
        Result r = run("run", file("enum E { A, B(u8), C { x: i32 } }\nfn main() { let e = E::A;\n match e { E::A => {} } }\n").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error[E0004]: non-exhaustive patterns: `E::B(_)` and `E::C { .. }` not covered"), r.err());
    }

    @Test
    void binaryGarbageIsDiagnosedNotCrashedOn() throws IOException {
        Path p = dir.resolve("garbage.rs");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(p, bytes);
        Result r = run("check", "--parse-only", p.toString());
        assertEquals(1, r.code());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
