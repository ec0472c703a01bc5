package rustmem.layout;

import java.math.BigInteger;

/** A scalar at some offset whose invalid bit patterns an enum may use to encode variants (§2.3). */
public record Niche(long offset, Scalar scalar) {

    /** Result of reserving values: the first reserved value and the scalar with its widened range. */
    public record Reservation(BigInteger start, Scalar scalar) {}

    /** The niche of a scalar, or null when all its bit patterns are valid. */
    public static Niche of(long offset, Scalar s, TargetDataLayout dl) {
        Niche n = new Niche(offset, s);
        return n.available(dl).signum() > 0 ? n : null;
    }

    public int size(TargetDataLayout dl) { return scalar.size(dl); }

    /** How many bit patterns are invalid: (start - end - 1) mod 2^bits. */
    public BigInteger available(TargetDataLayout dl) {
        WrappingRange r = scalar.validRange();
        BigInteger mod = BigInteger.ONE.shiftLeft(size(dl) * 8);
        return r.start().subtract(r.end()).subtract(BigInteger.ONE).mod(mod);
    }

    /** Takes count invalid values out of the niche (§2.4), or null when there are not enough. */
    public Reservation reserve(TargetDataLayout dl, BigInteger count) {
        if (count.compareTo(available(dl)) > 0) return null;
        int bytes = size(dl);
        BigInteger mod = BigInteger.ONE.shiftLeft(bytes * 8);
        BigInteger max = mod.subtract(BigInteger.ONE);
        BigInteger start = scalar.validRange().start();
        BigInteger end = scalar.validRange().end();
        boolean moveStart;
        if (start.compareTo(end) > 0) {
            moveStart = false;
        } else if (start.compareTo(max.subtract(end)) <= 0) {
            moveStart = count.compareTo(start) <= 0;
        } else {
            BigInteger e = end.add(count).mod(mod);
            moveStart = e.signum() > 0 && e.compareTo(end) <= 0;
        }
        if (moveStart) {
            BigInteger newStart = start.subtract(count).mod(mod);
            return new Reservation(newStart, scalar.withRange(new WrappingRange(newStart, end)));
        }
        BigInteger s = end.add(BigInteger.ONE).mod(mod);
        BigInteger newEnd = end.add(count).mod(mod);
        return new Reservation(s, scalar.withRange(new WrappingRange(start, newEnd)));
    }
}
