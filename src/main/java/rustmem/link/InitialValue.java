package rustmem.link;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustmem.syntax.Lit;
import rustmem.syntax.ast.Expr;

/**
 * What the linker must know of a static's initial value: whether its bytes are all zero (then a mutable
 * static goes to .bss) and whether it holds an address of another object (then a PIE needs a relocation,
 * and even an immutable static goes to .data.rel.ro instead of .rodata).
 */
enum InitialValue {
    ZERO, NONZERO, ADDRESS;

    /** Std constructors whose value is their arguments' bytes (plus zeroed counters and flags). */
    private static final Set<String> TRANSPARENT_NEW = Set.of("AtomicBool", "AtomicI8", "AtomicI16", "AtomicI32",
        "AtomicI64", "AtomicIsize", "AtomicU8", "AtomicU16", "AtomicU32", "AtomicU64", "AtomicUsize", "Cell",
        "UnsafeCell", "SyncUnsafeCell", "RefCell", "Mutex", "RwLock");
    /** Std constructors of empty collections: a dangling (non-zero, unrelocated) pointer and zero lengths. */
    private static final Set<String> EMPTY_NEW = Set.of("Vec", "String", "VecDeque");

    private InitialValue join(InitialValue o) { return compareTo(o) >= 0 ? this : o; }

    /**
     * Classifies an initializer; null when it is beyond this evaluator (the caller reports it).
     * {@code consts} resolves paths to other consts and statics by name.
     */
    static InitialValue of(Expr e, Map<String, Expr> consts) { return of(e, consts, new HashSet<>()); }

    private static InitialValue of(Expr e, Map<String, Expr> consts, Set<String> visiting) {
        return switch (e) {
            case Expr.LitExpr l -> literal(l.lit());
            case Expr.Paren p -> of(p.inner(), consts, visiting);
            case Expr.Unary u when u.op() == Expr.UnOp.NEG && u.operand() instanceof Expr.LitExpr l ->
                l.lit().kind() == Lit.Kind.FLOAT ? NONZERO : literal(l.lit());   // -0.0 has its sign bit set
            case Expr.AddrOf a -> ADDRESS;
            case Expr.Tuple t -> all(t.elements(), consts, visiting);
            case Expr.Array a -> all(a.elements(), consts, visiting);
            case Expr.Repeat r -> of(r.value(), consts, visiting);
            case Expr.Cast c -> of(c.operand(), consts, visiting);
            case Expr.Struct s when s.base() == null && !s.rest() ->
                all(s.fields().stream().map(Expr.ExprField::value).toList(), consts, visiting);
            case Expr.Call c when c.callee() instanceof Expr.PathExpr p && p.path().segments().size() >= 2 -> {
                String type = p.path().segments().get(p.path().segments().size() - 2).ident().name();
                String fn = p.path().segments().getLast().ident().name();
                if (!fn.equals("new")) yield null;
                if (TRANSPARENT_NEW.contains(type)) yield all(c.args(), consts, visiting);
                yield EMPTY_NEW.contains(type) && c.args().isEmpty() ? NONZERO : null;
            }
            case Expr.PathExpr p when p.qself() == null && p.path().segments().size() == 1 -> {
                String name = p.path().segments().getFirst().ident().name();
                Expr target = consts.get(name);
                if (target == null || !visiting.add(name)) yield null;
                InitialValue v = of(target, consts, visiting);
                visiting.remove(name);
                yield v;
            }
            default -> null;
        };
    }

    private static InitialValue all(List<Expr> es, Map<String, Expr> consts, Set<String> visiting) {
        InitialValue v = ZERO;
        for (Expr e : es) {
            InitialValue x = of(e, consts, visiting);
            if (x == null) return null;
            v = v.join(x);
        }
        return v;
    }

    private static InitialValue literal(Lit lit) {
        return switch (lit.kind()) {
            case INT -> lit.intValue().signum() == 0 ? ZERO : NONZERO;
            case FLOAT -> new java.math.BigDecimal(lit.symbol().replace("_", "")).signum() == 0 ? ZERO : NONZERO;
            case BOOL -> lit.symbol().equals("true") ? NONZERO : ZERO;
            case CHAR, BYTE -> lit.cooked().isEmpty() || lit.cooked().charAt(0) == 0 ? ZERO : NONZERO;
            // a string literal's value is a pointer to its bytes in .rodata (plus its length)
            case STR, RAW_STR, BYTE_STR, RAW_BYTE_STR, C_STR, RAW_C_STR -> ADDRESS;
            case ERR -> null;
        };
    }
}
