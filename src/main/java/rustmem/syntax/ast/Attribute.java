package rustmem.syntax.ast;

import java.util.List;
import rustmem.source.Span;

/**
 * An attribute {@code #[path args]} or {@code #![path args]}; doc comments are attributes too
 * (path {@code doc}, value the comment's text, {@code docComment} set).
 */
public record Attribute(boolean inner, Path path, AttrArgs args, boolean docComment, Span span) implements Node {

    /** What follows the path. */
    public sealed interface AttrArgs {}

    public record Empty() implements AttrArgs {}

    public record Delimited(TokenTree.Delimited tokens) implements AttrArgs {}

    public record Eq(Expr value) implements AttrArgs {}

    /** The token trees inside the delimiters, or an empty list. */
    public List<TokenTree> tokens() {
        return args instanceof Delimited d ? d.tokens().trees() : List.of();
    }

    public boolean is(String name) { return path.isSingle() && path.last().name().equals(name); }
}
