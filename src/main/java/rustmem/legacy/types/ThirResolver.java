package rustmem.legacy.types;

import java.util.ArrayList;
import java.util.List;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.syntax.ast.FormatTemplate;
import rustmem.legacy.types.thir.Thir;

/**
 * After a body is checked: replaces inference variables by their types (integer literals
 * falling back to i32, floats to f64), reports what stays unknown (E0282), and checks that
 * formatted arguments implement the trait their slot asks for.
 */
public final class ThirResolver {
    private final InferCtxt infcx;

    /** Whether the program implements a std formatting trait ("Display", "Debug") for a type. */
    private final java.util.function.BiPredicate<Ty, String> userImpl;

    /** When instantiating a generic body: the substitution of its type parameters (no checks then). */
    private final java.util.function.UnaryOperator<Ty> subst;

    /** Whether values of a (resolved) type are copied rather than moved: decides how closures capture. */
    private final java.util.function.Predicate<Ty> isCopy;

    ThirResolver(InferCtxt infcx, java.util.function.BiPredicate<Ty, String> userImpl, java.util.function.Predicate<Ty> isCopy) {
        this.infcx = infcx;
        this.userImpl = userImpl;
        this.subst = null;
        this.isCopy = isCopy;
    }

    private ThirResolver(java.util.function.UnaryOperator<Ty> subst) {
        this.infcx = null;
        this.userImpl = null;
        this.subst = subst;
        this.isCopy = null;
    }

    /** A generic body with its type parameters replaced by typeArgs (monomorphization). */
    public static Thir.Body instantiate(Thir.Body body, List<Ty> typeArgs) {
        ThirResolver r = new ThirResolver(t -> t.subst(typeArgs));
        List<Thir.LocalDecl> locals = body.locals().stream().map(r::local).toList();
        return new Thir.Body(body.name() + "::<" + String.join(", ", typeArgs.stream().map(Ty::display).toList()) + ">",
            locals, body.paramCount(), body.returnTy().subst(typeArgs), r.expr(body.value()), body.span(), 0);
    }

    private Ty ty(Ty t, Span span) {
        if (subst != null) return subst.apply(t);
        Ty r = infcx.resolve(t, true);
        if (containsInfer(r)) {
            throw new TypeError(Diagnostic.error("type annotations needed").code("E0282").span(span).build());
        }
        return r;
    }

    static boolean containsInfer(Ty t) {
        return switch (t) {
            case Ty.Infer i -> true;
            case Ty.Tuple tu -> tu.elements().stream().anyMatch(ThirResolver::containsInfer);
            case Ty.Array a -> containsInfer(a.element());
            case Ty.Slice s -> containsInfer(s.element());
            case Ty.Ref r -> containsInfer(r.pointee());
            case Ty.RawPtr r -> containsInfer(r.pointee());
            case Ty.Adt a -> a.args().stream().anyMatch(ThirResolver::containsInfer);
            default -> false;
        };
    }

    Thir.LocalDecl local(Thir.LocalDecl d) {
        return new Thir.LocalDecl(d.name(), ty(d.ty(), d.span()), d.mutable(), d.span());
    }

    private List<Thir.Expr> exprs(List<Thir.Expr> es) {
        List<Thir.Expr> out = new ArrayList<>(es.size());
        for (Thir.Expr e : es) out.add(expr(e));
        return out;
    }

    private Thir.Expr opt(Thir.Expr e) { return e == null ? null : expr(e); }

