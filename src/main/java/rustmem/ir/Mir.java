package rustmem.ir;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import rustmem.resolve.DefId;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr.BinOp;
import rustmem.syntax.ast.Expr.UnOp;
import rustmem.types.AdtDef;
import rustmem.types.Ty;

/**
 * rustc's MIR, for one body before monomorphization (its types may mention the item's generic parameters):
 * locals (0 the return place, then the arguments, then variables and temporaries), basic blocks of statements
 * ending in a terminator. Overflow checks are explicit asserts as in a debug build. Unwinding has no cleanup
 * blocks here: the interpreter drops, on a panic, every local whose value is still initialized (it tracks
 * initialization dynamically, which is what rustc's drop flags compute statically).
 */
public final class Mir {
    private Mir() {}

    /** A local: its type, whether it is a user variable (its name) or a temporary (null), and where. */
    public record LocalDecl(Ty ty, boolean mutable, String name, Span span) {}

    public static final class Body {
        public final DefId def;
        public final List<LocalDecl> locals;
        public final int argCount;
        public final List<BasicBlock> blocks;
        public final Span span;
        /** For a closure body: how its first argument holds the closure (by value, & or &mut), else null. */
        public final Ty.Closure closure;

        /**
         * The bodies inlined into this one (rustc's inlined source scopes), and per block the one it belongs to (-1:
         * the body's own); none in a body as built.
         */
        public final List<InlinedScope> scopes;
        public final int[] blockScope;

        public Body(DefId def, List<LocalDecl> locals, int argCount, List<BasicBlock> blocks, Span span, Ty.Closure closure) {
            this(def, locals, argCount, blocks, span, closure, List.of(), null);
        }

        public Body(DefId def, List<LocalDecl> locals, int argCount, List<BasicBlock> blocks, Span span, Ty.Closure closure,
                    List<InlinedScope> scopes, int[] blockScope) {
            this.def = def;
            this.locals = locals;
            this.argCount = argCount;
            this.blocks = blocks;
            this.span = span;
            this.closure = closure;
            this.scopes = scopes;
            this.blockScope = blockScope;
        }

        /** The inlined body block b belongs to, or -1 for the body's own blocks. */
        public int scopeOf(int b) { return blockScope == null ? -1 : blockScope[b]; }
    }

    /**
     * A call replaced by the callee's body (callee instantiated with args, its types already substituted): where the
     * call was, and the scope it was in (-1: the body's own).
     */
    public record InlinedScope(DefId callee, List<Ty> args, Span callSite, int parent) {}

    public static final class BasicBlock {
        public final List<Statement> statements = new ArrayList<>();
        public Terminator terminator;
    }

    // ------------------------------------------------------------------ places

    public sealed interface Proj {
        /** The place a reference, raw pointer or Box points to. */
        record Deref() implements Proj {
            @Override
            public boolean equals(Object o) { return this == o || o instanceof Deref; }

            @Override
            public int hashCode() { return 0; }
        }

        /** Field index of a struct, tuple, closure or (after a Downcast) enum variant; ty is the field's type. */
        record Field(int index, Ty ty) implements Proj {
            @Override
            public boolean equals(Object o) {
                return this == o || o instanceof Field x && index == x.index && Objects.equals(ty, x.ty);
            }

            @Override
            public int hashCode() { return 31 * index + Objects.hashCode(ty); }
        }

        /** The element at the index held in local (bounds already checked). */
        record Index(int local) implements Proj {
            @Override
            public boolean equals(Object o) { return this == o || o instanceof Index x && local == x.local; }

            @Override
            public int hashCode() { return local; }
        }

        /** The element at offset from the start (or the end) of an array or slice of at least minLength. */
        record ConstantIndex(long offset, long minLength, boolean fromEnd) implements Proj {
            @Override
            public boolean equals(Object o) {
                return this == o || o instanceof ConstantIndex x && offset == x.offset && minLength == x.minLength
                    && fromEnd == x.fromEnd;
            }

            @Override
            public int hashCode() { return (31 * Long.hashCode(offset) + Long.hashCode(minLength)) * 2 + (fromEnd ? 1 : 0); }
        }

        /** Elements from..len-to of a slice (fromEnd), or from..to of an array. */
        record Subslice(long from, long to, boolean fromEnd) implements Proj {
            @Override
            public boolean equals(Object o) {
                return this == o || o instanceof Subslice x && from == x.from && to == x.to && fromEnd == x.fromEnd;
            }

