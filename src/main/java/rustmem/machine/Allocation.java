package rustmem.machine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A block of simulated memory at a fixed address: a stack frame, a heap chunk, a string
 * literal in .rodata. Scalars are stored little-endian, as on x86_64.
 */
public final class Allocation {
    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    public final int id;
    public final long base;
    public final byte[] bytes;
    public final AllocKind kind;
    /** What the block holds (its toString is computed only when a report shows it). */
    public final Object label;
    private boolean live = true;

    Allocation(int id, long base, int size, AllocKind kind, Object label) {
        this.id = id;
        this.base = base;
        this.bytes = new byte[size];
        this.kind = kind;
        this.label = label;
    }

    /**
     * The bytes not written since malloc handed the block out (Miri's uninitialised bytes), or null when every byte
     * is initialised. Only heap blocks of the program's run track them.
     */
    private java.util.BitSet uninit;

    public boolean live() { return live; }

    /** Marks [from, to) not initialised: a fresh malloc'd block, the part a realloc adds. */
    public void markUninit(int from, int to) {
        if (from >= to) return;
        if (uninit == null) uninit = new java.util.BitSet(bytes.length);
        uninit.set(from, to);
    }

    /** Marks [from, to) written. */
    public void markInit(int from, int to) {
        if (uninit == null || from >= to) return;
        uninit.clear(from, to);
        if (uninit.isEmpty()) uninit = null;
    }

    /** Whether a byte of [from, to) is not initialised. */
    public boolean anyUninit(int from, int to) {
        if (uninit == null) return false;
        // bit by bit for a scalar: nextSetBit would scan on past `to` (to the first uninitialised byte of a half-filled
        // buffer, making a loop over a Vec's elements quadratic)
        if (to - from <= 16) {
            for (int i = from; i < to; i++) if (uninit.get(i)) return true;
            return false;
        }
        return !uninit.get(from, to).isEmpty();
    }

    /** Gives [off, off+n) the initialisation of src's [srcOff, srcOff+n) (a copy keeps uninitialised bytes uninitialised). */
    public void copyInit(Allocation src, int srcOff, int off, int n) {
        if (src == null || src.uninit == null) {
            markInit(off, off + n);
            return;
        }
        for (int i = 0; i < n; i++) {
            if (src.uninit.get(srcOff + i)) markUninit(off + i, off + i + 1);
            else markInit(off + i, off + i + 1);
        }
    }

    void kill() { live = false; }

    public int size() { return bytes.length; }

    /** Reads an integer of size 1, 2, 4 or 8 bytes at offset, sign- or zero-extended to 64 bits. */
    public static long read(byte[] b, int off, int size, boolean signed) {
        return switch (size) {
            case 1 -> signed ? b[off] : b[off] & 0xFFL;
            case 2 -> signed ? (short) I16.get(b, off) : ((short) I16.get(b, off)) & 0xFFFFL;
            case 4 -> signed ? (int) I32.get(b, off) : ((int) I32.get(b, off)) & 0xFFFF_FFFFL;
            case 8 -> (long) I64.get(b, off);
            case 0 -> 0;
            default -> throw new IllegalArgumentException("scalar of " + size + " bytes");
        };
    }

    public static void write(byte[] b, int off, int size, long v) {
        switch (size) {
            case 1 -> b[off] = (byte) v;
            case 2 -> I16.set(b, off, (short) v);
            case 4 -> I32.set(b, off, (int) v);
            case 8 -> I64.set(b, off, v);
            case 0 -> { }
            default -> throw new IllegalArgumentException("scalar of " + size + " bytes");
        }
    }
}
