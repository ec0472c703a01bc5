package rustmem.resolve;

/** The identity of one definition of the program or of std (rustc's {@code DefId}): an index into {@link Definitions}. */
public record DefId(int index) implements Comparable<DefId> {
    @Override
    public int compareTo(DefId o) { return Integer.compare(index, o.index); }

    @Override
    public boolean equals(Object o) { return o instanceof DefId d && d.index == index; }

    @Override
    public int hashCode() { return index; }

    @Override
    public String toString() { return "DefId(" + index + ")"; }
}
