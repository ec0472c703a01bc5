package rustmem.layout;

import java.math.BigInteger;

/**
 * The valid values of a scalar as a range over its unsigned bit pattern that may wrap around:
 * {@code start > end} means {@code start..=MAX} plus {@code 0..=end}.
 */
public record WrappingRange(BigInteger start, BigInteger end) {

    public static WrappingRange full(int bytes) {
        return new WrappingRange(BigInteger.ZERO, max(bytes));
    }

    public static BigInteger max(int bytes) { return BigInteger.ONE.shiftLeft(bytes * 8).subtract(BigInteger.ONE); }

    public boolean isFull(int bytes) {
        BigInteger mod = BigInteger.ONE.shiftLeft(bytes * 8);
        return end.add(BigInteger.ONE).mod(mod).equals(start);
    }

    public WrappingRange withStart(BigInteger s) { return new WrappingRange(s, end); }

    public WrappingRange withEnd(BigInteger e) { return new WrappingRange(start, e); }

    @Override
    public String toString() { return start + "..=" + end; }
}
