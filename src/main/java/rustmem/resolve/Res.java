package rustmem.resolve;

/** What a name or path resolves to (rustc's {@code Res}). */
public sealed interface Res {
    /** A definition of the program or std. */
    record Def(DefKind kind, DefId id) implements Res {}

    /** A primitive type ({@code i32}, {@code str}, {@code bool} …) by its name. */
    record PrimTy(String name) implements Res {}

    /** {@code Self} inside a trait: the trait's self parameter. */
    record SelfTyParam(DefId trait) implements Res {}

    /** {@code Self} inside an impl or a type definition: the impl's self type, or the type applied to its own parameters. */
    record SelfTyAlias(DefId implOrAdt) implements Res {}

    /** {@code Self} as a value or constructor inside an impl of a tuple or unit struct. */
    record SelfCtor(DefId impl) implements Res {}

    /** A local variable (a binding of a pattern), by its id in the {@link LocalBinding} table. */
    record Local(int id) implements Res {}

    /** A name that did not resolve; an error has been reported. */
    record Err() implements Res {}

    Res ERR = new Err();
}
