package rustmem.resolve;

/**
 * A path resolved as far as the resolver can take it (rustc's {@code PartialRes}): the resolution of its
 * first segments, and how many segments after them are left to the type checker (associated items such as
 * {@code Vec::new}, {@code T::Item}, {@code i32::MAX}).
 */
public record PartialRes(Res base, int unresolvedSegments) {
    public static PartialRes full(Res r) { return new PartialRes(r, 0); }

    public boolean isFull() { return unresolvedSegments == 0; }
}
