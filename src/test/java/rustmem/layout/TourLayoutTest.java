package rustmem.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import rustmem.source.SourceFile;

/**
 * The memory tour's examples print sizes as compiled by rustc (examples/expected/*.stdout, made
 * by scripts/gen-example-outputs.sh); rustmem's layouts of the same types must give the same numbers.
 */
class TourLayoutTest {
    /** A type, where rustc's output says its size (and maybe alignment). */
    private record Claim(String example, String type, long size, int align) {}

    private static final Path EXAMPLES = Path.of("examples");

    @TestFactory
    Stream<DynamicTest> tourSizesMatchRustc() throws IOException {
        List<Claim> claims = new ArrayList<>();
        // "TYPE   N bytes" lines (zero-sized, dynamically sized, machine word stops)
        Pattern sized = Pattern.compile("^(\\S+(?: \\S+)??)\\s+(\\d+) bytes");
        for (String ex : List.of("01_zero_sized", "02_dynamically_sized", "03_machine_word")) {
            for (String line : expected(ex)) {
                Matcher m = sized.matcher(line);
                if (m.find()) claims.add(new Claim(ex, m.group(1), Long.parseLong(m.group(2)), -1));
            }
        }
        // "u8 1  u16 2 …" pairs
        Pattern pair = Pattern.compile("\\b(u8|u16|u32|u64|u128|f32|f64|char|bool|Option<bool>) (\\d+)");
        for (String line : expected("10_primitives")) {
            Matcher m = pair.matcher(line);
            while (m.find()) claims.add(new Claim("10_primitives", m.group(1), Long.parseLong(m.group(2)), -1));
        }
        claim(claims, "11_tuple_padding", "(char, u8, i32)", "\\(char, u8, i32\\): size (\\d+), align (\\d+)");
        claim(claims, "11_tuple_padding", "InOrder", "repr\\(C\\) \\{ u8, u32, u8 \\}: size (\\d+)");
        claim(claims, "11_tuple_padding", "Reordered", "repr\\(Rust\\) \\{ u8, u32, u8 \\}: size (\\d+)");
        claim(claims, "18_status_enum", "Status", "size of Status: (\\d+) bytes");
        claim(claims, "19_boxed_payload", "Inline", "Inline: (\\d+) bytes");
        claim(claims, "19_boxed_payload", "Boxed", "Boxed:  (\\d+) bytes");
        claim(claims, "19_boxed_payload", "Option<Box<u8>>", "Option<Box<u8>>: (\\d+) bytes");
        claim(claims, "13_arrays", "[i32; 5]", "takes (\\d+) bytes");
        assertTrue(claims.size() >= 30, "expected the tour's size claims, found " + claims.size());
        return claims.stream().map(c -> DynamicTest.dynamicTest(c.example() + ": " + c.type(), () -> check(c)));
    }

    private static List<String> expected(String example) throws IOException {
        return Files.readAllLines(EXAMPLES.resolve("expected").resolve(example + ".stdout"));
    }

    private static void claim(List<Claim> claims, String example, String type, String regex) throws IOException {
        Pattern p = Pattern.compile(regex);
        for (String line : expected(example)) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                int align = m.groupCount() >= 2 ? Integer.parseInt(m.group(2)) : -1;
                claims.add(new Claim(example, type, Long.parseLong(m.group(1)), align));
                return;
            }
        }
        throw new AssertionError("no line matching " + regex + " in " + example);
    }

    private static void check(Claim c) throws IOException {
        // the claim's type as the example would write it: an alias at the end of its source
        String text = Files.readString(EXAMPLES.resolve(c.example() + ".rs")) + "\ntype Claimed = " + c.type() + ";\n";
        ProgramTypes program = new ProgramTypes(new SourceFile(c.example() + ".rs", text));
        assertEquals(null, program.problems, "the example with the claimed type must lower cleanly");
        Layout l = program.layouts(TargetDataLayout.X86_64).layoutOf(program.alias("Claimed"));
        assertFalse(l.isUnsized(), c.type() + " is unsized: the claim cannot be about its type");
        assertEquals(c.size(), l.size(), "size of " + c.type());
        if (c.align() > 0) assertEquals(c.align(), l.align(), "align of " + c.type());
    }
}
