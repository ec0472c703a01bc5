package rustmem.resolve;

/** The identity of one definition of the program or of std (rustc's {@code DefId}): an index into {@link Definitions}. */
public record DefId(int index) implements Comparable<DefId> {
    @Override
    public int compareTo(DefId o) { return Integer.compare(index, o.index); }

    @Override
    public String toString() { return "DefId(" + index + ")"; }
}
