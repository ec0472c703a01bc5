package rustmem.layout;

import java.math.BigInteger;

/** Integer widths used for scalars and enum tags (rustc's {@code Integer}). */
public enum IntWidth {
    I8(1), I16(2), I32(4), I64(8), I128(16);

    public final int size;

    IntWidth(int size) { this.size = size; }

    public int bits() { return size * 8; }

    public static IntWidth ofSize(int bytes) {
        for (IntWidth i : values()) if (i.size == bytes) return i;
        throw new IllegalArgumentException("no integer of " + bytes + " bytes");
    }

    /** Smallest integer holding every value of [min, max] as signed (or unsigned) numbers. */
    public static IntWidth fitting(BigInteger min, BigInteger max, boolean signed) {
        for (IntWidth i : values()) {
            BigInteger lo = signed ? BigInteger.ONE.shiftLeft(i.bits() - 1).negate() : BigInteger.ZERO;
            BigInteger hi = signed ? BigInteger.ONE.shiftLeft(i.bits() - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(i.bits()).subtract(BigInteger.ONE);
            if (min.compareTo(lo) >= 0 && max.compareTo(hi) <= 0) return i;
        }
        return I128;
    }

    /** The integer whose size and ABI alignment both equal align, if any (§1.2). */
    public static IntWidth forAlign(TargetDataLayout dl, int align) {
        for (IntWidth i : values()) if (i.size == align && dl.alignOf(i) == align) return i;
        return null;
    }

    public String rustName(boolean signed) { return (signed ? "i" : "u") + bits(); }
}