    Thir.Expr expr(Thir.Expr e) {
        Span s = e.span();
        return switch (e) {
            case Thir.Literal l -> {
                Ty t = ty(l.ty(), s);
                if (l.value() instanceof Thir.Const.Int i && i.value().signum() < 0 && t instanceof Ty.Int it && !it.kind().signed) {
                    throw new TypeError(Diagnostic.error("cannot apply unary operator `-` to type `" + t.display() + "`")
                        .code("E0600").span(s, "cannot apply unary operator `-`").build());
                }
                yield new Thir.Literal(l.value(), t, s);
            }
            case Thir.Local l -> new Thir.Local(l.index(), ty(l.ty(), s), s);
            case Thir.Unary u -> new Thir.Unary(u.op(), expr(u.operand()), ty(u.ty(), s), s);
            case Thir.Binary b -> new Thir.Binary(b.op(), expr(b.lhs()), expr(b.rhs()), ty(b.ty(), s), s);
            case Thir.Logical l -> new Thir.Logical(l.and(), expr(l.lhs()), expr(l.rhs()), l.ty(), s);
            case Thir.Cast c -> new Thir.Cast(expr(c.operand()), ty(c.ty(), s), s);
            case Thir.Assign a -> new Thir.Assign(expr(a.place()), expr(a.value()), a.ty(), s);
            case Thir.AssignOp a -> new Thir.AssignOp(a.op(), expr(a.place()), expr(a.value()), a.ty(), s);
            case Thir.Call c -> new Thir.Call(c.fn(), exprs(c.args()), c.typeArgs().stream().map(t -> ty(t, s)).toList(),
                ty(c.ty(), s), s);
            case Thir.StdCall c -> new Thir.StdCall(c.path(), exprs(c.args()), c.typeArgs().stream().map(t -> ty(t, s)).toList(),
                ty(c.ty(), s), s);
            case Thir.TraitCall c -> new Thir.TraitCall(c.trait(), c.method(), ty(c.selfTy(), s), exprs(c.args()), ty(c.ty(), s), s);
            case Thir.DynCall c -> new Thir.DynCall(c.method(), expr(c.receiver()), exprs(c.args()), ty(c.ty(), s), s);
            case Thir.Unsize u -> new Thir.Unsize(expr(u.expr()), ty(u.ty(), s), s);
            case Thir.If i -> new Thir.If(expr(i.cond()), expr(i.then()), opt(i.otherwise()), ty(i.ty(), s), s);
            case Thir.Loop l -> new Thir.Loop(expr(l.body()), l.label(), ty(l.ty(), s), s);
            case Thir.While w -> new Thir.While(expr(w.cond()), expr(w.body()), w.label(), w.ty(), s);
            case Thir.ForRange f -> new Thir.ForRange(f.pattern(), expr(f.start()), expr(f.end()), f.inclusive(),
                expr(f.body()), f.label(), f.ty(), s);
            case Thir.Block b -> {
                List<Thir.Stmt> stmts = new ArrayList<>();
                for (Thir.Stmt st : b.stmts()) {
                    stmts.add(switch (st) {
                        case Thir.Let let -> new Thir.Let(let.pattern(), opt(let.init()), opt(let.elseBlock()), let.span());
                        case Thir.ExprStmt es -> new Thir.ExprStmt(expr(es.expr()), es.span());
                    });
                }
                yield new Thir.Block(stmts, opt(b.tail()), ty(b.ty(), s), s);
            }
            case Thir.Break b -> new Thir.Break(b.label(), opt(b.value()), b.ty(), s);
            case Thir.Continue c -> c;
            case Thir.Return r -> new Thir.Return(opt(r.value()), r.ty(), s);
            case Thir.Tuple t -> new Thir.Tuple(exprs(t.elements()), ty(t.ty(), s), s);
            case Thir.Field f -> new Thir.Field(expr(f.base()), f.index(), ty(f.ty(), s), s);
            case Thir.Array a -> new Thir.Array(exprs(a.elements()), ty(a.ty(), s), s);
            case Thir.Repeat r -> new Thir.Repeat(expr(r.value()), r.count(), ty(r.ty(), s), s);
            case Thir.Index i -> new Thir.Index(expr(i.base()), expr(i.index()), ty(i.ty(), s), s);
            case Thir.LayoutOf l -> new Thir.LayoutOf(l.query(), ty(l.of(), s), l.ty(), s);
            case Thir.ForArray f -> new Thir.ForArray(f.pattern(), expr(f.array()), expr(f.body()), f.label(), f.ty(), s);
            case Thir.AddrOf a -> new Thir.AddrOf(expr(a.place()), a.mutable(), ty(a.ty(), s), s);
            case Thir.StructLit sl -> new Thir.StructLit(sl.fieldIndices(), exprs(sl.values()), ty(sl.ty(), s), s);
            case Thir.EnumLit el -> new Thir.EnumLit(el.variant(), el.fieldIndices(), exprs(el.values()), ty(el.ty(), s), s);
            case Thir.Match m -> {
                List<Thir.Arm> arms = new ArrayList<>();
                for (Thir.Arm a : m.arms()) arms.add(new Thir.Arm(a.pattern(), opt(a.guard()), expr(a.body()), a.span()));
                yield new Thir.Match(expr(m.scrutinee()), arms, ty(m.ty(), s), s);
            }
            case Thir.Deref d -> new Thir.Deref(expr(d.pointer()), ty(d.ty(), s), s);
            case Thir.Print p -> print(p);
            case Thir.StaticRef st -> new Thir.StaticRef(st.index(), ty(st.ty(), s), s);
            case Thir.Drop d -> new Thir.Drop(expr(d.value()), d.forget(), d.ty(), s);
            case Thir.IntrinsicCall c -> new Thir.IntrinsicCall(c.op(), exprs(c.args()), ty(c.ty(), s), s);
            case Thir.ForVec f -> new Thir.ForVec(f.pattern(), expr(f.vec()), f.mode(), expr(f.body()), f.label(), f.ty(), s);
            case Thir.Closure c -> closure(c);
            case Thir.ClosureCall c -> new Thir.ClosureCall(expr(c.callee()), exprs(c.args()), ty(c.ty(), s), s);
        };
    }

