package rustmem.legacy.types;

import java.util.List;
import java.util.stream.Collectors;

/** A Rust type after name resolution (rustc's {@code ty::Ty}). Generic definitions use {@link Param}. */
public sealed interface Ty {

    enum IntTy {
        I8(1, true, "i8"), I16(2, true, "i16"), I32(4, true, "i32"), I64(8, true, "i64"), I128(16, true, "i128"),
        ISIZE(0, true, "isize"),
        U8(1, false, "u8"), U16(2, false, "u16"), U32(4, false, "u32"), U64(8, false, "u64"), U128(16, false, "u128"),
        USIZE(0, false, "usize");

        /** Size in bytes; 0 for the pointer-sized ones, whose size depends on the target. */
        public final int fixedSize;
        public final boolean signed;
        public final String name;

        IntTy(int fixedSize, boolean signed, String name) {
            this.fixedSize = fixedSize;
            this.signed = signed;
            this.name = name;
        }

        public static IntTy byName(String name) {
            for (IntTy t : values()) if (t.name.equals(name)) return t;
            return null;
        }
    }

    enum FloatTy { F32, F64 }

    record Int(IntTy kind) implements Ty {}

    record Float(FloatTy kind) implements Ty {}

    record Bool() implements Ty {}

    record Char() implements Ty {}

    record Str() implements Ty {}

    record Never() implements Ty {}

    record Tuple(List<Ty> elements) implements Ty {}

    record Array(Ty element, long length) implements Ty {}

    record Slice(Ty element) implements Ty {}

    record Ref(Ty pointee, boolean mutable) implements Ty {}

    record RawPtr(Ty pointee, boolean mutable) implements Ty {}

    record FnPtr(List<Ty> inputs, Ty output) implements Ty {}

    /** The zero-sized type of one function named as a value (rustc's FnDef); it coerces to a {@link FnPtr}. */
    record FnDef(int fn, String name, List<Ty> inputs, Ty output) implements Ty {
        public FnPtr pointer() { return new FnPtr(inputs, output); }
    }

    /**
     * {@code dyn Trait + Send + Sync}: the principal trait, the auto traits added to it (sorted), and for the
     * Fn traits the call signature ({@code dyn FnOnce(u8) -> u8}; null for other traits).
     */
    record Dynamic(String traitName, List<String> autoTraits, FnPtr fnSig) implements Ty {
        public Dynamic(String traitName) { this(traitName, List.of(), null); }

        public boolean hasAuto(String trait) { return autoTraits.contains(trait); }
    }

    /** A struct, enum or union applied to generic arguments. */
    record Adt(AdtDef def, List<Ty> args) implements Ty {}

    /**
     * The type of a closure expression: its definition, with the generic arguments of the function it
     * is written in (its signature and captured types may name that function's parameters).
     */
    record Closure(ClosureDef def, List<Ty> parentArgs) implements Ty {
        public List<Ty> params() { return def.params().stream().map(t -> t.subst(parentArgs)).toList(); }

        public Ty ret() { return def.ret().subst(parentArgs); }

        /** The closure's fields: one per captured variable, in capture order. */
        public List<Ty> fieldTys() { return def.captures().stream().map(c -> c.fieldTy().subst(parentArgs)).toList(); }
    }

    /** The i-th generic parameter of the enclosing definition. */
    record Param(int index, String name) implements Ty {}

    /** What an inference variable may become: anything, an integer type, or a float type. */
    enum InferKind { GENERAL, INT, FLOAT }

    /** An inference variable of the type checker, resolved through its {@code InferCtxt}. */
    record Infer(int id, InferKind kind) implements Ty {}

    Ty UNIT = new Tuple(List.of());
    Ty BOOL = new Bool();
    Ty CHAR = new Char();
    Ty STR = new Str();
    Ty NEVER = new Never();
    Ty F64 = new Float(FloatTy.F64);
    Ty F32 = new Float(FloatTy.F32);
    Ty I32 = new Int(IntTy.I32);
    Ty USIZE = new Int(IntTy.USIZE);
    Ty STATIC_STR = new Ref(new Str(), false);

