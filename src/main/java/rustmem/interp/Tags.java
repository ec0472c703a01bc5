package rustmem.interp;

import rustmem.layout.Layout;
import rustmem.layout.Primitive;
import rustmem.layout.TargetDataLayout;
import rustmem.layout.Variants;
import rustmem.types.AdtDef;

/**
 * How an enum's value says which variant it holds, as its layout encodes it: a tag holding the discriminant, a
 * niche in another field, or nothing (one variant). Reads the discriminant and writes the tag.
 */
final class Tags {
    final AdtDef adt;
    /** 0: single variant; 1: direct tag; 2: niche. */
    final int kind;
    final int single;
    final long tagOffset;
    final int tagSize;
    final boolean tagSigned;
    final int untagged, first, last;
    final long nicheStart;

    /** Each variant's discriminant value (as a long: the low 64 bits of a 128-bit one, as the tag holds them). */
    private final long[] discrs;

    Tags(AdtDef adt, Layout layout, TargetDataLayout dl) {
        this.adt = adt;
        this.discrs = new long[adt.variants.size()];
        for (int i = 0; i < discrs.length; i++) discrs[i] = adt.variants.get(i).discr().longValue();
        switch (layout.variants()) {
            case Variants.Multiple mv -> {
                tagOffset = layout.fields().offset(mv.tagField());
                tagSize = mv.tag().size(dl);
                tagSigned = mv.tag().primitive() instanceof Primitive.Int pi && pi.signed();
                single = -1;
                if (mv.encoding() instanceof Variants.NicheEncoding ne) {
                    kind = 2;
                    untagged = ne.untaggedVariant();
                    first = ne.first();
                    last = ne.last();
                    nicheStart = ne.nicheStart().longValue();
                } else {
                    kind = 1;
                    untagged = first = last = -1;
                    nicheStart = 0;
                }
            }
            case Variants.Single s -> {
                kind = 0;
                single = s.index();
                tagOffset = tagSize = 0;
                tagSigned = false;
                untagged = first = last = -1;
                nicheStart = 0;
            }
            case Variants.Empty e -> {
                kind = 0;
                single = 0;
                tagOffset = tagSize = 0;
                tagSigned = false;
                untagged = first = last = -1;
                nicheStart = 0;
            }
        }
    }

    /** The index of the variant the value at addr holds. */
    int variant(MemoryView m, long addr) {
        switch (kind) {
            case 0 -> {
                return single;
            }
            case 1 -> {
                long tag = tagSize == 16 ? m.read(addr + tagOffset, 8, false) : m.read(addr + tagOffset, tagSize, tagSigned);
                for (int i = 0; i < adt.variants.size(); i++) {
                    if (Scalars.norm(discrs[i], Math.min(tagSize, 8), tagSigned) == tag) return i;
                }
                throw new rustmem.machine.UndefinedBehavior("enum `" + adt.name + "` holds an invalid tag " + tag);
            }
            default -> {
                long v = m.read(addr + tagOffset, Math.min(tagSize, 8), false);
                long rel = Scalars.norm(v - nicheStart, Math.min(tagSize, 8), false);
                if (Long.compareUnsigned(rel, (long) last - first) <= 0) return first + (int) rel;
                return untagged;
            }
        }
    }

    /** A tag of up to 16 bytes (a 128-bit tag fills its upper half with the sign). */
    private void writeTag(Machine m, long addr, long value) {
        if (tagSize == 16) {
            m.write(addr + tagOffset, 8, value);
            m.write(addr + tagOffset + 8, 8, tagSigned && value < 0 ? -1 : 0);
        } else {
            m.write(addr + tagOffset, tagSize, value);
        }
    }

    /** The discriminant value of the variant held (what `as` casts and matches compare). */
    long discriminant(Machine m, long addr) { return discrs[variant(m, addr)]; }

    /**
     * Whether the value is its niche and nothing else: a niche-encoded enum (`Option<&T>`, `Option<NonNull<T>>`,
     * `Option<bool>`) of up to 8 bytes whose tag fills it, so that every variant's value is one number whose bytes are
     * all initialised (the register of {@link Registers}).
     */
    boolean wholeNiche(long size) { return kind == 2 && tagOffset == 0 && tagSize == size && size <= 8; }

    /** The discriminant value of a {@link #wholeNiche} value (read as an unsigned number of tagSize bytes). */
    long nicheDiscriminant(long v) {
        long rel = Scalars.norm(v - nicheStart, tagSize, false);
        return discrs[Long.compareUnsigned(rel, (long) last - first) <= 0 ? first + (int) rel : untagged];
    }

    /** The tag of a niche variant (not the untagged one), as an unsigned number of tagSize bytes. */
    long nicheTag(int variant) { return Scalars.norm(nicheStart + (variant - first), tagSize, false); }

    void write(Machine m, long addr, int variant) {
        switch (kind) {
            case 1 -> writeTag(m, addr, discrs[variant]);
            case 2 -> {
                if (variant != untagged) writeTag(m, addr, nicheStart + (variant - first));
            }
            default -> { }
        }
    }

}
