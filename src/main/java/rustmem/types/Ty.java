package rustmem.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import rustmem.resolve.DefId;

/**
 * A Rust type (rustc's {@code ty::Ty}), with lifetimes erased. Generic items use {@link Param}; the type
 * checker's unknowns are {@link Infer}; an associated type not yet normalised (or one that cannot be, inside a
 * generic body) is an {@link Alias}. Const generic arguments and array lengths are types of their own kind:
 * {@link ConstValue}, or a {@link Param}/{@link Infer} standing for a constant.
 *
 * <p>The variants write out {@code equals} and {@code hashCode}: a record's own are linked through invokedynamic at
 * their first call (a millisecond or more each, at start-up, which the JDK's AOT cache does not keep), and types are
 * hashed and compared from a compilation's first checks on. Other values hashed at start-up do the same
 * ({@code DefId}, {@code Span}, {@code TraitRef}, MIR places).
 */
public sealed interface Ty {

    enum IntTy {
        I8(1, true, "i8"), I16(2, true, "i16"), I32(4, true, "i32"), I64(8, true, "i64"), I128(16, true, "i128"),
        ISIZE(8, true, "isize"),
        U8(1, false, "u8"), U16(2, false, "u16"), U32(4, false, "u32"), U64(8, false, "u64"), U128(16, false, "u128"),
        USIZE(8, false, "usize");

        /** Size in bytes on x86_64. */
        public final int size;
        public final boolean signed;
        public final String name;

        IntTy(int size, boolean signed, String name) {
            this.size = size;
            this.signed = signed;
            this.name = name;
        }

        public boolean pointerSized() { return this == ISIZE || this == USIZE; }

        public static IntTy byName(String name) {
            for (IntTy t : values()) if (t.name.equals(name)) return t;
            return null;
        }
    }

    enum FloatTy {
        F32("f32"), F64("f64");
        public final String name;

        FloatTy(String name) { this.name = name; }
    }

    record Bool() implements Ty {
        @Override
        public boolean equals(Object o) { return o instanceof Bool; }

        @Override
        public int hashCode() { return 1; }
    }

    record Char() implements Ty {
        @Override
        public boolean equals(Object o) { return o instanceof Char; }

        @Override
        public int hashCode() { return 2; }
    }

    record Str() implements Ty {
        @Override
        public boolean equals(Object o) { return o instanceof Str; }

        @Override
        public int hashCode() { return 3; }
    }

    record Never() implements Ty {
        @Override
        public boolean equals(Object o) { return o instanceof Never; }

        @Override
        public int hashCode() { return 4; }
    }

    record Int(IntTy kind) implements Ty {
        @Override
        public boolean equals(Object o) { return this == o || o instanceof Int x && kind == x.kind; }

        @Override
        public int hashCode() { return kind.ordinal(); }
    }

    record Float(FloatTy kind) implements Ty {
        @Override
        public boolean equals(Object o) { return this == o || o instanceof Float x && kind == x.kind; }

        @Override
        public int hashCode() { return kind.ordinal(); }
    }

    /** A struct, enum or union applied to its generic arguments. */
    record Adt(AdtDef def, List<Ty> args) implements Ty {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Adt x && Objects.equals(def, x.def) && Objects.equals(args, x.args);
        }

