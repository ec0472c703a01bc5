package rustmem.syntax.ast;

import rustmem.source.Span;

/** Every AST node knows the source range it was parsed from. */
public interface Node {
    Span span();
}
