package rustmem.syntax.ast;

import rustmem.source.Span;

/** A lifetime or loop label, named with its quote: {@code 'a}, {@code 'static}, {@code '_}. */
public record Lifetime(String name, Span span) implements Node {}
