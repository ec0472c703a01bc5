package rustmem.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;
import rustmem.source.Span;

/**
 * Turns source text into tokens. Never throws on bad input: every problem becomes a diagnostic
 * and lexing goes on. Whitespace and ordinary comments are dropped; doc comments are kept as
 * tokens because they are attributes.
 */
public final class Lexer {
    private final String src;
    private final Diagnostics diags;
    private final List<Token> tokens = new ArrayList<>();
    /** Identifier names are interned so that later stages compare them cheaply. */
    private final Map<String, String> names = new HashMap<>();
    private int pos;

    private Lexer(String src, Diagnostics diags) {
        this.src = src;
        this.diags = diags;
    }

    public static List<Token> tokenize(SourceFile file, Diagnostics diags) {
        List<Token> tokens = new Lexer(file.text(), diags).run();
        int base = file.base();
        if (base == 0) return tokens;
        // a file of a source map starts at its base offset, so that spans name the file they are in
        List<Token> shifted = new ArrayList<>(tokens.size());
        for (Token t : tokens) shifted.add(new Token(t.kind(), t.text(), t.lo() + base, t.hi() + base, t.lit()));
        return shifted;
    }

    /** Where the whitespace and (not doc) comments of text that start at offset from end, as the lexer skips them. */
    public static int skipTrivia(String text, int from) {
        Lexer l = new Lexer(text, new Diagnostics(null));
        l.pos = from;
        l.skipTrivia();
        return l.pos;
    }

    private List<Token> run() {
        skipShebang();
        while (true) {
            skipTrivia();
            if (pos >= src.length()) break;
            lexToken();
        }
        tokens.add(new Token(TokenKind.EOF, "", src.length(), src.length(), null));
        return tokens;
    }