        @Override
        public int hashCode() { return 31 * Objects.hashCode(def) + Objects.hashCode(args); }
    }

    /** {@code [T; N]}: the length is a {@link ConstValue}, or a const parameter or inference variable. */
    record Array(Ty element, Ty length) implements Ty {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Array x && Objects.equals(element, x.element)
                && Objects.equals(length, x.length);
        }

        @Override
        public int hashCode() { return 31 * Objects.hashCode(element) + Objects.hashCode(length); }
    }

    record Slice(Ty element) implements Ty {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Slice x && Objects.equals(element, x.element);
        }

        @Override
        public int hashCode() { return Objects.hashCode(element); }
    }

    record RawPtr(Ty pointee, boolean mutable) implements Ty {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof RawPtr x && Objects.equals(pointee, x.pointee) && mutable == x.mutable;
        }

        @Override
        public int hashCode() { return 31 * Objects.hashCode(pointee) + (mutable ? 1231 : 1237); }
    }

    record Ref(Ty pointee, boolean mutable) implements Ty {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Ref x && Objects.equals(pointee, x.pointee) && mutable == x.mutable;
        }

        @Override
        public int hashCode() { return 31 * Objects.hashCode(pointee) + (mutable ? 1231 : 1237); }
    }

    /** The zero-sized type of one function (or constructor) named as a value, with its generic arguments. */
    record FnDef(DefId def, List<Ty> args) implements Ty {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof FnDef x && Objects.equals(def, x.def) && Objects.equals(args, x.args);
        }

        @Override
        public int hashCode() { return 31 * Objects.hashCode(def) + Objects.hashCode(args); }
    }

    record FnPtr(FnSig sig) implements Ty {
        @Override
        public boolean equals(Object o) { return this == o || o instanceof FnPtr x && Objects.equals(sig, x.sig); }

        @Override
        public int hashCode() { return Objects.hashCode(sig); }
    }

    /**
     * {@code dyn Trait<Args, Assoc = T> + Auto}: the principal trait (null for {@code dyn Send} alone) with its
     * arguments after Self, the associated types it fixes, and its auto traits (sorted by DefId).
     */
    record Dynamic(DefId principal, List<Ty> args, List<AssocBinding> bindings, List<DefId> autoTraits) implements Ty {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Dynamic x && Objects.equals(principal, x.principal)
                && Objects.equals(args, x.args) && Objects.equals(bindings, x.bindings)
                && Objects.equals(autoTraits, x.autoTraits);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * (31 * Objects.hashCode(principal) + Objects.hashCode(args)) + Objects.hashCode(bindings))
                + Objects.hashCode(autoTraits);
        }
    }

    /** An associated type fixed by a trait object or bound: {@code Item = u32} ({@code assoc} is the trait's item). */
    record AssocBinding(DefId assoc, Ty ty) {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof AssocBinding x && Objects.equals(assoc, x.assoc)
                && Objects.equals(ty, x.ty);
        }

        @Override
        public int hashCode() { return 31 * Objects.hashCode(assoc) + Objects.hashCode(ty); }
    }

    /** A closure: its definition (the closure expression) and the generic arguments of the body it is written in. */
    record Closure(DefId def, List<Ty> args) implements Ty {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Closure x && Objects.equals(def, x.def) && Objects.equals(args, x.args);
        }

        @Override
        public int hashCode() { return 31 * Objects.hashCode(def) + Objects.hashCode(args); }
    }

    record Tuple(List<Ty> elements) implements Ty {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Tuple x && Objects.equals(elements, x.elements);
        }

        @Override
        public int hashCode() { return Objects.hashCode(elements); }
    }

    enum AliasKind { PROJECTION, OPAQUE }

    /**
     * {@code <T as Trait>::Assoc} (PROJECTION: def is the trait's associated type, args the trait's arguments,
     * Self first) or an {@code impl Trait} return type (OPAQUE: def is the opaque type, args its function's).
     */
    record Alias(AliasKind kind, DefId def, List<Ty> args) implements Ty {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Alias x && kind == x.kind && Objects.equals(def, x.def)
                && Objects.equals(args, x.args);
        }

        @Override
        public int hashCode() { return 31 * (31 * kind.ordinal() + Objects.hashCode(def)) + Objects.hashCode(args); }
    }

    /** The index-th generic parameter of the item (its parents' first; Self is 0 in a trait). */
    record Param(int index, String name) implements Ty {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Param x && index == x.index && Objects.equals(name, x.name);
        }

        @Override
        public int hashCode() { return 31 * index + Objects.hashCode(name); }
    }

    enum InferKind { TY, INT, FLOAT }

    /** An inference variable of a type-checking context. */
    record Infer(int id, InferKind kind) implements Ty {
        @Override
        public boolean equals(Object o) { return this == o || o instanceof Infer x && id == x.id && kind == x.kind; }

        @Override
        public int hashCode() { return 31 * id + kind.ordinal(); }
    }

    /** A constant used as a generic argument or array length. */
    record ConstValue(long value) implements Ty {
        @Override
        public boolean equals(Object o) { return this == o || o instanceof ConstValue x && value == x.value; }

        @Override
        public int hashCode() { return Long.hashCode(value); }
    }

    /** The type of something whose type could not be computed; an error has been reported. */
    record Error() implements Ty {
        @Override
        public boolean equals(Object o) { return o instanceof Error; }

        @Override
        public int hashCode() { return 5; }
    }

    Ty BOOL = new Bool();
    Ty CHAR = new Char();
    Ty STR = new Str();
    Ty NEVER = new Never();
    Ty UNIT = new Tuple(List.of());
    Ty ERROR = new Error();
    Ty I32 = new Int(IntTy.I32);
    Ty U8 = new Int(IntTy.U8);
    Ty U32 = new Int(IntTy.U32);
    Ty U64 = new Int(IntTy.U64);
    Ty USIZE = new Int(IntTy.USIZE);
    Ty ISIZE = new Int(IntTy.ISIZE);
    Ty F64 = new Float(FloatTy.F64);
    Ty F32 = new Float(FloatTy.F32);
    Ty STATIC_STR = new Ref(STR, false);

    static Ty intTy(IntTy k) {
        return switch (k) {
            case I32 -> I32;
            case U8 -> U8;
            case USIZE -> USIZE;
            default -> new Int(k);
        };
    }

    static Ty tuple(List<Ty> elems) { return elems.isEmpty() ? UNIT : new Tuple(List.copyOf(elems)); }

    // ------------------------------------------------------------------ traversal

    /**
     * This type with each component replaced by f's result: f sees every type, outermost first; when it returns
     * something other than its argument that result is taken as it is, else the children are folded.
     */
    default Ty fold(UnaryOperator<Ty> f) {
        Ty m = f.apply(this);
        if (m != this) return m;
        return switch (this) {
            case Adt a -> a.args().isEmpty() ? a : new Adt(a.def(), foldAll(a.args(), f));
            case Array a -> new Array(a.element().fold(f), a.length().fold(f));
            case Slice s -> new Slice(s.element().fold(f));
            case RawPtr p -> new RawPtr(p.pointee().fold(f), p.mutable());
            case Ref r -> new Ref(r.pointee().fold(f), r.mutable());
            case FnDef fd -> fd.args().isEmpty() ? fd : new FnDef(fd.def(), foldAll(fd.args(), f));
            case FnPtr fp -> new FnPtr(fp.sig().fold(f));
            case Dynamic d -> {
                List<AssocBinding> bs = new ArrayList<>();
                for (AssocBinding b : d.bindings()) bs.add(new AssocBinding(b.assoc(), b.ty().fold(f)));
                yield new Dynamic(d.principal(), foldAll(d.args(), f), bs, d.autoTraits());
            }
            case Closure c -> c.args().isEmpty() ? c : new Closure(c.def(), foldAll(c.args(), f));
            case Tuple t -> t.elements().isEmpty() ? t : new Tuple(foldAll(t.elements(), f));
            case Alias a -> new Alias(a.kind(), a.def(), foldAll(a.args(), f));
            default -> this;
        };
    }

    static List<Ty> foldAll(List<Ty> tys, UnaryOperator<Ty> f) {
        List<Ty> out = null;
        for (int i = 0; i < tys.size(); i++) {
            Ty t = tys.get(i);
            Ty m = t.fold(f);
            if (m != t && out == null) {
                out = new ArrayList<>(tys.subList(0, i));
            }
            if (out != null) out.add(m);
        }
        return out == null ? tys : List.copyOf(out);
    }

    /** Whether some component (this included) satisfies p. */
    default boolean any(java.util.function.Predicate<Ty> p) {
        if (p.test(this)) return true;
        return switch (this) {
            case Adt a -> anyOf(a.args(), p);
            case Array a -> a.element().any(p) || a.length().any(p);
            case Slice s -> s.element().any(p);
            case RawPtr r -> r.pointee().any(p);
            case Ref r -> r.pointee().any(p);
            case FnDef fd -> anyOf(fd.args(), p);
            case FnPtr fp -> anyOf(fp.sig().inputs(), p) || fp.sig().output().any(p);
            case Dynamic d -> anyOf(d.args(), p) || d.bindings().stream().anyMatch(b -> b.ty().any(p));
            case Closure c -> anyOf(c.args(), p);
            case Tuple t -> anyOf(t.elements(), p);
            case Alias a -> anyOf(a.args(), p);
            default -> false;
        };
    }

    private static boolean anyOf(List<Ty> tys, java.util.function.Predicate<Ty> p) {
        for (Ty t : tys) if (t.any(p)) return true;
        return false;
    }

    /** Replaces each {@link Param} by the argument of the same index. */
    default Ty subst(List<Ty> args) {
        if (args.isEmpty()) return this;
        return fold(t -> t instanceof Param p && p.index() < args.size() ? args.get(p.index()) : t);
    }

    static List<Ty> substAll(List<Ty> tys, List<Ty> args) {
        if (args.isEmpty()) return tys;
        return foldAll(tys, t -> t instanceof Param p && p.index() < args.size() ? args.get(p.index()) : t);
    }

    default boolean hasParams() { return any(t -> t instanceof Param); }

    default boolean hasInfer() { return any(t -> t instanceof Infer); }

    default boolean hasAliases() { return any(t -> t instanceof Alias); }

    default boolean hasErrors() { return any(t -> t instanceof Error); }

    default boolean isUnit() { return this instanceof Tuple t && t.elements().isEmpty(); }

    default boolean isIntegral() { return this instanceof Int || this instanceof Infer i && i.kind() == InferKind.INT; }

    default boolean isFloat() { return this instanceof Float || this instanceof Infer i && i.kind() == InferKind.FLOAT; }

    default boolean isNumeric() { return isIntegral() || isFloat(); }

    /** Scalars whose operators are built in: integers, floats, bool, char, raw pointers. */
    default boolean isScalar() {
        return this instanceof Int || this instanceof Float || this instanceof Bool || this instanceof Char
            || this instanceof RawPtr || this instanceof FnPtr;
    }
}
