package rustmem.syntax.ast;

import java.util.List;
import rustmem.source.Span;

/** A whole source file: inner attributes and items. */
public record Crate(List<Attribute> attrs, List<Item> items, Span span) implements Node {}
