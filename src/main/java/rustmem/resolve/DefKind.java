package rustmem.resolve;

/** What kind of thing a {@link DefId} names (rustc's {@code DefKind}). */
public enum DefKind {
    MOD, STRUCT, UNION, ENUM, VARIANT, TRAIT, TY_ALIAS, TY_PARAM, CONST_PARAM,
    FN, CONST, STATIC, ASSOC_FN, ASSOC_TY, ASSOC_CONST, IMPL, CLOSURE, FIELD, FOREIGN_FN, FOREIGN_STATIC,
    /** A `macro_rules!` macro. */
    MACRO,
    /** The constructor of a tuple or unit struct, in the value namespace (its DefId is the struct's). */
    CTOR_STRUCT,
    /** The constructor of a tuple or unit variant, in the value namespace (its DefId is the variant's). */
    CTOR_VARIANT,
    /** An `impl Trait` in return position (an opaque type). */
    OPAQUE_TY;

    public boolean isType() {
        return switch (this) {
            case STRUCT, UNION, ENUM, TRAIT, TY_ALIAS, TY_PARAM, ASSOC_TY, OPAQUE_TY -> true;
            default -> false;
        };
    }

    public boolean isFn() { return this == FN || this == ASSOC_FN || this == FOREIGN_FN; }

    /** How rustc names the kind in messages ("struct", "function" …). */
    public String descr() {
        return switch (this) {
            case MOD -> "module";
            case STRUCT -> "struct";
            case UNION -> "union";
            case ENUM -> "enum";
            case VARIANT -> "variant";
            case TRAIT -> "trait";
            case TY_ALIAS -> "type alias";
            case TY_PARAM -> "type parameter";
            case CONST_PARAM -> "const parameter";
            case FN, FOREIGN_FN -> "function";
            case CONST -> "constant";
            case STATIC, FOREIGN_STATIC -> "static";
            case ASSOC_FN -> "associated function";
            case ASSOC_TY -> "associated type";
            case ASSOC_CONST -> "associated constant";
            case IMPL -> "implementation";
            case CLOSURE -> "closure";
            case FIELD -> "field";
            case MACRO -> "macro";
            case CTOR_STRUCT -> "tuple struct";
            case CTOR_VARIANT -> "tuple variant";
            case OPAQUE_TY -> "opaque type";
        };
    }
}
