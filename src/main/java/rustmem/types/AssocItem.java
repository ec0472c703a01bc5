package rustmem.types;

import rustmem.resolve.DefId;

/**
 * An associated item of a trait or impl: a function (a method when it takes self), a type or a constant;
 * for an impl's items of a trait impl, the trait item it implements (null otherwise).
 */
public record AssocItem(DefId def, Kind kind, String name, DefId container, boolean hasSelf, boolean hasDefault,
                        DefId traitItem) {
    public enum Kind { FN, TYPE, CONST }
}
