package rustmem.layout;

import java.math.BigInteger;
import java.util.List;

/** Whether a layout has one variant or several distinguished by a tag (rustc's {@code Variants}). */
public sealed interface Variants {

    record Single(int index) implements Variants {}

    /** No variant can exist (an empty enum, {@code !}). */
    record Empty() implements Variants {}

    /** A tag (or niche) scalar, stored at the offset of field tagField, and one layout per variant. */
    record Multiple(Scalar tag, TagEncoding encoding, int tagField, List<Layout> variants) implements Variants {}

    /** How the tag's value maps to variants. */
    sealed interface TagEncoding {}

    /** The tag holds the discriminant. */
    record Direct() implements TagEncoding {}

    /**
     * The tag is a niche inside the untagged variant's data: variant v in first..=last is stored
     * as nicheStart + (v - first); every other value means the untagged variant.
     */
    record NicheEncoding(int untaggedVariant, int first, int last, BigInteger nicheStart) implements TagEncoding {}
}
