package rustmem.legacy.types.thir;

import rustmem.syntax.ast.FormatTemplate;
import java.math.BigInteger;
import java.util.List;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr.BinOp;
import rustmem.syntax.ast.Expr.UnOp;
import rustmem.legacy.types.Ty;

/**
 * The typed tree the type checker produces (rustc's THIR): names resolved to locals and
 * functions, every expression with its type, macros expanded. IR lowering reads it.
 */
public final class Thir {
    private Thir() {}

    /** A local variable of a body; the parameters come first. */
    public record LocalDecl(String name, Ty ty, boolean mutable, Span span) {}

    /** A function's typed body. */
    /** typeParams is how many generic type parameters the body has ({@link Ty.Param} 0..n-1 in its types). */
    public record Body(String name, List<LocalDecl> locals, int paramCount, Ty returnTy, Expr value, Span span,
                       int typeParams) {}

    /** The whole program: its functions, main's index. */
    /**
     * The bodies, main's index, the bodies of the program's Display, Debug and Drop impls by self type
     * (the formatter and drop glue call them), and every trait impl method by self type and
     * "Trait::method" (calls on type parameters find their impl there once the type is known).
     */
    public record Program(List<Body> bodies, int mainIndex, java.util.Map<Ty, Integer> displayImpls,
                          java.util.Map<Ty, Integer> debugImpls, java.util.Map<Ty, Integer> dropImpls,
                          java.util.Map<Ty, java.util.Map<String, Integer>> traitMethods, List<Static> statics,
                          java.util.Map<Ty, Ty> iteratorItems) {}

    /** A `static mut` item: its name, type, and the body (among bodies) that computes its initial value. */
    public record Static(String name, Ty ty, int initBody) {}

    /** A constant value of a literal. */
    public sealed interface Const {
        record Int(BigInteger value) implements Const {}

        record Float(double value) implements Const {}

        record Bool(boolean value) implements Const {}

        record Char(int codePoint) implements Const {}

        record Str(String value) implements Const {}

        /** A byte string literal's bytes (`b"…"`: a `&'static [u8; N]` into .rodata). */
        record Bytes(byte[] value) implements Const {}

        record Unit() implements Const {}
    }

    /** A pattern: what it tests and what it binds. Irrefutable ones appear in `let`, the rest in `match`. */
    public sealed interface Pattern {
        /**
         * Binds the value to a local; sub (nullable) must match too ({@code x @ 1..=5}). byRef binds a
         * reference to the value instead ({@code ref x}, or a binding inside a pattern matched through a
         * reference), mutable when {@code ref mut}.
         */
        record Binding(int local, Pattern sub, boolean byRef, boolean mutable) implements Pattern {
            public Binding(int local) { this(local, null, false, false); }

            public Binding(int local, Pattern sub) { this(local, sub, false, false); }
        }

        /** Matches inner against the value behind a reference ({@code &pat}, or match ergonomics). */
        record Deref(Pattern inner) implements Pattern {}

        record Wild() implements Pattern {}

        record TuplePat(List<Pattern> elements) implements Pattern {}

        /** A struct (or the fields of an enum variant): subpatterns by field index. */
        record Fields(List<Integer> indices, List<Pattern> patterns) implements Pattern {}

        /** An enum variant of the scrutinee's type with patterns for its fields. */
        record Variant(int variant, Fields fields) implements Pattern {}

        record Const(Thir.Const value) implements Pattern {}

        /** lo..=hi or lo..hi (bounds are constants; hi may be null for lo..). */
        record Range(Thir.Const lo, Thir.Const hi, boolean inclusive) implements Pattern {}

        record Or(List<Pattern> alternatives) implements Pattern {}
    }

    /** An arm of a match: pattern, optional guard, body. */
    public record Arm(Pattern pattern, Expr guard, Expr body, Span span) {}

    /** {@code match scrutinee { arms }} (also what `if let` and `while let` become). */
    public record Match(Expr scrutinee, List<Arm> arms, Ty ty, Span span) implements Expr {}

