package rustmem.interp;

import java.util.ArrayList;
import java.util.List;
import rustmem.layout.FieldsShape;
import rustmem.layout.Layout;
import rustmem.layout.Variants;
import rustmem.types.ClosureInfo;
import rustmem.types.FnSig;
import rustmem.types.Ty;

/**
 * The functions the compiler makes rather than std's source (rustc's MIR shims): calls through a trait object's
 * vtable, drop_in_place, built-in Clone, closures and functions called through the Fn traits (their argument
 * tuple spread into parameters), and constructors used as functions.
 */
final class Shims {
    private final Interpreter in;
    private final Machine m;

    Shims(Interpreter in) {
        this.in = in;
        this.m = in.m;
    }

    void call(Instance c, long[] addrs, int[] sizes, long dest, long location) {
        switch (c.kind()) {
            case VIRTUAL -> {
                VTables.VTable vt = in.vtables.at(m.readPtr(addrs[0] + 8));
                Instance target = vt.methods()[c.index()];
                if (target == null) throw new UnsupportedFeature("calling `" + in.tcx.defs.pathString(c.def()) + "` on a trait object", null);
                int[] s = sizes.clone();
                long[] a = addrs;
                if (in.tcx.fnSig(c.def()).inputs().get(0) instanceof Ty.Param) {
                    // self by value (`call_once` of a `Box<dyn FnOnce()>`): the value is where the data pointer points
                    a = addrs.clone();
                    a[0] = m.readPtr(addrs[0]);
                    s[0] = (int) vt.size();
                } else {
                    s[0] = 8;   // the receiver's data pointer
                }
                in.invoke(target, a, s, dest, location);
            }
            case DROP_GLUE -> {
                long ptr = m.readPtr(addrs[0]);
                long meta = sizes[0] == 16 ? m.readPtr(addrs[0] + 8) : 0;
                in.drops.drop(ptr, meta, c.ty());
            }
            case CLONE_SHIM -> cloneValue(m.readPtr(addrs[0]), c.ty(), dest);
            case CLOSURE_CALL -> closureCall(c, addrs, sizes, dest, location);
            case FN_CALL -> fnCall(c, addrs, dest, location);
            case CTOR -> construct(c, addrs, dest);
            default -> throw new IllegalStateException(c.toString());
        }
    }

    /** Clone of a type whose Clone is built in: a copy for Copy types, else each field cloned. */
    private void cloneValue(long src, Ty t, long dst) {
        Layout l = in.layouts.layoutOf(t);
        if (in.resolver.holds(new rustmem.types.TraitRef(in.tcx.lang.require("copy"), List.of(t)))) {
            m.copy(dst, src, l.size());
            return;
        }
        List<Ty> fields = switch (t) {
            case Ty.Tuple tu -> tu.elements();
            case Ty.Closure c -> in.layouts.upvarTys(c);
            case Ty.Array a -> {
                List<Ty> es = new ArrayList<>();
                for (long i = 0; i < ((Ty.ConstValue) a.length()).value(); i++) es.add(a.element());
                yield es;
            }
            default -> throw new UnsupportedFeature("the built-in clone of `" + in.tcx.display(t) + "`", null);
        };
        var cloneFn = in.traitMethod("clone", "clone");
        int saved = m.sp;
        try {
            long scratch = in.pushScratch(8);
            for (int i = 0; i < fields.size(); i++) {
                m.writePtr(scratch, src + l.fields().offset(i));
                in.invoke(in.resolver.resolve(cloneFn, List.of(fields.get(i))), new long[] {scratch}, new int[] {8},
                    dst + l.fields().offset(i), 0);
            }
        } finally {
            m.sp = saved;
        }
    }

