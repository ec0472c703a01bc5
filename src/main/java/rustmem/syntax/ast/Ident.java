package rustmem.syntax.ast;

import rustmem.source.Span;

/** An identifier (keywords such as {@code self} and {@code Self} included); raw identifiers keep their flag. */
public record Ident(String name, boolean raw, Span span) implements Node {
    public Ident(String name, Span span) { this(name, false, span); }

    @Override
    public String toString() { return raw ? "r#" + name : name; }
}
