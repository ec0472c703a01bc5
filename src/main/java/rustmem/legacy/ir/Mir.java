package rustmem.legacy.ir;

import java.util.ArrayList;
import java.util.List;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr.BinOp;
import rustmem.syntax.ast.Expr.UnOp;
import rustmem.legacy.types.Ty;
import rustmem.syntax.ast.FormatTemplate;
import rustmem.legacy.types.thir.Thir;

/**
 * The MIR-like intermediate representation the interpreter executes: per function, locals
 * (local 0 is the return place, then the parameters) and basic blocks of statements ending
 * in a terminator. Arithmetic that can overflow is a checked operation followed by an
 * {@link Assert}, as in rustc's debug-build MIR.
 */
public final class Mir {
    private Mir() {}

    public record LocalDecl(String name, Ty ty, Span span) {}

    /**
     * A function body. dropSlots lists its locals with drop glue and their drop flags ({local, flag}) in
     * declaration order: unwinding after a panic drops those whose flag is set, in reverse.
     */
    public record Body(String name, List<LocalDecl> locals, int argCount, List<BasicBlock> blocks, Span span,
                       List<int[]> dropSlots) {}

    /**
     * The bodies, main's index, and the bodies of the program's Display, Debug and Drop impls by self type
     * (the formatter and drop glue call them).
     */
    /** closures: the body of each closure type (std's iterator adapters call them from the interpreter). */
    public record Program(List<Body> bodies, int mainIndex, java.util.Map<Ty, Integer> displayImpls,
                          java.util.Map<Ty, Integer> debugImpls, java.util.Map<Ty, Integer> dropImpls,
                          List<Thir.Static> statics, java.util.Map<Ty.Closure, Integer> closures,
                          java.util.Map<Ty, ProgramIterator> iterators) {}

    /** A type of the program implementing Iterator: the body of its `next` and its item type. */
    public record ProgramIterator(int next, Ty item) {}

    /** Mutable while the body is built; {@link #terminator} is set last. */
    public static final class BasicBlock {
        public final List<Statement> statements = new ArrayList<>();
        public Terminator terminator;
    }

    public sealed interface Proj {
        record Field(int index) implements Proj {}

        /** Element at the index held in a local (already bounds-checked). */
        record Index(int local) implements Proj {}

        /** The place the pointer stored here points to. */
        record Deref() implements Proj {}

        /** View an enum value as one of its variants, whose fields follow. */
        record Downcast(int variant) implements Proj {}
    }

    /**
     * A local and a projection path. A class, not a record, so that the interpreter can keep what it
     * resolved about the place (offset, type, size) on it instead of looking it up on every access.
     */
    public static final class Place {
        private final int local;
        private final List<Proj> projection;
        /** The interpreter's resolution of this place; null until it first executes it. */
        public Object resolved;

        public Place(int local, List<Proj> projection) {
            this.local = local;
            this.projection = projection;
        }

        public int local() { return local; }

        public List<Proj> projection() { return projection; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Place p && p.local == local && p.projection.equals(projection);
        }

        @Override
        public int hashCode() { return local * 31 + projection.hashCode(); }

        @Override
        public String toString() { return "Place[local=" + local + ", projection=" + projection + "]"; }

        public static Place local(int l) { return new Place(l, List.of()); }

        /** The place of static i (encoded as a negative local: statics are not in any frame). */
        public static Place staticItem(int i) { return new Place(-1 - i, List.of()); }

        public boolean isStatic() { return local < 0; }

        public Place field(int i) { return project(new Proj.Field(i)); }

        public Place index(int local) { return project(new Proj.Index(local)); }

        public Place deref() { return project(new Proj.Deref()); }

        public Place downcast(int variant) { return project(new Proj.Downcast(variant)); }

        private Place project(Proj p) {
            List<Proj> ps = new ArrayList<>(projection);
            ps.add(p);
            return new Place(local, List.copyOf(ps));
        }
    }

    public sealed interface Operand {}

    public record Copy(Place place) implements Operand {}

    /**
     * A constant; bits is its scalar value as the interpreter stores it (computed once), wide when an
     * integer does not fit in 64 bits (128-bit values are not run yet).
     */
    public record Constant(Thir.Const value, Ty ty, long bits, boolean wide) implements Operand {
        public Constant(Thir.Const value, Ty ty) { this(value, ty, bitsOf(value, ty), isWide(value)); }

        private static boolean isWide(Thir.Const v) { return v instanceof Thir.Const.Int i && i.value().bitLength() > 64; }

        private static long bitsOf(Thir.Const v, Ty ty) {
            return switch (v) {
                case Thir.Const.Int i -> i.value().longValue();
                case Thir.Const.Float fl -> ty instanceof Ty.Float ft && ft.kind() == Ty.FloatTy.F32
                    ? Float.floatToRawIntBits((float) fl.value()) & 0xFFFF_FFFFL : Double.doubleToRawLongBits(fl.value());
                case Thir.Const.Bool b -> b.value() ? 1 : 0;
                case Thir.Const.Char c -> c.codePoint();
                case Thir.Const.Unit u -> 0;
                case Thir.Const.Str s -> 0;
                case Thir.Const.Bytes b -> 0;
            };
        }
    }

