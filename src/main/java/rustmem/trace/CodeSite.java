package rustmem.trace;

import rustmem.source.Span;

/** Where the program was when something happened: its innermost own frame's function, line and statement. */
public record CodeSite(String fn, int line, Span span) {
    @Override
    public String toString() { return "line " + line + " (" + fn + ")"; }
}