    /** An enum value: variant index and its fields in the order written. */
    public record EnumLit(int variant, List<Integer> fieldIndices, List<Expr> values, Ty ty, Span span) implements Expr {}

    public sealed interface Stmt {
        Span span();
    }

    /** {@code let pattern = init;} (init may be null). */
    /** {@code let pattern = init;} (init nullable); with elseBlock, {@code let … else { diverges }}. */
    public record Let(Pattern pattern, Expr init, Expr elseBlock, Span span) implements Stmt {
        public Let(Pattern pattern, Expr init, Span span) { this(pattern, init, null, span); }
    }

    public record ExprStmt(Expr expr, Span span) implements Stmt {}

    /** What a print-like builtin does with its formatted text. */
    /**
     * Where formatted text goes; WRITE appends to the Formatter given as argument 0 (write!, writeln!);
     * FORMAT makes a new String (format!).
     */
    public enum PrintKind { PRINT, PRINTLN, EPRINT, EPRINTLN, PANIC, WRITE, FORMAT }

    public sealed interface Expr {
        Ty ty();

        Span span();
    }

    public record Literal(Const value, Ty ty, Span span) implements Expr {}

    public record Local(int index, Ty ty, Span span) implements Expr {}

    public record Unary(UnOp op, Expr operand, Ty ty, Span span) implements Expr {}

    public record Binary(BinOp op, Expr lhs, Expr rhs, Ty ty, Span span) implements Expr {}

    /** {@code &&} and {@code ||}, which evaluate their right side only when needed. */
    public record Logical(boolean and, Expr lhs, Expr rhs, Ty ty, Span span) implements Expr {}

    public record Cast(Expr operand, Ty ty, Span span) implements Expr {}

    public record Assign(Expr place, Expr value, Ty ty, Span span) implements Expr {}

    public record AssignOp(BinOp op, Expr place, Expr value, Ty ty, Span span) implements Expr {}

    /** A call of body fn; typeArgs instantiate its type parameters (empty for non-generic functions). */
    public record Call(int fn, List<Expr> args, List<Ty> typeArgs, Ty ty, Span span) implements Expr {}

    /** A call of a std function known by its signature ({@code std/signatures.rs}), by path: "thread::spawn", "Mutex::lock". */
    public record StdCall(String path, List<Expr> args, List<Ty> typeArgs, Ty ty, Span span) implements Expr {}

    /**
     * A trait method called on a type parameter ({@code x.area()} with {@code T: Shape}): which impl runs
     * is known once the function is instantiated and selfTy is concrete.
     */
    public record TraitCall(String trait, String method, Ty selfTy, List<Expr> args, Ty ty, Span span) implements Expr {}

    /**
     * An unsizing coercion to a trait object: expr is a thin pointer (`&T`, `&mut T`, `Box<T>`) and ty the
     * fat pointer to `dyn Trait` it becomes, the pointer with T's vtable for the trait.
     */
    public record Unsize(Expr expr, Ty ty, Span span) implements Expr {}

    /**
     * A trait method called on a trait object: receiver is a reference to the fat pointer (`&&dyn Trait`,
     * `&Box<dyn Trait>`), whose vtable names the body; the body gets the data pointer as self.
     */
    public record DynCall(String method, Expr receiver, List<Expr> args, Ty ty, Span span) implements Expr {}

    public record If(Expr cond, Expr then, Expr otherwise, Ty ty, Span span) implements Expr {}

    /** {@code loop}; label identifies it for break/continue. */
    public record Loop(Expr body, int label, Ty ty, Span span) implements Expr {}

    public record While(Expr cond, Expr body, int label, Ty ty, Span span) implements Expr {}

    /** {@code for local in start..end} (or {@code ..=}) over integers. */
    public record ForRange(Pattern pattern, Expr start, Expr end, boolean inclusive, Expr body, int label, Ty ty,
                           Span span) implements Expr {}

