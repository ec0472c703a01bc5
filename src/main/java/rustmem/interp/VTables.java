package rustmem.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.layout.Layout;
import rustmem.machine.UndefinedBehavior;
import rustmem.types.AssocItem;
import rustmem.types.TraitRef;
import rustmem.types.Ty;

/**
 * Vtables of trait objects, laid out in .rodata as rustc lays them out: drop_in_place, size, align, then a
 * pointer per method of the trait and its supertraits. The interpreter finds a vtable's methods by its address.
 */
final class VTables {
    /** A vtable: the concrete type behind the object, its drop glue, size, alignment and methods by slot. */
    record VTable(Ty concrete, long size, long align, Instance[] methods) {}

    private final Interpreter in;
    private final Map<Long, VTable> byAddress = new HashMap<>();
    private final Map<List<Ty>, Long> cache = new HashMap<>();

    VTables(Interpreter in) { this.in = in; }

    long vtable(Ty concrete, Ty.Dynamic dyn) {
        List<Ty> key = List.of(concrete, dyn);
        Long a = cache.get(key);
        if (a != null) return a;
        List<AssocItem> methods = in.resolver.vtableMethods(dyn);
        Instance[] insts = new Instance[methods.size()];
        for (int i = 0; i < insts.length; i++) {
            AssocItem mth = methods.get(i);
            if (!in.tcx.generics(mth.def()).own().isEmpty()) continue;   // generic methods cannot be called on objects
            TraitRef tr = in.resolver.traitRefFor(dyn, concrete, in.tcx.traitOfItem(mth.def()));
            try {
                insts[i] = in.resolver.resolve(mth.def(), tr.args());
            } catch (Resolver.ResolveError e) {
                insts[i] = null;   // `where Self: Sized` methods are not callable on objects
            }
        }
        Layout l = in.layouts.layoutOf(concrete);
        byte[] bytes = new byte[8 * (3 + insts.length)];
        put(bytes, 0, in.m.fnAddress(new Instance(Instance.Kind.DROP_GLUE, null, List.of(), concrete, 0)));
        put(bytes, 8, l.size());
        put(bytes, 16, l.align());
        for (int i = 0; i < insts.length; i++) if (insts[i] != null) put(bytes, 24 + 8 * i, in.m.fnAddress(insts[i]));
        long addr = in.m.rodata(bytes, "vtable of " + in.tcx.display(concrete) + " for " + in.tcx.display(dyn));
        byAddress.put(addr, new VTable(concrete, l.size(), l.align(), insts));
        cache.put(key, addr);
        return addr;
    }

    /** The vtable {@link #at} found last, and its address: calls through one object, or one type's, mostly come in a row. */
    private VTable last;
    private long lastAddr;

    VTable at(long addr) {
        if (addr == lastAddr && last != null) return last;
        VTable v = byAddress.get(addr);
        if (v == null) throw new UndefinedBehavior("0x" + Long.toHexString(addr) + " is not a vtable");
        last = v;
        lastAddr = addr;
        return v;
    }

    private static void put(byte[] b, int off, long v) {
        for (int i = 0; i < 8; i++) b[off + i] = (byte) (v >>> (8 * i));
    }

    static List<Instance> none() { return new ArrayList<>(); }
}
