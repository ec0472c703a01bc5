package rustmem.resolve;

import rustmem.source.Span;
import rustmem.syntax.ast.Pat;

/** A local variable bound by a pattern: its id, name, how it binds, and the pattern that binds it. */
public record LocalBinding(int id, String name, boolean mutable, boolean byRef, Pat.IdentPat pat, Span span) {}
