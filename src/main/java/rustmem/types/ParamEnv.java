package rustmem.types;

import java.util.List;

/**
 * What may be assumed where an item is checked (rustc's {@code ParamEnv}): its where-clauses and bounds, their
 * supertraits elaborated. Monomorphic code (what the interpreter runs) has the empty environment, which also
 * reveals the hidden types of {@code impl Trait}.
 */
public record ParamEnv(List<Predicate> predicates, boolean revealAll) {
    public ParamEnv(List<Predicate> predicates) { this(predicates, false); }

    /** The environment of monomorphic code: nothing assumed, opaque types revealed. */
    public static final ParamEnv REVEAL_ALL = new ParamEnv(List.of(), true);
}