    /**
     * A closure's body is resolved with the rest; its definition's signature in place (every type naming
     * the closure shares it), and then what it captures, which needs the final types (Copy or not).
     */
    private Thir.Expr closure(Thir.Closure c) {
        Thir.Expr body = expr(c.body());
        if (subst == null) {
            ClosureDef def = c.def();
            def.params = def.params.stream().map(t -> ty(t, c.span())).toList();
            def.ret = ty(def.ret, c.span());
            ClosureCaptures.analyze(def, c, body, isCopy);
        }
        return new Thir.Closure(c.def(), c.paramLocals(), c.firstLocal(), c.move(), body, ty(c.ty(), c.span()), c.span());
    }

    private Thir.Expr print(Thir.Print p) {
        List<Thir.Expr> args = exprs(p.args());
        if (subst != null) return new Thir.Print(p.kind(), p.template(), args, ty(p.ty(), p.span()), p.span());
        for (FormatTemplate.Piece piece : p.template().pieces()) {
            if (!(piece instanceof FormatTemplate.Slot slot)) continue;
            Thir.Expr arg = args.get(slot.argument());
            // the Formatter a write! writes into is argument 0, not a value to format
            if (!formattable(arg.ty(), slot.spec().trait())) {
                String trait = slot.spec().trait() == FormatTemplate.Trait.DEBUG ? "Debug" : "Display";
                Ty base = arg.ty() instanceof Ty.Ref r ? r.pointee() : arg.ty();
                if (base instanceof Ty.Adt a && !a.def().fromStd() && trait.equals("Debug") && !a.def().derives().contains("Debug")) {
                    throw new TypeError(Diagnostic.error("`" + a.display() + "` doesn't implement `Debug`").code("E0277")
                        .span(arg.span(), "`" + a.display() + "` cannot be formatted using `{:?}`").build());
                }
                boolean vec = base instanceof Ty.Adt va && va.def().fromStd() && va.def().name().equals("Vec");
                boolean own = base instanceof Ty.Adt oa && !oa.def().fromStd();   // no Display impl of the program's
                if (slot.spec().trait() == FormatTemplate.Trait.DISPLAY && (arg.ty() instanceof Ty.Tuple || arg.ty() instanceof Ty.Array
                    || vec || own)) {
                    throw new TypeError(Diagnostic.error("`" + arg.ty().display() + "` doesn't implement `std::fmt::Display`")
                        .code("E0277").span(arg.span()).build());
                }
                throw new Unsupported(arg.span(), "formatting `" + arg.ty().display() + "` with {"
                    + (slot.spec().trait() == FormatTemplate.Trait.DISPLAY ? "" : ":" + slot.spec().trait()) + "}");
            }
            if ((slot.spec().trait() == FormatTemplate.Trait.LOWER_EXP || slot.spec().trait() == FormatTemplate.Trait.UPPER_EXP)
                && slot.spec().precision().present() && !(arg.ty() instanceof Ty.Float)) {
                // integers' exponent form rounds its digits by core's own rule: not reproduced yet
                throw new Unsupported(arg.span(), "integers in exponent form with a precision");
            }
            checkCount(slot.spec().width(), args);
            checkCount(slot.spec().precision(), args);
        }
        return new Thir.Print(p.kind(), p.template(), args, p.ty(), p.span());
    }

    private static void checkCount(FormatTemplate.Count c, List<Thir.Expr> args) {
        if (c.argument() >= 0 && !(args.get(c.argument()).ty() instanceof Ty.Int i && i.kind() == Ty.IntTy.USIZE)) {
            Thir.Expr a = args.get(c.argument());
            throw new TypeError(Diagnostic.error("mismatched types").code("E0308")
                .span(a.span(), "expected `usize`, found `" + a.ty().display() + "`").build());
        }
    }