    private void skipShebang() {
        if (!src.startsWith("#!")) return;
        // `#![attr]` is an inner attribute, not a shebang
        int i = 2;
        while (i < src.length() && Character.isWhitespace(src.charAt(i))) i++;
        if (i < src.length() && src.charAt(i) == '[') return;
        int nl = src.indexOf('\n');
        pos = nl < 0 ? src.length() : nl;
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    private void error(int lo, int hi, String message) {
        diags.emit(Diagnostic.error(message).span(new Span(lo, hi)));
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C'
            || c == '\u0085' || c == '\u200E' || c == '\u200F' || c == '\u2028' || c == '\u2029';
    }

    private void skipTrivia() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (isWhitespace(c)) {
                pos++;
            } else if (c == '/' && peek(1) == '/') {
                // `///x` and `//!x` are doc comments, `////x` is not
                boolean doc = (peek(2) == '/' && peek(3) != '/') || peek(2) == '!';
                if (doc) return;
                while (pos < src.length() && src.charAt(pos) != '\n') pos++;
            } else if (c == '/' && peek(1) == '*') {
                boolean doc = (peek(2) == '*' && peek(3) != '*' && peek(3) != '/') || peek(2) == '!';
                if (doc) return;
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    private void skipBlockComment() {
        int start = pos;
        int depth = 0;
        while (pos < src.length()) {
            if (src.charAt(pos) == '/' && peek(1) == '*') {
                depth++;
                pos += 2;
            } else if (src.charAt(pos) == '*' && peek(1) == '/') {
                depth--;
                pos += 2;
                if (depth == 0) return;
            } else {
                pos++;
            }
        }
        error(start, start + 2, "unterminated block comment");
    }

    private void add(TokenKind kind, String text, int lo) {
        tokens.add(new Token(kind, text, lo, pos, null));
    }

    private void lexToken() {
        int start = pos;
        char c = src.charAt(pos);
        if (c == '/' && (peek(1) == '/' || peek(1) == '*')) {
            lexDocComment();
            return;
        }
        if (c == '\'' ) { lexQuote(); return; }
        if (c == '"') { pos++; lexString(Lit.Kind.STR, start, 1); return; }
        if (c >= '0' && c <= '9') { lexNumber(); return; }
        if (c == 'b' || c == 'r' || c == 'c') {
            if (lexPrefixedLiteral()) return;
        }
        if (isIdentStart(src.codePointAt(pos))) { lexIdent(); return; }
        TokenKind kind = punct(c);
        if (kind == null) {
            int cp = src.codePointAt(pos);
            pos += Character.charCount(cp);
            error(start, pos, "unknown start of token: " + describeChar(cp));
            return;
        }
        pos += kind.spelling.length();
        add(kind, kind.spelling, start);
    }

    private static String describeChar(int cp) {
        if (cp < 0x20 || cp == 0x7f) return String.format("\\u{%x}", cp);
        return new String(Character.toChars(cp));
    }

    /** Longest punctuation starting at pos. */
    private TokenKind punct(char c) {
        char n = peek(1), n2 = peek(2);
        return switch (c) {
            case ';' -> TokenKind.SEMI;
            case ',' -> TokenKind.COMMA;
            case '.' -> n == '.' ? (n2 == '.' ? TokenKind.DOTDOTDOT : n2 == '=' ? TokenKind.DOTDOTEQ : TokenKind.DOTDOT) : TokenKind.DOT;
            case ':' -> n == ':' ? TokenKind.PATHSEP : TokenKind.COLON;
            case '#' -> TokenKind.POUND;
            case '$' -> TokenKind.DOLLAR;
            case '?' -> TokenKind.QUESTION;
            case '~' -> TokenKind.TILDE;
            case '@' -> TokenKind.AT;
            case '(' -> TokenKind.OPEN_PAREN;
            case ')' -> TokenKind.CLOSE_PAREN;
            case '[' -> TokenKind.OPEN_BRACKET;
            case ']' -> TokenKind.CLOSE_BRACKET;
            case '{' -> TokenKind.OPEN_BRACE;
            case '}' -> TokenKind.CLOSE_BRACE;
            case '=' -> n == '=' ? TokenKind.EQEQ : n == '>' ? TokenKind.FATARROW : TokenKind.EQ;
            case '!' -> n == '=' ? TokenKind.NE : TokenKind.NOT;
            case '<' -> n == '=' ? TokenKind.LE : n == '-' ? TokenKind.LARROW
                : n == '<' ? (n2 == '=' ? TokenKind.SHLEQ : TokenKind.SHL) : TokenKind.LT;
            case '>' -> n == '=' ? TokenKind.GE : n == '>' ? (n2 == '=' ? TokenKind.SHREQ : TokenKind.SHR) : TokenKind.GT;
            case '-' -> n == '=' ? TokenKind.MINUSEQ : n == '>' ? TokenKind.RARROW : TokenKind.MINUS;
            case '+' -> n == '=' ? TokenKind.PLUSEQ : TokenKind.PLUS;
            case '*' -> n == '=' ? TokenKind.STAREQ : TokenKind.STAR;
            case '/' -> n == '=' ? TokenKind.SLASHEQ : TokenKind.SLASH;
            case '%' -> n == '=' ? TokenKind.PERCENTEQ : TokenKind.PERCENT;
            case '^' -> n == '=' ? TokenKind.CARETEQ : TokenKind.CARET;
            case '&' -> n == '&' ? TokenKind.ANDAND : n == '=' ? TokenKind.ANDEQ : TokenKind.AND;
            case '|' -> n == '|' ? TokenKind.OROR : n == '=' ? TokenKind.OREQ : TokenKind.OR;
            default -> null;
        };
    }

    private void lexDocComment() {
        int start = pos;
        if (peek(1) == '/') {
            int end = src.indexOf('\n', pos);
            if (end < 0) end = src.length();
            pos = end;
            String text = src.substring(start, end);
            if (text.endsWith("\r")) text = text.substring(0, text.length() - 1);
            add(TokenKind.DOC_COMMENT, text, start);
        } else {
            skipBlockComment();
            add(TokenKind.DOC_COMMENT, src.substring(start, pos), start);
        }
    }

    static boolean isIdentStart(int cp) {
        return cp == '_' || (cp < 128 ? Character.isLetter(cp) : Character.isUnicodeIdentifierStart(cp));
    }

    static boolean isIdentContinue(int cp) {
        if (cp < 128) return cp == '_' || Character.isLetterOrDigit(cp);
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    private int scanIdentEnd(int from) {
        int i = from;
        while (i < src.length()) {
            int cp = src.codePointAt(i);
            if (!isIdentContinue(cp)) break;
            i += Character.charCount(cp);
        }
        return i;
    }

    private String name(String s) {
        return names.computeIfAbsent(s, k -> k);
    }

    private void lexIdent() {
        int start = pos;
        pos = scanIdentEnd(pos);
        add(TokenKind.IDENT, name(src.substring(start, pos)), start);
    }

    /** b'x', b"..", br"..", r"..", r#ident, c"..", cr"..". Returns false when it is a plain identifier. */
    private boolean lexPrefixedLiteral() {
        int start = pos;
        char c = src.charAt(pos);
        char n = peek(1);
        if (c == 'b' && n == '\'') {
            pos += 2;
            lexCharBody(Lit.Kind.BYTE, start);
            return true;
        }
        if ((c == 'b' || c == 'c') && n == '"') {
            pos += 2;
            lexString(c == 'b' ? Lit.Kind.BYTE_STR : Lit.Kind.C_STR, start, 2);
            return true;
        }
        if (c == 'r' && n == '#' && isIdentStart(codePointAt(pos + 2))) {
            pos += 2;
            int nameStart = pos;
            pos = scanIdentEnd(pos);
            tokens.add(new Token(TokenKind.RAW_IDENT, name(src.substring(nameStart, pos)), start, pos, null));
            return true;
        }
        if (c == 'r' && (n == '"' || n == '#')) {
            pos += 1;
            return lexRawString(Lit.Kind.RAW_STR, start);
        }
        if ((c == 'b' || c == 'c') && n == 'r' && (peek(2) == '"' || peek(2) == '#')) {
            pos += 2;
            return lexRawString(c == 'b' ? Lit.Kind.RAW_BYTE_STR : Lit.Kind.RAW_C_STR, start);
        }
        return false;
    }

    private int codePointAt(int i) { return i < src.length() ? src.codePointAt(i) : -1; }

    private boolean lexRawString(Lit.Kind kind, int start) {
        int hashStart = pos;
        while (pos < src.length() && src.charAt(pos) == '#') pos++;
        int hashes = pos - hashStart;
        if (pos >= src.length() || src.charAt(pos) != '"') {
            if (hashes == 1 && kind == Lit.Kind.RAW_STR) { pos = start; return false; }
            error(start, pos, "found invalid character; only `#` is allowed in raw string delimitation");
            return true;
        }
        pos++;
        String close = "\"" + "#".repeat(hashes);
        int end = src.indexOf(close, pos);
        if (end < 0) {
            error(start, start + 1, "unterminated raw string");
            pos = src.length();
            return true;
        }
        String content = src.substring(pos, end);
        pos = end + close.length();
        String symbol = src.substring(hashStart, pos);
        if (content.indexOf('\r') >= 0) error(start, pos, "bare CR not allowed in raw string");
        String suffix = lexSuffix();
        if (kind == Lit.Kind.RAW_C_STR) {
            StringBuilder bytes = new StringBuilder();
            content.codePoints().forEach(cp -> appendUtf8(bytes, cp));
            content = bytes.toString();
        }
        addLit(kind, symbol, suffix, content, start);
        return true;
    }

    private String lexSuffix() {
        if (pos < src.length() && isIdentStart(src.codePointAt(pos))) {
            int s = pos;
            pos = scanIdentEnd(pos);
            return name(src.substring(s, pos));
        }
        return null;
    }

    private void addLit(Lit.Kind kind, String symbol, String suffix, String cooked, int start) {
        Span span = new Span(start, pos);
        Lit lit = new Lit(kind, symbol, suffix, cooked, span);
        tokens.add(new Token(TokenKind.LITERAL, symbol, start, pos, lit));
    }

    /** A quote starts a char literal or a lifetime/label. */
    private void lexQuote() {
        int start = pos;
        int c1 = codePointAt(pos + 1);
        if (c1 == 'r' && peek(2) == '#' && isIdentStart(codePointAt(pos + 3))) {
            pos += 3;
            pos = scanIdentEnd(pos);
            add(TokenKind.LIFETIME, name("'" + src.substring(start + 3, pos)), start);
            return;
        }
        if (c1 >= 0 && isIdentStart(c1) || (c1 >= '0' && c1 <= '9')) {
            int identEnd = scanIdentEnd(pos + 1);
            boolean single = identEnd == pos + 1 + Character.charCount(c1);
            if (!(single && identEnd < src.length() && src.charAt(identEnd) == '\'')) {
                pos = identEnd;
                if (c1 >= '0' && c1 <= '9') error(start, pos, "lifetimes cannot start with a number");
                add(TokenKind.LIFETIME, name(src.substring(start, pos)), start);
                return;
            }
        }
        pos++;
        lexCharBody(Lit.Kind.CHAR, start);
    }

    private void lexCharBody(Lit.Kind kind, int start) {
        int bodyStart = pos;
        StringBuilder cooked = new StringBuilder(1);
        boolean bytes = kind == Lit.Kind.BYTE;
        if (pos >= src.length() || src.charAt(pos) == '\n') {
            error(start, pos, "unterminated " + (bytes ? "byte constant" : "character literal"));
            return;
        }
        if (src.charAt(pos) == '\'') {
            pos++;
            error(start, pos, "empty " + (bytes ? "byte" : "character") + " literal");
            addLit(Lit.Kind.ERR, "''", null, "", start);
            return;
        }
        int count = 0;
        while (pos < src.length() && src.charAt(pos) != '\'' && src.charAt(pos) != '\n') {
            if (src.charAt(pos) == '\\') {
                escape(cooked, bytes, false);
            } else {
                int cp = src.codePointAt(pos);
                if (bytes && cp > 0x7f) error(pos, pos + Character.charCount(cp), "non-ASCII character in byte literal");
                if (cp == '\t' || cp == '\r') error(pos, pos + 1, "character constant must be escaped: `" + (cp == '\t' ? "\\t" : "\\r") + "`");
                cooked.appendCodePoint(cp);
                pos += Character.charCount(cp);
            }
            count++;
        }
        if (pos >= src.length() || src.charAt(pos) != '\'') {
            error(start, pos, "unterminated " + (bytes ? "byte constant" : "character literal"));
            addLit(Lit.Kind.ERR, src.substring(start, pos), null, "", start);
            return;
        }
        String symbol = src.substring(bodyStart, pos);
        pos++;
        if (count != 1) error(start, pos, (bytes ? "byte" : "character") + " literal may only contain one codepoint");
        String suffix = lexSuffix();
        addLit(kind, symbol, suffix, cooked.toString(), start);
    }

    private void lexString(Lit.Kind kind, int start, int prefixLen) {
        int bodyStart = pos;
        StringBuilder cooked = new StringBuilder();
        boolean bytes = kind == Lit.Kind.BYTE_STR;
        boolean cstr = kind == Lit.Kind.C_STR;
        while (true) {
            if (pos >= src.length()) {
                error(start, start + prefixLen, "unterminated double quote " + (bytes ? "byte string" : "string"));
                addLit(Lit.Kind.ERR, src.substring(start), null, "", start);
                return;
            }
            char ch = src.charAt(pos);
            if (ch == '"') break;
            if (ch == '\\') {
                if (peek(1) == '\n' || (peek(1) == '\r' && peek(2) == '\n')) {
                    // line continuation: skip the newline and the next line's leading whitespace
                    pos += peek(1) == '\r' ? 3 : 2;
                    while (pos < src.length() && isWhitespace(src.charAt(pos))) pos++;
                    continue;
                }
                escape(cooked, bytes, cstr);
            } else if (ch == '\r' && peek(1) != '\n') {
                error(pos, pos + 1, "bare CR not allowed in string, use `\\r` instead");
                pos++;
            } else {
                int cp = src.codePointAt(pos);
                if (bytes && cp > 0x7f) error(pos, pos + Character.charCount(cp), "non-ASCII character in byte string literal");
                if (cstr) appendUtf8(cooked, cp);
                else if (ch != '\r') cooked.appendCodePoint(cp);
                pos += Character.charCount(cp);
            }
        }
        String symbol = src.substring(bodyStart, pos);
        pos++;
        String suffix = lexSuffix();
        if (cstr && cooked.indexOf("\0") >= 0) error(start, pos, "null characters in C string literals are not supported");
        addLit(kind, symbol, suffix, cooked.toString(), start);
    }

    /** A C string literal's cooked form is its bytes, one char each: a character is its UTF-8 bytes. */
    private static void appendUtf8(StringBuilder out, int cp) {
        for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) out.append((char) (b & 0xff));
    }

    /** One escape sequence at pos (which is at the backslash); appends its value to out. */
    private void escape(StringBuilder out, boolean bytes, boolean cstr) {
        int start = pos;
        pos++;
        if (pos >= src.length()) {
            error(start, pos, "unterminated escape");
            return;
        }
        char e = src.charAt(pos++);
        switch (e) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case '\\' -> out.append('\\');
            case '0' -> out.append('\0');
            case '\'' -> out.append('\'');
            case '"' -> out.append('"');
            case 'x' -> {
                int v = 0;
                int digits = 0;
                while (digits < 2 && pos < src.length() && Character.digit(src.charAt(pos), 16) >= 0) {
                    v = v * 16 + Character.digit(src.charAt(pos), 16);
                    pos++;
                    digits++;
                }
                if (digits < 2) {
                    error(start, pos, "numeric character escape is too short");
                } else if (!bytes && !cstr && v > 0x7f) {
                    error(start, pos, "out of range hex escape");
                }
                out.append((char) v);
            }
            case 'u' -> {
                if (bytes) error(start, pos, "unicode escape in byte string");
                if (pos >= src.length() || src.charAt(pos) != '{') {
                    error(start, pos, "incorrect unicode escape sequence");
                    return;
                }
                pos++;
                int v = 0;
                int digits = 0;
                while (pos < src.length() && src.charAt(pos) != '}') {
                    char d = src.charAt(pos);
                    if (d == '_') { pos++; continue; }
                    int dv = Character.digit(d, 16);
                    if (dv < 0) break;
                    if (digits < 7) v = v * 16 + dv;
                    digits++;
                    pos++;
                }
                if (pos >= src.length() || src.charAt(pos) != '}') {
                    error(start, pos, "unterminated unicode escape");
                    return;
                }
                pos++;
                if (digits == 0) {
                    error(start, pos, "empty unicode escape");
                } else if (digits > 6) {
                    error(start, pos, "overlong unicode escape");
                } else if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
                    error(start, pos, "invalid unicode character escape");
                } else if (cstr) {
                    appendUtf8(out, v);
                } else {
                    out.appendCodePoint(v);
                }
            }
            default -> {
                int cp = src.codePointAt(pos - 1);
                pos += Character.charCount(cp) - 1;
                error(start, pos, "unknown character escape: `" + describeChar(cp) + "`");
            }
        }
    }

