package rustmem.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;

class LexerTest {

    private static List<Token> lex(String text, Diagnostics[] out) {
        SourceFile f = new SourceFile("t.rs", text);
        Diagnostics d = new Diagnostics(f);
        if (out != null) out[0] = d;
        return Lexer.tokenize(f, d);
    }

    private static List<Token> lexOk(String text) {
        Diagnostics[] d = new Diagnostics[1];
        List<Token> toks = lex(text, d);
        assertFalse(d[0].hasErrors(), () -> d[0].all().toString());
        return toks;
    }

    private static Lit lit(String text) {
        List<Token> toks = lexOk(text);
        assertEquals(2, toks.size(), () -> "one token expected in " + toks);
        return toks.get(0).lit();
    }

    private static String kinds(String text) {
        StringBuilder b = new StringBuilder();
        for (Token t : lexOk(text)) {
            if (t.kind() == TokenKind.EOF) break;
            if (!b.isEmpty()) b.append(' ');
            b.append(t.kind());
        }
        return b.toString();
    }

    @Test
    void integerLiteralsInEveryRadixWithSuffixes() {
        assertEquals(BigInteger.valueOf(1000), lit("1_000").intValue());
        assertEquals(BigInteger.valueOf(255), lit("0xff").intValue());
        assertEquals(BigInteger.valueOf(15), lit("0o17").intValue());
        assertEquals(BigInteger.valueOf(10), lit("0b1010").intValue());
        Lit suffixed = lit("0x1f32");
        assertEquals(BigInteger.valueOf(0x1f32), suffixed.intValue());
        assertEquals(null, suffixed.suffix());
        assertEquals("u8", lit("255u8").suffix());
        assertEquals("i64", lit("0x_ff_i64").suffix());
    }

    @Test
    void floatLiterals() {
        assertEquals(Lit.Kind.FLOAT, lit("1.5e-3").kind());
        assertEquals(Lit.Kind.FLOAT, lit("1e10").kind());
        assertEquals("f32", lit("2.0f32").suffix());
        assertEquals(Lit.Kind.FLOAT, lit("1.").kind());
        assertEquals("f64", lit("1f64").suffix());
        assertEquals(Lit.Kind.INT, lit("1f64").kind());
    }

    @Test
    void numberFollowedByDotIsNotAlwaysAFloat() {
        assertEquals("LITERAL DOTDOT LITERAL", kinds("1..2"));
        assertEquals("LITERAL DOT IDENT OPEN_PAREN CLOSE_PAREN", kinds("1.max()"));
        assertEquals("IDENT DOT LITERAL", kinds("t.0.1"));
    }

    @Test
    void escapesAreResolved() {
        assertEquals("a\n\t\"\\\0A\u00e9\uD83D\uDE00", lit("\"a\\n\\t\\\"\\\\\\0\\x41\\u{e9}\\u{1F600}\"").cooked());
        assertEquals("\u00ff", lit("b'\\xff'").cooked());
        assertEquals("ab", lit("\"a\\\n      b\"").cooked());
    }

    @Test
    void rawStringsKeepTheirHashes() {
        Lit l = lit("r##\"a \"# b\"##");
        assertEquals(Lit.Kind.RAW_STR, l.kind());
        assertEquals("a \"# b", l.cooked());
        assertEquals("r##\"a \"# b\"##", l.spelling());
        assertEquals(Lit.Kind.RAW_BYTE_STR, lit("br\"x\"").kind());
        assertEquals(Lit.Kind.C_STR, lit("c\"x\"").kind());
        assertEquals(Lit.Kind.RAW_C_STR, lit("cr#\"x\"#").kind());
    }

    @Test
    void charLiteralsVersusLifetimes() {
        assertEquals("LITERAL", kinds("'a'"));
        assertEquals("LIFETIME", kinds("'a"));
        assertEquals("LIFETIME", kinds("'static"));
        assertEquals("LITERAL", kinds("'\\''"));
        assertEquals("LIFETIME COLON IDENT", kinds("'outer: loop"));
        assertEquals("\uD83D\uDE00", lit("'\uD83D\uDE00'").cooked());
    }

    @Test
    void compoundPunctuationIsLexedWhole() {
        assertEquals("SHREQ SHLEQ DOTDOTEQ DOTDOTDOT PATHSEP RARROW FATARROW ANDAND OROR NE",
            kinds(">>= <<= ..= ... :: -> => && || !="));
    }

    @Test
    void commentsNestAndDocCommentsAreTokens() {
        assertEquals("IDENT", kinds("/* a /* b */ c */ x"));
        assertEquals("DOC_COMMENT IDENT", kinds("/// doc\nx"));
        assertEquals("IDENT", kinds("//// not doc\nx"));
        assertEquals("IDENT", kinds("/**/ x"));
        assertEquals("DOC_COMMENT IDENT", kinds("//! inner\nx"));
    }

    @Test
    void rawIdentifiers() {
        List<Token> toks = lexOk("r#match");
        assertEquals(TokenKind.RAW_IDENT, toks.get(0).kind());
        assertEquals("match", toks.get(0).text());
        assertTrue(toks.get(0).isIdent());
        assertFalse(toks.get(0).isKeyword("match"));
    }

    @Test
    void shebangIsSkippedButInnerAttributeIsNot() {
        assertEquals("IDENT", kinds("#!/usr/bin/env x\nfn"));
        assertEquals("POUND NOT OPEN_BRACKET IDENT CLOSE_BRACKET", kinds("#![attr]"));
    }

    @Test
    void badInputGivesDiagnosticsNotExceptions() {
        for (String bad : List.of("\"open", "'ab'", "''", "/* open", "\"\\q\"", "'\\u{110000}'", "0x", "1e+", "¤", "b'é'")) {
            Diagnostics[] d = new Diagnostics[1];
            lex(bad, d);
            assertTrue(d[0].hasErrors(), () -> "no error for " + bad);
        }
    }
}