    public record Block(List<Stmt> stmts, Expr tail, Ty ty, Span span) implements Expr {}

    public record Break(int label, Expr value, Ty ty, Span span) implements Expr {}

    public record Continue(int label, Ty ty, Span span) implements Expr {}

    public record Return(Expr value, Ty ty, Span span) implements Expr {}

    public record Tuple(List<Expr> elements, Ty ty, Span span) implements Expr {}

    public record Field(Expr base, int index, Ty ty, Span span) implements Expr {}

    public record Array(List<Expr> elements, Ty ty, Span span) implements Expr {}

    public record Repeat(Expr value, long count, Ty ty, Span span) implements Expr {}

    /** Indexing an array, bounds-checked at run time. */
    public record Index(Expr base, Expr index, Ty ty, Span span) implements Expr {}

    /** A struct value; fields are evaluated in the order written (fieldIndices gives each one's declared index). */
    public record StructLit(List<Integer> fieldIndices, List<Expr> values, Ty ty, Span span) implements Expr {}

    /** What a layout intrinsic asks for. */
    public enum LayoutQuery { SIZE_OF, ALIGN_OF }

    /** {@code size_of::<T>()} / {@code align_of::<T>()} (and the _val forms for sized values): a usize. */
    public record LayoutOf(LayoutQuery query, Ty of, Ty ty, Span span) implements Expr {}

    /** {@code for pattern in array} by value: each element in order. */
    public record ForArray(Pattern pattern, Expr array, Expr body, int label, Ty ty, Span span) implements Expr {}

    /** {@code &place} / {@code &mut place}. */
    public record AddrOf(Expr place, boolean mutable, Ty ty, Span span) implements Expr {}

    /** {@code *pointer}: a place. */
    public record Deref(Expr pointer, Ty ty, Span span) implements Expr {}

    /** println!/print!/eprintln!/eprint!/panic! with their parsed template. */
    /** A `static mut` item as a place: its bytes live at its address in .data or .bss. */
    public record StaticRef(int index, Ty ty, Span span) implements Expr {}

    /** A std operation the interpreter implements on the real layout of Box, String or Vec. */
    public record IntrinsicCall(Intrinsic op, List<Expr> args, Ty ty, Span span) implements Expr {}

    /**
     * {@code for pat in v} over a Vec: by shared or mutable reference ({@code &v}, {@code v.iter()},
     * {@code v.iter_mut()}), binding &T / &mut T, or by value (elements without drop glue), consuming v.
     */
    public record ForVec(Pattern pattern, Expr vec, ForMode mode, Expr body, int label, Ty ty, Span span) implements Expr {}

    /** How a for loop walks its collection: elements by reference, by mutable reference, by value; a str's chars or bytes. */
    public enum ForMode { REF, MUT, VALUE, CHARS, BYTES }

    /**
     * {@code drop(value)} (std::mem::drop): the value is moved in and dropped at once; with forget
     * ({@code mem::forget}) moved in and never dropped, so what it owns leaks.
     */
    public record Drop(Expr value, boolean forget, Ty ty, Span span) implements Expr {}

    /**
     * A closure expression: evaluates to the closure value (its captured variables, ClosureDef's
     * captures). Its parameters are the enclosing body's locals paramLocals, and every local it declares
     * has an index from firstLocal on; body runs when the closure is called.
     */
    public record Closure(rustmem.legacy.types.ClosureDef def, List<Integer> paramLocals, int firstLocal, boolean move, Expr body,
                          Ty ty, Span span) implements Expr {}

    /** A call of a closure, or of a value whose type parameter is bounded by Fn, FnMut or FnOnce: callee is its place. */
    public record ClosureCall(Expr callee, List<Expr> args, Ty ty, Span span) implements Expr {}

    public record Print(PrintKind kind, FormatTemplate template, List<Expr> args, Ty ty, Span span) implements Expr {}
}
