package rustmem.source;

/** A range of char offsets [lo, hi) in one source file. */
public record Span(int lo, int hi) {
    public static final Span DUMMY = new Span(0, 0);

    public Span to(Span end) { return new Span(lo, Math.max(hi, end.hi)); }

    public Span shrinkToLo() { return new Span(lo, lo); }

    public Span shrinkToHi() { return new Span(hi, hi); }
}