    /** The derived-Debug types whose fields formattable is deciding on. */
    private final java.util.Set<Ty> formatting = new java.util.HashSet<>();

    /** Types the formatter shim handles, per trait: the program's own impls, derived Debug, primitives. */
    boolean formattable(Ty t, FormatTemplate.Trait trait) {
        if (trait == FormatTemplate.Trait.POINTER) {
            return t instanceof Ty.Ref || t instanceof Ty.RawPtr
                || t instanceof Ty.Adt a && a.def().fromStd() && a.def().name().equals("Box");
        }
        // &T formats as T does (std's impls for references delegate); [T] as a list, like arrays
        if (t instanceof Ty.Ref r && r.pointee() instanceof Ty.Slice sl) {
            return trait == FormatTemplate.Trait.DEBUG && formattable(sl.element(), trait);
        }
        if (t instanceof Ty.Ref r && !(r.pointee() instanceof Ty.Str)) return formattable(r.pointee(), trait);
        // a trait object formats through its vtable: Error has Display and Debug as supertraits
        if (t instanceof Ty.Dynamic d) {
            return trait == FormatTemplate.Trait.DISPLAY && (d.traitName().equals("Display") || d.traitName().equals("Error"))
                || trait == FormatTemplate.Trait.DEBUG && (d.traitName().equals("Debug") || d.traitName().equals("Error")
                    || d.traitName().equals("Any"));
        }
        if (trait == FormatTemplate.Trait.DISPLAY && userImpl.test(t, "Display")
            || trait == FormatTemplate.Trait.DEBUG && userImpl.test(t, "Debug")) {
            return true;
        }
        if (t instanceof Ty.Adt a && a.def().fromStd()) {
            switch (a.def().name()) {
                case "String" -> { return trait == FormatTemplate.Trait.DISPLAY || trait == FormatTemplate.Trait.DEBUG; }
                case "Box", "Rc", "Arc", "Ref", "RefMut", "MutexGuard" -> { return formattable(a.args().get(0), trait); }
                case "Mutex", "HashSet" -> { return trait == FormatTemplate.Trait.DEBUG && formattable(a.args().get(0), trait); }
                case "HashMap" -> {
                    return trait == FormatTemplate.Trait.DEBUG && formattable(a.args().get(0), trait) && formattable(a.args().get(1), trait);
                }
                // std's own impls, whatever the payload: `PoisonError { .. }`, `SendError { .. }`
                case "Utf8Error" -> { return trait == FormatTemplate.Trait.DEBUG; }
                case "PoisonError", "SendError", "RecvError" -> {
                    return trait == FormatTemplate.Trait.DISPLAY || trait == FormatTemplate.Trait.DEBUG;
                }
                case "RefCell" -> { return trait == FormatTemplate.Trait.DEBUG && formattable(a.args().get(0), trait); }
                case "Weak" -> { return trait == FormatTemplate.Trait.DEBUG; }
                case "ParseIntError" -> { return trait == FormatTemplate.Trait.DISPLAY || trait == FormatTemplate.Trait.DEBUG; }
                case "Vec" -> { return trait == FormatTemplate.Trait.DEBUG && formattable(a.args().get(0), trait); }
                default -> { }
            }
        }
        if (t instanceof Ty.Adt a && !a.def().isUnion() && (!a.def().fromStd() || a.def().isEnum())) {
            if (trait != FormatTemplate.Trait.DEBUG || !a.def().derives().contains("Debug")) return false;
            // a recursive type (a list of itself) formats if the rest of it does
            if (!formatting.add(t)) return true;
            try {
                return a.def().variants().stream().allMatch(v -> v.fields().stream().allMatch(f -> formattable(f.type().subst(a.args()), trait)));
            } finally {
                formatting.remove(t);
            }
        }
        return switch (trait) {
            case DISPLAY -> t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Bool || t instanceof Ty.Char
                || t.equals(Ty.STATIC_STR);
            case DEBUG -> t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Bool || t instanceof Ty.Char
                || t.equals(Ty.STATIC_STR) || t instanceof Ty.Tuple tu && tu.elements().stream().allMatch(e -> formattable(e, trait))
                || t instanceof Ty.Array a && formattable(a.element(), trait);
            case LOWER_HEX, UPPER_HEX, OCTAL, BINARY -> t instanceof Ty.Int;
            case LOWER_EXP, UPPER_EXP -> t instanceof Ty.Float || t instanceof Ty.Int;
            case POINTER -> false;
        };
    }
}
