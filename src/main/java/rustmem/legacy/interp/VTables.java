package rustmem.legacy.interp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.legacy.ir.Mir;
import rustmem.layout.Layout;
import rustmem.machine.Allocation;
import rustmem.machine.Memory;
import rustmem.machine.UndefinedBehavior;
import rustmem.legacy.types.Ty;

/**
 * The vtables of the program's trait objects, made in .rodata the first time a type is coerced to
 * `dyn Trait` and found again by the address a fat pointer holds: rustc's layout of drop_in_place
 * (null here), size and align, then one function pointer per method, in name order.
 */
final class VTables {
    /** A vtable: where it is, the concrete type behind the pointers that carry it, its methods' bodies by name. */
    record VTable(long address, Ty concrete, String trait, Map<String, Integer> methods) {}

    private final Interpreter in;
    private final Memory memory;
    private final Map<List<Object>, VTable> byType = new HashMap<>();
    private final Map<Long, VTable> byAddress = new HashMap<>();

    VTables(Interpreter in, Memory memory) {
        this.in = in;
        this.memory = memory;
    }

    /** The vtable of make's concrete type for its trait. */
    VTable of(Mir.MakeDyn make) {
        return byType.computeIfAbsent(List.of(make.concrete(), make.trait()), k -> {
            Layout l = in.layout(make.concrete());
            byte[] bytes = new byte[8 * (3 + make.methods().size())];
            Allocation.write(bytes, 8, 8, l.size());
            Allocation.write(bytes, 16, 8, l.align());
            int at = 24;
            for (int fn : make.methods().values()) {
                Allocation.write(bytes, at, 8, in.functionAddress(fn));
                at += 8;
            }
            long address = memory.allocateRodata(bytes, "vtable of `" + make.concrete().display() + "` for `dyn "
                + make.trait() + "`").base;
            VTable vt = new VTable(address, make.concrete(), make.trait(), make.methods());
            byAddress.put(address, vt);
            return vt;
        });
    }

    /** The vtable at an address a fat pointer holds. */
    VTable at(long address) {
        VTable vt = byAddress.get(address);
        if (vt == null) throw new UndefinedBehavior("0x" + Long.toHexString(address) + " is not a vtable");
        return vt;
    }
}
