package rustmem.types.thir;

import java.math.BigInteger;
import java.util.List;
import rustmem.resolve.DefId;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr.BinOp;
import rustmem.syntax.ast.Expr.UnOp;
import rustmem.types.AdtDef;
import rustmem.types.Ty;

/**
 * The typed tree of one body (rustc's THIR): every expression with its type, every adjustment the type checker
 * decided made explicit (auto-deref, auto-ref, coercions), method calls and overloaded operators turned into
 * calls of the functions they resolve to, {@code for} loops, {@code ?} and {@code while} desugared as rustc
 * desugars them. MIR is built from it.
 */
public final class Thir {
    private Thir() {}

    /** A body: its owner (a function, constant, static or closure), parameters, value and local variables. */
    public record Body(DefId owner, List<Param> params, Expr value, List<LocalVar> locals, Ty returnTy, Span span) {}

    public record Param(Pat pat, Ty ty) {}

    /** A local variable; id is the resolver's binding id (or a fresh one for the desugarings' hidden variables). */
    public record LocalVar(int id, String name, boolean mutable, Ty ty, Span span) {}

    /** A constant value known when the code is type-checked. */
    public sealed interface Const {
        record Int(BigInteger value) implements Const {}

        record Float(double value) implements Const {}

        record Bool(boolean value) implements Const {}

        record Char(int codePoint) implements Const {}

        record Str(String value) implements Const {}

        record ByteStr(byte[] value) implements Const {}

        record Unit() implements Const {}
    }

    // ------------------------------------------------------------------ expressions

    public sealed interface Expr {
        Ty ty();

        Span span();
    }

    public record Literal(Const value, Ty ty, Span span) implements Expr {}

    /** A `const` item or associated constant, evaluated where it is used. */
    public record NamedConst(DefId def, List<Ty> args, Ty ty, Span span) implements Expr {}

    /** A const generic parameter used as a value. */
    public record ConstParam(Ty.Param param, Ty ty, Span span) implements Expr {}

    /** A `static`: the place of the static itself. */
    public record StaticRef(DefId def, Ty ty, Span span) implements Expr {}

    /** A function item, associated function or tuple constructor as a value (its FnDef type is zero-sized). */
    public record FnItem(Ty ty, Span span) implements Expr {}

    public record VarRef(int local, Ty ty, Span span) implements Expr {}

    /** A variable captured by the closure whose body this is: the capture's index among the closure's fields. */
    public record UpvarRef(DefId closure, int index, int local, boolean byRef, Ty ty, Span span) implements Expr {}

    /**
     * A call: fun's type is a FnDef, FnPtr or closure; args in order (for methods, the adjusted receiver first).
     */
    public record Call(Expr fun, List<Expr> args, boolean fromMethod, Ty ty, Span span) implements Expr {}

    /** Built-in dereference of a reference, raw pointer or Box. */
    public record Deref(Expr operand, Ty ty, Span span) implements Expr {}

    /**
     * A binary operator: built in for scalars; method is the operator trait's method (with its arguments) for
     * when the operands are not built-in types (decided once their types are known).
     */
    public record Binary(BinOp op, Expr lhs, Expr rhs, Ty ty, Span span, Ty method) implements Expr {}

    public record LogicalOp(boolean and, Expr lhs, Expr rhs, Ty ty, Span span) implements Expr {}

    /** `-x` or `!x`: built in for scalars, else method (a FnDef) is called. */
    public record Unary(UnOp op, Expr operand, Ty ty, Span span, Ty method) implements Expr {}

    public record Cast(Expr operand, Ty ty, Span span) implements Expr {}

    public record NeverToAny(Expr operand, Ty ty, Span span) implements Expr {}

    public enum CoercionKind { UNSIZE, REIFY_FN_POINTER, CLOSURE_FN_POINTER, MUT_TO_CONST_POINTER }

    public record PointerCoercion(CoercionKind kind, Expr operand, Ty ty, Span span) implements Expr {}

    public record Loop(Expr body, int label, Ty ty, Span span) implements Expr {}

    /** `let pat = e` inside an `if`/`while` condition (let chains): true when it matched, with its bindings made. */
    public record Let(Pat pat, Expr scrutinee, Ty ty, Span span) implements Expr {}

    public record Match(Expr scrutinee, List<Arm> arms, Ty ty, Span span) implements Expr {}

    public record Arm(Pat pat, Expr guard, Expr body, Span span) {}

    public record If(Expr cond, Expr then, Expr otherwise, Ty ty, Span span) implements Expr {}

    public record BlockExpr(Block block) implements Expr {
        public Ty ty() { return block.ty(); }

        public Span span() { return block.span(); }
    }

    /** A block; label is the id a `break 'label value` targets (-1 without a label); expr is its tail (or null). */
    public record Block(List<Stmt> stmts, Expr expr, boolean unsafe, int label, Ty ty, Span span) {}