    private void lexNumber() {
        int start = pos;
        char c = src.charAt(pos);
        char n = peek(1);
        if (c == '0' && (n == 'x' || n == 'o' || n == 'b')) {
            int radix = n == 'x' ? 16 : n == 'o' ? 8 : 2;
            pos += 2;
            int digitsStart = pos;
            boolean any = false;
            // hex digits include `e`, and any decimal digit is lexed (and checked) for o/b
            while (pos < src.length()) {
                char d = src.charAt(pos);
                if (d == '_') { pos++; continue; }
                int dv = Character.digit(d, radix == 16 ? 16 : 10);
                if (dv < 0 || (radix == 16 && d > 'f' && d <= 'z') || (radix == 16 && d > 'F' && d <= 'Z')) break;
                if (radix != 16 && dv >= radix) error(pos, pos + 1, "invalid digit for a base " + radix + " literal");
                any = true;
                pos++;
            }
            String symbol = src.substring(start, pos);
            if (!any) error(start, pos, "no valid digits found for number");
            String suffix = lexSuffix();
            if (digitsStart == pos && suffix == null && !any) { /* reported */ }
            addLit(Lit.Kind.INT, symbol, suffix, null, start);
            return;
        }
        scanDecimalDigits();
        boolean isFloat = false;
        if (pos < src.length() && src.charAt(pos) == '.' && peek(1) != '.' && !isIdentStart(codePointAt(pos + 1))) {
            isFloat = true;
            pos++;
            if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                scanDecimalDigits();
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) pos++;
            int expStart = pos;
            while (pos < src.length() && src.charAt(pos) == '_') pos++;
            if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                scanDecimalDigits();
                isFloat = true;
            } else if (src.charAt(save + 1) == '+' || src.charAt(save + 1) == '-' || expStart != pos) {
                error(save, pos, "expected at least one digit in exponent");
                isFloat = true;
            } else {
                pos = save; // `1e` followed by an identifier: a suffix, reported later
            }
        }
        String symbol = src.substring(start, pos);
        String suffix = lexSuffix();
        addLit(isFloat ? Lit.Kind.FLOAT : Lit.Kind.INT, symbol, suffix, null, start);
    }

    private void scanDecimalDigits() {
        while (pos < src.length()) {
            char d = src.charAt(pos);
            if ((d >= '0' && d <= '9') || d == '_') pos++;
            else break;
        }
    }
}
