package rustmem.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.syntax.ast.Crate;
import rustmem.syntax.ast.Item;

/**
 * std's functions and methods known by their signatures ({@code std/signatures.rs}): calls of them are
 * type-checked like calls of the program's generic functions (inference of type arguments, Fn bounds for
 * closures, trait bounds such as Send checked) and become {@code Thir.StdCall}s by path.
 */
final class StdSignatures {
    private static final String RESOURCE = "/std/signatures.rs";
    private static volatile Crate parsed;

    private StdSignatures() {}

    /**
     * Every signature by path: free functions by their module path ("thread::spawn", "sync::mpsc::channel"),
     * associated functions and methods by their type's name ("Mutex::lock").
     */
    static Map<String, TypeChecker.FnSig> collect(TypeCollector types) {
        Map<String, TypeChecker.FnSig> out = new HashMap<>();
        try {
            types.withStdNames(() -> {
                collect(crate().items(), "", types, out);
                return null;
            });
        } catch (TypeError | Unsupported e) {
            // a mistake in rustmem's own std, never the program's
            throw new IllegalStateException("rustmem's std signatures do not check: " + e.getMessage(), e);
        }
        return out;
    }

    private static void collect(List<Item> items, String prefix, TypeCollector types, Map<String, TypeChecker.FnSig> out) {
        for (Item item : items) {
            switch (item.kind()) {
                case Item.Mod m -> collect(m.items(), prefix + m.name().name() + "::", types, out);
                case Item.Fn f -> put(out, prefix + f.name().name(), TypeChecker.signatureOf(f, item, null, null, types, -1));
                case Item.Impl impl -> {
                    List<String> implParams = new ArrayList<>();
                    TypeChecker.typeParams(impl.generics(), implParams, new HashMap<>(), null);
                    Ty self = types.lowerIn(impl.selfType(), null, implParams);
                    String owner = owner(self);
                    for (Item m : impl.items()) {
                        Item.Fn f = (Item.Fn) m.kind();
                        put(out, owner + "::" + f.name().name(), TypeChecker.signatureOf(f, m, self, impl.generics(), types, -1));
                    }
                }
                default -> throw new IllegalStateException("unexpected item in " + RESOURCE);
            }
        }
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

    /** The signature under its path, which calls carry as its name. */
    private static void put(Map<String, TypeChecker.FnSig> out, String path, TypeChecker.FnSig s) {
        out.put(path, new TypeChecker.FnSig(path, -1, s.params(), s.ret(), s.item(), s.selfTy(), s.typeParams(), s.bounds(),
            s.fnBounds()));
    }

    private static Crate crate() {
        Crate c = parsed;
        if (c == null) parsed = c = TypeCollector.parseResource(RESOURCE);
        return c;
    }
}
