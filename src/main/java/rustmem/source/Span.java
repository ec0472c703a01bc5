package rustmem.source;

/** A range of char offsets [lo, hi) in one source file. */
public record Span(int lo, int hi) {
    @Override
    public boolean equals(Object o) { return this == o || o instanceof Span x && lo == x.lo && hi == x.hi; }

    @Override
    public int hashCode() { return 31 * lo + hi; }

    public static final Span DUMMY = new Span(0, 0);

    public Span to(Span end) { return new Span(lo, Math.max(hi, end.hi)); }

    public Span shrinkToLo() { return new Span(lo, lo); }

    public Span shrinkToHi() { return new Span(hi, hi); }
}
