package rustmem.resolve;

/** Where an item or field may be named from: everywhere, or inside a module (and its descendants). */
public sealed interface Visibility {
    record Public() implements Visibility {}

    /** Visible inside the module {@code module} and the modules it contains. */
    record Restricted(DefId module) implements Visibility {}

    Visibility PUBLIC = new Public();
}