    /**
     * A closure called through Fn/FnMut/FnOnce (index 0, 1, 2) with (self, argument tuple), or through a
     * function pointer (index 3, arguments as they are): its body takes the closure (by reference for Fn and
     * FnMut closures, by value for FnOnce ones) and the arguments one by one.
     */
    private void closureCall(Instance c, long[] addrs, int[] sizes, long dest, long location) {
        ClosureInfo.Kind kind = in.tcx.closureInfo(c.def()).kind;
        Instance body = Instance.item(c.def(), c.args());
        CompiledBody cb = in.body(body);
        int params = cb.mir.argCount - 1;
        long[] a = new long[params + 1];
        int[] s = new int[params + 1];
        int saved = m.sp;
        try {
            boolean dropAfter = false;
            if (c.index() == 3) {
                long env = in.pushScratch(8);
                m.writePtr(env, 1);   // a closure without captures: any aligned pointer to its zero bytes
                a[0] = env;
                System.arraycopy(addrs, 0, a, 1, params);
            } else {
                if (kind == ClosureInfo.Kind.FN_ONCE || c.index() != 2) {
                    a[0] = addrs[0];
                } else {
                    long env = in.pushScratch(8);
                    m.writePtr(env, addrs[0]);
                    a[0] = env;
                    dropAfter = true;
                }
                spread(addrs[1], cb, a, 2);
            }
            for (int i = 0; i <= params; i++) s[i] = cb.sizes[i + 1];
            try {
                in.invoke(body, a, s, dest, location);
            } catch (Unwind u) {
                // rustc's call_once shim of an Fn/FnMut closure drops the closure on its cleanup path too
                if (dropAfter) in.dropWhileUnwinding(addrs[0], c.ty());
                throw u;
            }
            if (dropAfter) in.drops.drop(addrs[0], 0, c.ty());
        } finally {
            m.sp = saved;
        }
    }

    /** The addresses of an argument tuple's fields, for the parameters from local `first` of cb on. */
    private void spread(long tuple, CompiledBody cb, long[] into, int first) {
        List<Ty> tys = new ArrayList<>();
        for (int i = first; i <= cb.mir.argCount; i++) tys.add(cb.tys[i]);
        Layout l = in.layouts.layoutOf(Ty.tuple(tys));
        for (int i = 0; i < tys.size(); i++) into[first - 1 + i] = tuple + l.fields().offset(i);
    }

    /** A function item or pointer called through an Fn trait with (self, argument tuple). */
    private void fnCall(Instance c, long[] addrs, long dest, long location) {
        Instance target = switch (c.ty()) {
            case Ty.FnDef fd -> in.resolver.resolve(fd.def(), fd.args());
            case Ty.FnPtr fp -> m.fnAt(c.index() == 2 ? m.readPtr(addrs[0]) : m.readPtr(m.readPtr(addrs[0])));
            default -> throw new IllegalStateException(c.toString());
        };
        FnSig sig = c.ty() instanceof Ty.FnPtr fp ? in.resolver.normalizeSig(fp.sig()) : in.sigOf(target);
        Layout l = in.layouts.layoutOf(Ty.tuple(sig.inputs()));
        long[] a = new long[sig.inputs().size()];
        int[] s = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = addrs[1] + l.fields().offset(i);
            s[i] = (int) in.layouts.layoutOf(sig.inputs().get(i)).size();
        }
        // (a #[track_caller] function behind a pointer sees its reify shim's location, as when called directly by it)
        boolean reified = c.ty() instanceof Ty.FnPtr && target.kind() == Instance.Kind.ITEM && in.isTrackCaller(target.def());
        in.invoke(target, a, s, dest, reified ? in.reifyLocation(target.def()) : location);
    }

    /** A tuple struct or variant built by its constructor called as a function. */
    private void construct(Instance c, long[] addrs, long dest) {
        Ty t = in.resolver.normalize(c.ty());
        Layout l = in.layouts.layoutOf(t);
        boolean isEnum = t instanceof Ty.Adt a && a.def().isEnum();
        FieldsShape fs = isEnum && l.variants() instanceof Variants.Multiple mv ? mv.variants().get(c.index()).fields() : l.fields();
        Ty.Adt adt = (Ty.Adt) t;
        var fields = adt.def().variants.get(c.index()).fields();
        for (int i = 0; i < addrs.length; i++) {
            m.copy(dest + fs.offset(i), addrs[i], in.layouts.layoutOf(in.layouts.fieldTy(fields.get(i), adt.args())).size());
        }
        if (isEnum) in.tags(t).write(m, dest, c.index());
    }
}
