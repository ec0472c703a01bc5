package rustmem.legacy.types;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustmem.syntax.ast.Expr.BinOp;

/**
 * The std traits a program may implement for its own types: what an impl must define (methods and
 * associated types), what it may override, and how many generic parameters the trait has (`Add<Rhs = Self>`).
 */
final class StdTraits {
    /**
     * required: methods an impl must define; provided: methods it may also define (null: any, as Iterator's
     * many); assocTypes: types it must define; params/selfDefault: the trait's generic parameters and
     * whether a missing one is Self; callable: whether programs call the methods by name (`x.next()`).
     */
    record Spec(List<String> required, Set<String> provided, List<String> assocTypes, int params, boolean selfDefault,
                boolean callable) {}

    private static final Map<String, Spec> SPECS = new HashMap<>();

    /** The traits behind the arithmetic and bit operators, by operator; their compound-assignment forms add "Assign". */
    private static final Map<BinOp, String> OPERATORS = Map.of(BinOp.ADD, "Add", BinOp.SUB, "Sub", BinOp.MUL, "Mul",
        BinOp.DIV, "Div", BinOp.REM, "Rem", BinOp.BIT_AND, "BitAnd", BinOp.BIT_OR, "BitOr", BinOp.BIT_XOR, "BitXor",
        BinOp.SHL, "Shl", BinOp.SHR, "Shr");

    static {
        SPECS.put("Display", new Spec(List.of("fmt"), Set.of(), List.of(), 0, false, false));
        SPECS.put("Debug", new Spec(List.of("fmt"), Set.of(), List.of(), 0, false, false));
        SPECS.put("Drop", new Spec(List.of("drop"), Set.of(), List.of(), 0, false, false));
        SPECS.put("Clone", new Spec(List.of("clone"), Set.of(), List.of(), 0, false, true));
        SPECS.put("Default", new Spec(List.of("default"), Set.of(), List.of(), 0, false, true));
        SPECS.put("PartialEq", new Spec(List.of("eq"), Set.of(), List.of(), 1, true, true));
        SPECS.put("Iterator", new Spec(List.of("next"), null, List.of("Item"), 0, false, true));
        SPECS.put("Deref", new Spec(List.of("deref"), Set.of(), List.of("Target"), 0, false, true));
        SPECS.put("DerefMut", new Spec(List.of("deref_mut"), Set.of(), List.of(), 0, false, true));
        SPECS.put("From", new Spec(List.of("from"), Set.of(), List.of(), 1, false, true));
        SPECS.put("TryFrom", new Spec(List.of("try_from"), Set.of(), List.of("Error"), 1, false, true));
        SPECS.put("Error", new Spec(List.of(), Set.of("source", "description", "cause"), List.of(), 0, false, false));
        SPECS.put("Neg", new Spec(List.of("neg"), Set.of(), List.of("Output"), 0, false, true));
        SPECS.put("Not", new Spec(List.of("not"), Set.of(), List.of("Output"), 0, false, true));
        for (String op : OPERATORS.values()) {
            String method = methodOf(op);
            SPECS.put(op, new Spec(List.of(method), Set.of(), List.of("Output"), 1, true, true));
            SPECS.put(op + "Assign", new Spec(List.of(method + "_assign"), Set.of(), List.of(), 1, true, true));
        }
    }

    private StdTraits() {}

    /** The spec of a std trait programs may implement, or null. */
    static Spec get(String trait) { return SPECS.get(trait); }

    /** The trait of an arithmetic or bit operator (null for comparisons and logic). */
    static String operatorTrait(BinOp op) { return OPERATORS.get(op); }

    /** `Add` → `add`, `BitAnd` → `bitand`: std's method names for the operator traits. */
    static String methodOf(String operatorTrait) { return operatorTrait.toLowerCase(); }
}