    public record Assign(Expr lhs, Expr rhs, Ty ty, Span span) implements Expr {}

    /** `a op= b` built in for scalars; else method (`AddAssign::add_assign` …) is called with `&mut a`. */
    public record AssignOp(BinOp op, Expr lhs, Expr rhs, Ty ty, Span span, Ty method) implements Expr {}

    public record Field(Expr base, int variant, int field, Ty ty, Span span) implements Expr {}

    /** Built-in indexing of an array or slice (bounds-checked). */
    public record Index(Expr base, Expr index, Ty ty, Span span) implements Expr {}

    /**
     * `&place` / `&mut place`; twoPhase for the `&mut` autoref of a method receiver or of a compound assignment
     * operator's left side, which acts as a shared borrow until the call uses it (rustc's two-phase borrows).
     */
    public record Borrow(boolean mutable, Expr place, Ty ty, Span span, boolean twoPhase) implements Expr {
        public Borrow(boolean mutable, Expr place, Ty ty, Span span) { this(mutable, place, ty, span, false); }
    }

    public record RawBorrow(boolean mutable, Expr place, Ty ty, Span span) implements Expr {}

    public record Break(int label, Expr value, Ty ty, Span span) implements Expr {}

    public record Continue(int label, Ty ty, Span span) implements Expr {}

    public record Return(Expr value, Ty ty, Span span) implements Expr {}

    /** `[value; count]` (count a ConstValue or const parameter). */
    public record Repeat(Expr value, Ty count, Ty ty, Span span) implements Expr {}

    /** `offset_of!(container, a.b)`: the offset of the field reached by the indices of fields (a usize). */
    public record OffsetOf(Ty container, List<Integer> fields, Ty ty, Span span) implements Expr {}

    public record Array(List<Expr> elements, Ty ty, Span span) implements Expr {}

    public record Tuple(List<Expr> elements, Ty ty, Span span) implements Expr {}

    /** A struct, union or enum variant built from fields (by index); base is the `..base` of struct update syntax. */
    public record Adt(AdtDef def, int variant, List<Ty> args, List<FieldExpr> fields, Expr base, Ty ty, Span span) implements Expr {}

    public record FieldExpr(int field, Expr value) {}

    /** A closure value: the captured values (or borrows of them) in the closure's field order. */
    public record Closure(DefId def, List<Ty> args, List<Expr> upvars, Ty ty, Span span) implements Expr {}

    /** `Box::new`'s allocation made before its value is computed (std's `#[rustc_box]`, as vec! uses it). */
    public record BoxNew(Expr value, Ty ty, Span span) implements Expr {}

    // ------------------------------------------------------------------ statements

    public sealed interface Stmt {
        Span span();
    }

    public record LetStmt(Pat pat, Expr init, Block elseBlock, Span span) implements Stmt {}

    public record ExprStmt(Expr expr, Span span) implements Stmt {}

    // ------------------------------------------------------------------ patterns

    public sealed interface Pat {
        Ty ty();

        Span span();
    }

    public record Wild(Ty ty, Span span) implements Pat {}

    public enum BindingMode { VALUE, REF, REF_MUT }

    /** A binding: varTy is the variable's type (a reference for by-ref modes), ty the matched value's. */
    public record Binding(int local, String name, BindingMode mode, boolean mutable, Pat sub, Ty varTy, Ty ty, Span span) implements Pat {}

    /** An enum variant with its fields' patterns. */
    public record Variant(AdtDef adt, List<Ty> args, int variant, List<FieldPat> fields, Ty ty, Span span) implements Pat {}

    /** A struct, tuple or tuple struct with its fields' patterns. */
    public record Leaf(List<FieldPat> fields, Ty ty, Span span) implements Pat {}

    public record FieldPat(int field, Pat pat) {}

    /** Matches what the reference (or Box) points to: `&p`, `box p`, and the derefs match ergonomics inserts. */
    public record DerefPat(Pat sub, Ty ty, Span span) implements Pat {}

    public record Constant(Const value, Ty ty, Span span) implements Pat {}

    /** A pattern that is a named constant: compared with `==` (PartialEq) where it is matched. */
    public record ConstRef(DefId def, List<Ty> args, Ty ty, Span span) implements Pat {}

    /** {@code lo..=hi} or {@code lo..hi}; either end may be null. */
    public record Range(Const lo, Const hi, boolean inclusive, Ty ty, Span span) implements Pat {}

    /** An array or slice pattern: the elements before `..`, the `..` itself (possibly bound), the elements after. */
    public record Slice(List<Pat> prefix, Pat rest, List<Pat> suffix, Ty ty, Span span) implements Pat {}

    public record Or(List<Pat> alternatives, Ty ty, Span span) implements Pat {}
}
