package rustmem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * `check` answers as `rustc --emit=metadata` (`cargo check`): the late lints (overflowing_literals) are errors there,
 * the lints on MIR (arithmetic_overflow, unconditional_panic) are not — rustc runs those only when it builds, and
 * `run` refuses such programs (HardeningGoldenTest). Verdicts of rustc 1.95 with `--emit=metadata` on these files.
 */
class CheckLintsTest {
    @ParameterizedTest
    @CsvSource({
        "tests/hardening/arith_overflow_add.rs, 0, ''",
        "tests/hardening/panic_div_zero.rs, 0, ''",
        "tests/hardening/panic_const_index.rs, 0, ''",
        "tests/hardening/lit_u8_suffix.rs, 1, error: literal out of range for `u8`",
        "tests/hardening/lit_allowed.rs, 0, ''",
    })
    void checkRunsTheLintsRustcChecks(String file, int exit, String first) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new String[] {"check", file}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(exit, code, err.toString());
        assertTrue(err.toString().startsWith(first), err.toString());
    }
}