    static Ty of(IntTy k) { return new Int(k); }

    /** Replaces every {@link Param} by the argument of the same index. */
    default Ty subst(List<Ty> args) {
        if (args.isEmpty()) return this;
        return switch (this) {
            case Param p -> p.index() < args.size() ? args.get(p.index()) : p;
            case Tuple t -> new Tuple(t.elements().stream().map(e -> e.subst(args)).toList());
            case Array a -> new Array(a.element().subst(args), a.length());
            case Slice s -> new Slice(s.element().subst(args));
            case Ref r -> new Ref(r.pointee().subst(args), r.mutable());
            case RawPtr r -> new RawPtr(r.pointee().subst(args), r.mutable());
            case FnPtr f -> new FnPtr(f.inputs().stream().map(e -> e.subst(args)).toList(), f.output().subst(args));
            case Adt a -> new Adt(a.def(), a.args().stream().map(e -> e.subst(args)).toList());
            case Closure c -> new Closure(c.def(), c.parentArgs().stream().map(e -> e.subst(args)).toList());
            case Dynamic d when d.fnSig() != null -> new Dynamic(d.traitName(), d.autoTraits(), (FnPtr) d.fnSig().subst(args));
            default -> this;
        };
    }

    /** The type as rustc prints it in messages ({@code Option<&str>}). */
    default String display() {
        return switch (this) {
            case Int i -> i.kind().name;
            case Float f -> f.kind() == FloatTy.F32 ? "f32" : "f64";
            case Bool b -> "bool";
            case Char c -> "char";
            case Str s -> "str";
            case Never n -> "!";
            case Tuple t -> t.elements().size() == 1 ? "(" + t.elements().get(0).display() + ",)"
                : t.elements().stream().map(Ty::display).collect(Collectors.joining(", ", "(", ")"));
            case Array a -> "[" + a.element().display() + "; " + a.length() + "]";
            case Slice s -> "[" + s.element().display() + "]";
            case Ref r -> (r.mutable() ? "&mut " : "&") + r.pointee().display();
            case RawPtr r -> (r.mutable() ? "*mut " : "*const ") + r.pointee().display();
            case FnPtr f -> "fn(" + f.inputs().stream().map(Ty::display).collect(Collectors.joining(", ")) + ")"
                + (f.output().equals(UNIT) ? "" : " -> " + f.output().display());
            case Dynamic d -> "dyn " + d.traitName() + (d.fnSig() == null ? ""
                : d.fnSig().inputs().stream().map(Ty::display).collect(Collectors.joining(", ", "(", ")"))
                    + (d.fnSig().output().equals(UNIT) ? "" : " -> " + d.fnSig().output().display()))
                + d.autoTraits().stream().map(t -> " + " + t).collect(Collectors.joining());
            case Adt a -> {
                // like rustc, leave out trailing arguments that are the parameters' defaults (`Box<T, Global>`)
                int shown = a.args().size();
                var params = a.def().generics();
                while (shown > 0 && shown <= params.size() && params.get(shown - 1).defaultType() != null
                    && params.get(shown - 1).defaultType().subst(a.args()).equals(a.args().get(shown - 1))) {
                    shown--;
                }
                yield a.def().name() + (shown == 0 ? ""
                    : a.args().subList(0, shown).stream().map(Ty::display).collect(Collectors.joining(", ", "<", ">")));
            }
            case Closure c -> c.def().name;
            case FnDef f -> f.pointer().display() + " {" + f.name() + "}";
            case Param p -> p.name();
            case Infer i -> switch (i.kind()) {
                case INT -> "{integer}";
                case FLOAT -> "{float}";
                case GENERAL -> "_";
            };
        };
    }
}