    public sealed interface Rvalue {}

    public record Use(Operand operand) implements Rvalue {}

    public record BinaryOp(BinOp op, Operand lhs, Operand rhs) implements Rvalue {}

    /** Produces (result, overflowed) for +, -, *, /, %, <<, >> on integers. */
    public record CheckedBinaryOp(BinOp op, Operand lhs, Operand rhs) implements Rvalue {}

    public record UnaryOp(UnOp op, Operand operand) implements Rvalue {}

    public record Cast(Operand operand, Ty target) implements Rvalue {}

    /** A tuple or array built from operands. */
    public record Aggregate(List<Operand> operands) implements Rvalue {}

    public record Repeat(Operand value, long count) implements Rvalue {}

    /**
     * A fat pointer to a trait object: data (a thin pointer to a concrete value) and the vtable of concrete
     * for trait, whose methods (by name, the supertraits' included) are these bodies.
     */
    public record MakeDyn(Operand data, Ty concrete, String trait, java.util.Map<String, Integer> methods) implements Rvalue {}

    /** The discriminant value of the enum at place (which variant it holds). */
    public record Discriminant(Place place) implements Rvalue {}

    /** The size or alignment of a type, known once the target is (rustc's NullOp). */
    public record LayoutOf(Thir.LayoutQuery query, Ty of) implements Rvalue {}

    /** The address of a place ({@code &place}). */
    public record Ref(Place place, boolean mutable) implements Rvalue {}

    public sealed interface Statement {}

    public record Assign(Place place, Rvalue rvalue, Span span) implements Statement {}

    /**
     * Runs the drop glue of the value at place (its Drop impl, then its fields') if the bool local flag is
     * set, then clears the flag; flag -1 drops unconditionally (temporaries, `drop(x)`).
     */
    public record Drop(Place place, int flag, Span span) implements Statement {}

    /** Marks the enum at place as holding variant (writes its tag or niche value). */
    public record SetDiscriminant(Place place, int variant) implements Statement {}

    public record StorageLive(int local) implements Statement {}

    public record StorageDead(int local) implements Statement {}

    public sealed interface Terminator {}

    public record Goto(int target) implements Terminator {}

    /** Jumps to targets[i] when the operand equals values[i], else to otherwise. */
    public record SwitchInt(Operand discr, long[] values, int[] targets, int otherwise) implements Terminator {}

    public record Return() implements Terminator {}

    public record Call(int fn, List<Operand> args, Place destination, int target, Span span) implements Terminator {}

    /** A call through a fn pointer: which body runs is known when the pointer's value is. */
    public record CallIndirect(Operand fn, List<Operand> args, Place destination, int target, Span span) implements Terminator {}

    /**
     * A call through a trait object's vtable: receiver is a reference to the fat pointer; the body its vtable
     * has for method gets the data pointer as self, then args.
     */
    public record CallVirtual(Operand receiver, String method, List<Operand> args, Place destination, int target,
                              Span span) implements Terminator {}

    /** Why an assertion panics, with rustc's messages. */
    public sealed interface AssertKind {
        record Overflow(BinOp op) implements AssertKind {}

        record OverflowNeg() implements AssertKind {}

        record DivisionByZero() implements AssertKind {}

        record RemainderByZero() implements AssertKind {}

        record BoundsCheck(Operand len, Operand index) implements AssertKind {}
    }

    /** Continues at target when cond equals expected, else panics with msg at span. */
    public record Assert(Operand cond, boolean expected, AssertKind msg, int target, Span span) implements Terminator {}

    /** A print-like builtin: formats args by the template; PANIC kinds never continue (target -1). */
    /** Formats args by template; destination receives the String of a format! (null otherwise). */
    public record Print(Thir.PrintKind kind, FormatTemplate template, List<Operand> args, List<Ty> argTys,
                        Place destination, int target, Span span) implements Terminator {}

    /** A std shim (Box, String, Vec operations); argTys are the arguments' types, which shims read layouts from. */
    public record IntrinsicCall(rustmem.legacy.types.thir.Intrinsic op, List<Operand> args, List<Ty> argTys, Place destination,
                                int target, Span span) implements Terminator {}

    /** A std function known by its signature (see {@code Thir.StdCall}); argTys are the arguments' types. */
    public record StdCall(String path, List<Operand> args, List<Ty> argTys, List<Ty> typeArgs, Place destination, int target,
                          Span span) implements Terminator {}

    public record Unreachable() implements Terminator {}

    /** A body rustmem could not lower: running it stops the program with this unsupported construct. */
    public record Unsupported(String message, Span span) implements Terminator {}
}