            @Override
            public int hashCode() { return 31 * (31 * Long.hashCode(from) + Long.hashCode(to)) + (fromEnd ? 1 : 0); }
        }

        /** An enum value seen as one of its variants, whose fields follow. */
        record Downcast(int variant) implements Proj {
            @Override
            public boolean equals(Object o) { return this == o || o instanceof Downcast x && variant == x.variant; }

            @Override
            public int hashCode() { return variant; }
        }
    }

    public static final Proj DEREF = new Proj.Deref();

    public record Place(int local, List<Proj> projection) {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Place x && local == x.local && Objects.equals(projection, x.projection);
        }

        @Override
        public int hashCode() { return 31 * local + Objects.hashCode(projection); }

        public static Place local(int l) { return new Place(l, List.of()); }

        public Place project(Proj p) {
            List<Proj> ps = new ArrayList<>(projection.size() + 1);
            ps.addAll(projection);
            ps.add(p);
            return new Place(local, List.copyOf(ps));
        }

        public Place deref() { return project(DEREF); }

        public Place field(int i, Ty ty) { return project(new Proj.Field(i, ty)); }

        public Place downcast(int variant) { return project(new Proj.Downcast(variant)); }

        public boolean isLocal() { return projection.isEmpty(); }

        /** Whether the place lies in its local's own memory: its projection goes through no pointer (no Deref). */
        public boolean inLocal() { return projection.stream().noneMatch(pr -> pr instanceof Proj.Deref); }
    }

    // ------------------------------------------------------------------ operands and values

    /** A value known before the program runs. */
    public sealed interface Const {
        record Int(BigInteger value) implements Const {}

        record Float(double value) implements Const {}

        record Bool(boolean value) implements Const {}

        record Char(int codePoint) implements Const {}

        /** A string literal: a `&'static str` to bytes in .rodata. */
        record Str(String value) implements Const {}

        /** A byte string literal: a `&'static [u8; N]`. */
        record ByteStr(byte[] value) implements Const {}

        /** A value of a zero-sized type (unit, a function item, a unit struct without fields). */
        record Zst() implements Const {}

        /** A `const` item or associated constant, evaluated (once per instance) where it is used. */
        record Named(DefId def, List<Ty> args) implements Const {}

        /** The address of a static (a `*mut T` to its place in .data or .bss). */
        record StaticRef(DefId def) implements Const {}

        /** A const generic parameter's value, or an array's length (known once the instance is). */
        record Param(Ty value) implements Const {}
    }

    public static final Const ZST = new Const.Zst();

    public sealed interface Operand {}

    public record Copy(Place place) implements Operand {}

    public record Move(Place place) implements Operand {}

    public record Constant(Const value, Ty ty) implements Operand {}

    public enum CastKind {
        INT_TO_INT, FLOAT_TO_INT, INT_TO_FLOAT, FLOAT_TO_FLOAT, PTR_TO_PTR, FN_PTR_TO_PTR, PTR_TO_ADDR, ADDR_TO_PTR,
        /** A function item (a zero-sized FnDef) to a pointer to it. */
        REIFY_FN_POINTER,
        /** A closure that captures nothing to a function pointer. */
        CLOSURE_FN_POINTER,
        /** `&[T; N]` to `&[T]`, `Box<T>` to `Box<dyn Trait>` … (CoerceUnsized). */
        UNSIZE,
        MUT_TO_CONST, TRANSMUTE
    }

    /** Values of a type's layout; OFFSET_OF's are the indices of the fields on the way. */
    public enum NullOp { SIZE_OF, ALIGN_OF, OFFSET_OF }

    public sealed interface AggregateKind {
        record Array(Ty element) implements AggregateKind {}

        record Tuple() implements AggregateKind {}

        /** A struct (variant 0), enum variant or union (activeField, else -1). */
        record Adt(AdtDef def, int variant, List<Ty> args, int activeField) implements AggregateKind {}

        record Closure(DefId def, List<Ty> args) implements AggregateKind {}
    }

    public sealed interface Rvalue {}

    public record Use(Operand operand) implements Rvalue {}

    /** `[value; count]`, count a ConstValue or const parameter. */
    public record Repeat(Operand value, Ty count) implements Rvalue {}

    /** `&place` / `&mut place`; a two-phase `&mut` (an autoref) is a shared borrow until its first use. */
    public record Ref(boolean mutable, Place place, boolean twoPhase) implements Rvalue {
        public Ref(boolean mutable, Place place) { this(mutable, place, false); }
    }

    public record RawPtr(boolean mutable, Place place) implements Rvalue {}

    /** The length of the array or slice at place. */
    public record Len(Place place) implements Rvalue {}

    public record Cast(CastKind kind, Operand operand, Ty ty) implements Rvalue {}

    public record BinaryOp(BinOp op, Operand lhs, Operand rhs) implements Rvalue {}

    /** (result, overflowed) of +, -, * on integers (a debug build's checked arithmetic). */
    public record CheckedBinaryOp(BinOp op, Operand lhs, Operand rhs) implements Rvalue {}

    public record UnaryOp(UnOp op, Operand operand) implements Rvalue {}

    /** Which variant the enum at place holds, as its discriminant value. */
    public record Discriminant(Place place) implements Rvalue {}

    public record Aggregate(AggregateKind kind, List<Operand> operands) implements Rvalue {}

    public record NullaryOp(NullOp op, Ty ty, List<Integer> fields) implements Rvalue {}

    /** A Box of ty from a freshly allocated pointer (its value written after: rustc's ShallowInitBox). */
    public record ShallowInitBox(Operand pointer, Ty ty) implements Rvalue {}

    // ------------------------------------------------------------------ statements and terminators

    public sealed interface Statement {
        Span span();
    }

    public record Assign(Place place, Rvalue rvalue, Span span) implements Statement {}

    public record SetDiscriminant(Place place, int variant, Span span) implements Statement {}

    public record StorageLive(int local, Span span) implements Statement {}

    public record StorageDead(int local, Span span) implements Statement {}

    public sealed interface Terminator {
        Span span();
    }

    /** The blocks a terminator may go on to (none after a return, a diverging call, an unreachable). */
    public static int[] successors(Terminator t) {
        return switch (t) {
            case Goto g -> new int[] {g.target()};
            case SwitchInt s -> {
                int[] r = java.util.Arrays.copyOf(s.targets(), s.targets().length + 1);
                r[s.targets().length] = s.otherwise();
                yield r;
            }
            case Drop d -> new int[] {d.target()};
            case Call c -> c.target() >= 0 ? new int[] {c.target()} : new int[0];
            case Assert a -> new int[] {a.target()};
            default -> new int[0];
        };
    }

    /** To target; returns: the jump back to the caller of an inlined body (its return, not a step of its own). */
    public record Goto(int target, Span span, boolean returns) implements Terminator {
        public Goto(int target, Span span) { this(target, span, false); }
    }

    /** To targets[i] when the operand's bits equal values[i], else to otherwise. */
    public record SwitchInt(Operand discr, long[] values, int[] targets, int otherwise, Span span) implements Terminator {}

    public record Return(Span span) implements Terminator {}

    public record Unreachable(Span span) implements Terminator {}

    /** Drops the value at place if (the part of it that is) still initialized, then continues at target. */
    public record Drop(Place place, int target, Span span) implements Terminator {}

    /**
     * A call of func (a function item, a function pointer, or a closure value through its Fn trait once
     * resolved) with args; the result is written to destination; target -1 for a call that never returns.
     */
    public record Call(Operand func, List<Operand> args, Place destination, int target, Span span, List<Span> argSpans) implements Terminator {
        public Call(Operand func, List<Operand> args, Place destination, int target, Span span) { this(func, args, destination, target, span, List.of()); }

        /** Where argument i is written (the call's span when not known). */
        public Span argSpan(int i) { return i < argSpans.size() ? argSpans.get(i) : span; }
    }

    /** Why an assertion fails, with rustc's panic messages. */
    public sealed interface AssertKind {
        record Overflow(BinOp op, Operand lhs, Operand rhs) implements AssertKind {}

        record OverflowNeg(Operand operand) implements AssertKind {}

        record DivisionByZero(Operand operand) implements AssertKind {}

        record RemainderByZero(Operand operand) implements AssertKind {}

        record BoundsCheck(Operand len, Operand index) implements AssertKind {}
    }

    /** Continues at target when cond is expected, else panics with msg. */
    public record Assert(Operand cond, boolean expected, AssertKind msg, int target, Span span) implements Terminator {}

    /** A construct rustmem cannot run yet: reaching it stops the program with this message. */
    public record Unsupported(String message, Span span) implements Terminator {}
}
