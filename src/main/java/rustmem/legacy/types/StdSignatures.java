package rustmem.legacy.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.syntax.ast.Item;

/**
 * std's functions and methods known by their signatures ({@code std/signatures.rs}): calls of them are
 * type-checked like calls of the program's generic functions (inference of type arguments, Fn bounds for
 * closures, trait bounds such as Send checked) and become {@code Thir.StdCall}s by path.
 */
final class StdSignatures {
    private static final String RESOURCE = "/std/signatures.rs";

    /** A declaration of the resource: the function, and the impl it is in (null for a free function). */
    private record Declaration(Item item, Item.Fn fn, Item.Impl impl) {}

    /** The declarations by path, read once per process, the first time a program looks one up. */
    private static volatile Map<String, Declaration> index;

    private final TypeCollector types;
    /** The signatures looked up so far, lowered with this program's types. */
    private final Map<String, TypeChecker.FnSig> lowered = new HashMap<>();

    StdSignatures(TypeCollector types) { this.types = types; }

    /**
     * The signature under a path, or null: free functions by their module path ("thread::spawn",
     * "sync::mpsc::channel"), associated functions and methods by their type's name ("Mutex::lock").
     * Lowered on first use, so a program pays for the std functions it calls.
     */
    TypeChecker.FnSig get(String path) {
        TypeChecker.FnSig known = lowered.get(path);
        if (known != null || lowered.containsKey(path)) return known;
        Declaration d = index().get(path);
        TypeChecker.FnSig sig = d == null ? null : lower(path, d);
        lowered.put(path, sig);
        return sig;
    }

    private TypeChecker.FnSig lower(String path, Declaration d) {
        try {
            return types.withStdNames(() -> {
                Ty self = null;
                if (d.impl() != null) {
                    List<String> implParams = new ArrayList<>();
                    TypeChecker.typeParams(d.impl().generics(), implParams, new HashMap<>(), null);
                    self = types.lowerIn(d.impl().selfType(), null, implParams);
                }
                TypeChecker.FnSig s = TypeChecker.signatureOf(d.fn(), d.item(), self, d.impl() == null ? null : d.impl().generics(), types, -1);
                // the path is the name calls carry
                return new TypeChecker.FnSig(path, -1, s.params(), s.ret(), s.item(), s.selfTy(), s.typeParams(), s.bounds(), s.fnBounds());
            });
        } catch (TypeError | Unsupported e) {
            // a mistake in rustmem's own std, never the program's
            throw new IllegalStateException("rustmem's std signature of " + path + " does not check: " + e.getMessage(), e);
        }
    }

    /** Every path the resource declares. */
    static java.util.Set<String> paths() { return java.util.Collections.unmodifiableSet(index().keySet()); }

    private static Map<String, Declaration> index() {
        Map<String, Declaration> i = index;
        if (i == null) {
            i = new HashMap<>();
            declarations(TypeCollector.parseResource(RESOURCE).items(), "", i);
            index = i;
        }
        return i;
    }

    private static void declarations(List<Item> items, String prefix, Map<String, Declaration> out) {
        for (Item item : items) {
            switch (item.kind()) {
                case Item.Mod m -> declarations(m.items(), prefix + m.name().name() + "::", out);
                case Item.Fn f -> out.put(prefix + f.name().name(), new Declaration(item, f, null));
                case Item.Impl impl -> {
                    String owner = ownerName(impl.selfType());
                    for (Item m : impl.items()) {
                        Item.Fn f = (Item.Fn) m.kind();
                        out.put(owner + "::" + f.name().name(), new Declaration(m, f, impl));
                    }
                }
                default -> throw new IllegalStateException("unexpected item in " + RESOURCE);
            }
        }
    }

    /** {@link #owner} of an impl's self type as written ("Mutex", "str", "[T]", "*const T", "f64"). */
    private static String ownerName(rustmem.syntax.ast.Type t) {
        return switch (t) {
            case rustmem.syntax.ast.Type.PathType pt -> pt.path().last().name();
            case rustmem.syntax.ast.Type.Slice sl -> "[T]";
            case rustmem.syntax.ast.Type.RawPtr p -> p.mutable() ? "*mut T" : "*const T";
            default -> throw new IllegalStateException("unexpected impl in " + RESOURCE + ": " + t);
        };
    }

    /**
     * The name methods of a type are filed under: a std type's name, "str", "[T]", "*const T", "*mut T", or a
     * number type's; null for other types.
     */
    static String owner(Ty t) {
        return switch (t) {
            case Ty.Adt a when a.def().fromStd() -> a.def().name();
            case Ty.Str s -> "str";
            case Ty.Slice s -> "[T]";
            case Ty.RawPtr p -> p.mutable() ? "*mut T" : "*const T";
            case Ty.Int i -> i.kind().name;
            case Ty.Float f -> f.display();
            default -> null;
        };
    }
}
