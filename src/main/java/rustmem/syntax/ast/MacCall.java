package rustmem.syntax.ast;

import rustmem.source.Span;

/** A macro invocation {@code path!(tokens)} with its input kept as token trees. */
public record MacCall(Path path, TokenTree.Delimited args, Span span) implements Node {}
