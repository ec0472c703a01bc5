package rustmem.interp;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import rustmem.layout.Layout;
import rustmem.layout.LayoutCx;
import rustmem.machine.Allocation;
import rustmem.machine.Memory;
import rustmem.machine.ProcessImage;
import rustmem.machine.UndefinedBehavior;
import rustmem.types.Ty;

/**
 * The intrinsic registry: the functions std declares with #[rustc_intrinsic] (intrinsics.rs), implemented on
 * the machine. Arguments arrive in memory (addrs, sizes); the result is written at dest.
 */
final class Intrinsics {
    private final Interpreter in;
    private final Machine m;

    private final Validity validity;

    Intrinsics(Interpreter in) {
        this.in = in;
        this.m = in.m;
        this.validity = new Validity(in);
    }

    private long u(long[] a, int i) { return m.readPtr(a[i]); }

    /** A pointer to a value of type t that the intrinsic reads or writes: aligned for t, and live (Miri's checks). */
    private long aligned(long addr, Ty t) { return aligned(addr, t, t instanceof Ty.Dynamic || layout(t).isUnsized() ? 0 : layout(t).size()); }

    /** ... to bytes bytes of values of type t (none: nothing is accessed, nothing checked). */
    private long aligned(long addr, Ty t, long bytes) {
        if (bytes == 0) return addr;
        return m.checkAccess(addr, t instanceof Ty.Dynamic ? 1 : layout(t).align(), bytes);
    }

    private Layout layout(Ty t) { return in.layouts.layoutOf(t); }

    /**
     * The result of an intrinsic that takes no arguments and depends on its type arguments alone (`size_of`,
     * `align_of`, `needs_drop`), as the bytes it writes; else null. Such a call is a constant of the compiled body.
     */
    private final java.util.Map<Ty, byte[]> typeIds = new java.util.HashMap<>();

    /**
     * A type's TypeId, made once per type (std's ToString asks it about twenty times per call, to find its
     * specialisations): 128 bits mixed from the number of types asked before it, so that two types never share one
     * (rustc hashes the type; no program can rely on the value, only on equality).
     */
    private byte[] typeId(Ty t) {
        return typeIds.computeIfAbsent(t, k -> {
            byte[] id = new byte[16];
            long n = typeIds.size();
            var out = java.nio.ByteBuffer.wrap(id).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            out.putLong(mix(2 * n + 1)).putLong(mix(2 * n + 2));
            return id;
        });
    }

    /** SplitMix64's finaliser: distinct inputs give distinct, well-spread outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    byte[] constant(Instance c) {
        List<Ty> targs = c.args();
        if (targs.isEmpty() || targs.stream().anyMatch(Ty::hasParams)) return null;
        Ty t0 = targs.get(0);
        if (targs.size() == 2) {
            return in.tcx.name(c.def()).equals("implements") && targs.get(1) instanceof Ty.Dynamic d
                ? new byte[] {(byte) (implementsTrait(t0, d) ? 1 : 0)} : null;
        }
        if (targs.size() != 1) return null;
        return switch (in.tcx.name(c.def())) {
            case "size_of" -> word(layout(t0).size());
            case "align_of" -> word(layout(t0).align());
            case "needs_drop" -> new byte[] {(byte) (in.drops.needsDrop(t0) ? 1 : 0)};
            case "type_id" -> typeId(t0);
            default -> null;
        };
    }

    /**
     * The node that runs a call of an intrinsic that is one operation on its operands ({@link IntrinsicNodes}), or
     * null when the call runs as a call.
     */
    Terminators.Term lower(Instance c, Operands.Opnd[] args, Places.PlaceNode dest, int target) {
        List<Ty> targs = c.args();
        if (target < 0 || targs.isEmpty() || targs.get(0).hasParams()) return null;
        Ty t0 = targs.get(0);
        return switch (in.tcx.name(c.def())) {
            case "ptr_addr" -> new IntrinsicNodes.PtrWord(m, dest, target, args[0], 0);
            case "ptr_metadata_len" -> new IntrinsicNodes.PtrWord(m, dest, target, args[0], 1);
            case "offset" -> new IntrinsicNodes.Offset(m, dest, target, args[0], args[1], layout(t0).size());
            case "slice_from_raw_parts", "slice_from_raw_parts_mut" -> new IntrinsicNodes.SliceFromParts(m, dest, target, args[0], args[1]);
            case "wrapping_add", "wrapping_sub", "wrapping_mul" -> {
                if (!(t0 instanceof Ty.Int) || info(t0).size > 8) yield null;
                yield new IntrinsicNodes.Wrapping(m, dest, target,
                    new Scalars.IntBin(arithmeticOp(in.tcx.name(c.def())), args[0], args[1], info(t0).size, info(t0).signed));
            }
            case "add_with_overflow", "sub_with_overflow", "mul_with_overflow" -> {
                if (!(t0 instanceof Ty.Int) || info(t0).size > 8) yield null;
                yield new IntrinsicNodes.Checked(m, dest, target, new Statements.AssignChecked(m, dest, arithmeticOp(in.tcx.name(c.def())),
                    args[0], args[1], info(t0).size, info(t0).signed, false, overflowFlagOffset(t0)));
            }
            case "read_via_copy" -> t0 instanceof Ty.Int && info(t0).size <= 8
                ? new IntrinsicNodes.ReadInt(m, dest, target, args[0], layout(t0).align(), info(t0).size, info(t0).signed) : null;
            case "write_via_move" -> new IntrinsicNodes.WriteViaMove(m, dest, target, args[0], args[1], layout(t0).align(),
                layout(t0).isUnsized() ? 0 : layout(t0).size());
            default -> null;
        };
    }

    private static byte[] word(long v) {
        byte[] b = new byte[8];
        Allocation.write(b, 0, 8, v);
        return b;
    }

    void call(Instance c, long[] a, int[] sizes, long dest, long location) {
        String name = c.name(in.tcx);
        List<Ty> targs = c.args();
        Ty t0 = targs.isEmpty() ? null : targs.get(0);
        switch (name) {
            case "size_of", "align_of", "needs_drop" -> m.writeBytes(dest, constant(c));
            case "size_of_val" -> m.writePtr(dest, sizeOfVal(t0, sizes[0] == 16 ? m.readPtr(a[0] + 8) : 0)[0]);
            case "align_of_val" -> m.writePtr(dest, sizeOfVal(t0, sizes[0] == 16 ? m.readPtr(a[0] + 8) : 0)[1]);
            case "type_name" -> writeStr(dest, in.tcx.typeName(t0));
            case "type_id" -> m.writeBytes(dest, typeId(t0));
            case "discriminant_value" -> {
                long v = t0 instanceof Ty.Adt ad && ad.def().isEnum() ? in.tags(t0).discriminant(m, u(a, 0)) : 0;
                int size = (int) layout(in.sigOf(c).output()).size();
                if (size == 16) m.write128(dest, BigInteger.valueOf(v));
                else m.write(dest, size, v);
            }
            case "implements" -> m.write(dest, 1, implementsTrait(t0, (Ty.Dynamic) targs.get(1)) ? 1 : 0);
            case "try_as_dyn" -> {
                Ty.Dynamic d = (Ty.Dynamic) targs.get(1);
                boolean holds = implementsTrait(t0, d);
                m.writePtr(dest, holds ? u(a, 0) : 0);
                m.writePtr(dest + 8, holds ? in.vtables.vtable(t0, d) : 0);
            }
            case "transmute", "transmute_unchecked", "black_box", "read_via_copy" -> {
                long src = name.equals("read_via_copy") ? aligned(u(a, 0), t0) : a[0];
                Ty made = name.equals("transmute") || name.equals("transmute_unchecked") ? targs.get(1) : t0;
                // a typed read of a number (ptr::read): Miri's validity wants its bytes initialised
                if (name.equals("read_via_copy") && (made instanceof Ty.Int || made instanceof Ty.Float || made instanceof Ty.Bool
                    || made instanceof Ty.Char)) {
                    m.checkInit(src, layout(made).size());
                }
                m.copy(dest, src, layout(made).size());
                if (made != t0) validity.exposeAddresses(t0, made, dest);
                // a typed copy makes a value of its type: Miri checks it is a valid one
                if (!name.equals("black_box")) validity.check(made, dest);
            }
            case "copy_nonoverlapping", "copy" -> {
                long n = u(a, 2) * layout(t0).size(), src = aligned(u(a, 0), t0, n), dst = aligned(u(a, 1), t0, n);
                long from = Memory.address(src), to = Memory.address(dst);
                if (name.equals("copy_nonoverlapping") && n > 0 && from < to + n && to < from + n) {
                    throw new rustmem.machine.UndefinedBehavior("`copy_nonoverlapping` called on overlapping ranges");
                }
                m.copy(dst, src, n);
            }
            case "write_bytes" -> {
                long n = u(a, 2) * layout(t0).size();
                m.fill(aligned(u(a, 0), t0, n), (byte) m.read(a[1], 1, false), n);
            }
            case "write_via_move" -> m.copy(aligned(u(a, 0), t0), a[1], layout(t0).size());
            case "drop_in_place" -> in.drops.drop(u(a, 0), sizes[0] == 16 ? m.readPtr(a[0] + 8) : 0, t0);
            case "forget" -> { }
            case "offset" -> m.writePtr(dest, u(a, 0) + u(a, 1) * layout(t0).size());
            case "ptr_offset_from" -> {
                long size = layout(t0).size();
                m.writePtr(dest, size == 0 ? 0 : (Memory.address(u(a, 0)) - Memory.address(u(a, 1))) / size);
            }
            case "compare_bytes" -> {
                byte[] l = m.readBytes(u(a, 0), u(a, 2)), r = m.readBytes(u(a, 1), u(a, 2));
                int res = 0;
                for (int i = 0; i < l.length && res == 0; i++) res = Integer.compare(l[i] & 0xFF, r[i] & 0xFF);
                m.write(dest, 4, res);
            }
            case "ptr_addr" -> m.writePtr(dest, Memory.address(u(a, 0)));
            case "ptr_with_addr" -> {
                m.writePtr(dest, Memory.withAddress(u(a, 0), u(a, 1)));
                if (sizes[0] == 16) m.writePtr(dest + 8, m.readPtr(a[0] + 8));
            }
            case "ptr_with_metadata_of" -> {
                m.writePtr(dest, u(a, 0));
                if (sizes[1] == 16) m.writePtr(dest + 8, m.readPtr(a[1] + 8));
            }
            case "ptr_metadata_len" -> m.writePtr(dest, m.readPtr(a[0] + 8));
            case "slice_from_raw_parts", "slice_from_raw_parts_mut" -> {
                m.writePtr(dest, u(a, 0));
                m.writePtr(dest + 8, u(a, 1));
            }
            case "abort" -> {
                m.flush();
                throw new ProgramExit(134);
            }
            case "unreachable" -> throw new UndefinedBehavior("entering unreachable code");
            case "add_with_overflow", "sub_with_overflow", "mul_with_overflow" -> overflowing(name, t0, a, dest);
            case "wrapping_add", "wrapping_sub", "wrapping_mul" -> wrapping(name, t0, a, dest);
            case "rotate_left", "rotate_right", "ctpop", "ctlz", "cttz", "bswap", "bitreverse" -> bits(name, t0, a, dest);
            case "sqrtf64", "floorf64", "ceilf64", "roundf64", "truncf64", "fabsf64" -> f64(dest, unary(name, f64(a, 0)));
            case "sqrtf32", "floorf32", "ceilf32", "roundf32", "truncf32", "fabsf32" -> f32(dest, (float) unary(name, f32(a, 0)));
            case "copysignf64" -> f64(dest, Math.copySign(f64(a, 0), f64(a, 1)));
            case "copysignf32" -> f32(dest, Math.copySign(f32(a, 0), f32(a, 1)));
            case "fmaf64" -> f64(dest, Math.fma(f64(a, 0), f64(a, 1), f64(a, 2)));
            case "fmaf32" -> f32(dest, Math.fma(f32(a, 0), f32(a, 1), f32(a, 2)));
            case "powif64" -> f64(dest, Libm.powi(f64(a, 0), (int) m.read(a[1], 4, true)));
            case "powif32" -> f32(dest, Libm.powi(f32(a, 0), (int) m.read(a[1], 4, true)));
            case "libm_f64" -> f64(dest, Libm.call(m.readStr(u(a, 0), m.readPtr(a[0] + 8)), f64(a, 1), f64(a, 2)));
            case "libm_f32" -> f32(dest, Libm.callF32(m.readStr(u(a, 0), m.readPtr(a[0] + 8)), f32(a, 1), f32(a, 2)));
            case "flt2dec_shortest" -> shortest(a, dest);
            case "flt2dec_exact" -> exact(a, dest);
            case "dec2flt" -> {
                String s = m.readStr(u(a, 0), m.readPtr(a[0] + 8));
                boolean f32 = m.read(a[1], 1, false) != 0;
                f64(dest, f32 ? Float.parseFloat(s) : Double.parseDouble(s));
            }
            case "write_fd" -> {
                byte[] bytes = m.readBytes(u(a, 1), m.readPtr(a[1] + 8));
                m.writePtr(dest, m.writeFd((int) m.read(a[0], 4, true), bytes));
            }
            case "read_fd" -> {
                long buf = u(a, 1), len = m.readPtr(a[1] + 8);
                byte[] got = m.stdin.read((int) len);
                m.writeBytes(buf, got);
                m.writePtr(dest, got.length);
            }
            case "exit" -> {
                m.flush();
                throw new ProgramExit((int) m.read(a[0], 4, true));
            }
            case "unsupported" -> {
                // the caller's Location { file: &str, line: u32, col: u32 } says where the program reached it
                String what = m.readStr(u(a, 0), m.readPtr(a[0] + 8));
                String at = location == 0 ? "" : ", called at " + in.consts.describeLocation(location);
                throw new UnsupportedFeature(what + at, rustmem.source.Span.DUMMY);
            }
            case "thread_name" -> {
                String n = in.threads.current.name;
                if (n == null) {
                    m.writePtr(dest, 0);
                    m.writePtr(dest + 8, 0);
                } else {
                    writeSomeStr(dest, n);
                }
            }
            case "thread_id" -> m.writePtr(dest, in.threads.current.tid);
            case "thread_spawn" -> {
                String n = m.read(a[2], 1, false) != 0 ? m.readStr(u(a, 1), m.readPtr(a[1] + 8)) : null;
                m.writePtr(dest, in.threads.spawn(u(a, 0), m.readPtr(a[0] + 8), in.sigOf(c).inputs().get(0), n, u(a, 3)));
            }
            case "thread_current_id" -> m.writePtr(dest, in.threads.current.id);
            case "thread_join" -> in.threads.join(u(a, 0));
            case "thread_yield_now" -> in.threads.yieldNow();
            case "thread_sleep" -> in.threads.sleep(u(a, 0));
            case "thread_park" -> in.threads.park(u(a, 0));
            case "thread_unpark" -> in.threads.unpark(u(a, 0));
            case "futex_wait" -> m.write(dest, 1, in.threads.futexWait(u(a, 0), (int) m.read(a[1], 4, false), u(a, 2)) ? 1 : 0);
            case "futex_wake" -> in.threads.futexWake(u(a, 0), m.read(a[1], 1, false) != 0);
            case "clock_monotonic_nanos" -> m.writePtr(dest, in.threads.clock);
            case "clock_realtime_nanos" -> m.writePtr(dest, REALTIME_BASE + in.threads.clock);
            case "atomic_load" -> m.copy(dest, u(a, 0), layout(t0).size());
            case "atomic_store" -> m.copy(u(a, 0), a[1], layout(t0).size());
            case "atomic_xchg" -> {
                int size = (int) layout(t0).size();
                long p = u(a, 0);
                long old = m.read(p, size, false);
                m.copy(p, a[1], size);
                m.write(dest, size, old);
            }
            case "atomic_cxchg" -> {
                int size = (int) layout(t0).size();
                long p = u(a, 0);
                long old = m.read(p, size, false);
                boolean ok = old == m.read(a[1], size, false);
                if (ok) m.copy(p, a[2], size);
                m.write(dest, size, old);
                m.write(dest + layout(Ty.tuple(List.of(t0, Ty.BOOL))).fields().offset(1), 1, ok ? 1 : 0);
            }
            case "atomic_xadd", "atomic_xsub", "atomic_and", "atomic_nand", "atomic_or", "atomic_xor", "atomic_max", "atomic_min",
                 "atomic_umax", "atomic_umin" -> atomicRmw(name, t0, a, dest);
            case "atomic_fence" -> { }
            case "env_arg" -> {
                int i = (int) u(a, 0);
                if (i < in.args.size()) writeSomeStr(dest, in.args.get(i));
                else {
                    m.writePtr(dest, 0);
                    m.writePtr(dest + 8, 0);
                }
            }
            case "env_var" -> {
                m.writePtr(dest, 0);
                m.writePtr(dest + 8, 0);
            }
            case "process_id" -> m.write(dest, 4, ProcessImage.PID);
            case "begin_unwind" -> {
                in.panicking++;
                if (in.trace != null) in.trace.panic();
                throw new Unwind(u(a, 0), sizes[0] == 16 ? m.readPtr(a[0] + 8) : 0);
            }
            case "panicking" -> m.write(dest, 1, in.panicking > 0 ? 1 : 0);
            case "catch_unwind" -> catchUnwind(a, dest);
            case "caller_location" -> m.writePtr(dest, location);
            // std's System allocator: malloc, or for alignments above 16 posix_memalign (glibc's memalign)
            case "__rust_alloc" -> m.writePtr(dest, m.memalign(u(a, 1), u(a, 0), "Rust heap allocation"));
            case "__rust_alloc_zeroed" -> {
                long p = m.memalign(u(a, 1), u(a, 0), "Rust heap allocation");
                if (p != 0) m.fill(p, (byte) 0, u(a, 0));
                m.writePtr(dest, p);
            }
            case "__rust_dealloc" -> m.free(u(a, 0));
            case "__rust_realloc" -> {
                long old = u(a, 0), oldSize = u(a, 1), align = u(a, 2), size = u(a, 3);
                if (align <= 16) {
                    m.writePtr(dest, m.realloc(old, size, "Rust heap allocation"));
                } else {   // std's realloc_fallback: a new aligned block, the bytes copied, the old one freed
                    long p = m.memalign(align, size, "Rust heap allocation");
                    if (p != 0) {
                        m.copy(p, old, Math.min(oldSize, size));
                        m.free(old);
                    }
                    m.writePtr(dest, p);
                }
            }
            case "unicode_property" -> m.write(dest, 1, Unicode.property((int) m.read(a[0], 4, false), (int) m.read(a[1], 4, false)) ? 1 : 0);
            case "unicode_case" -> {
                int[] cps = Unicode.caseMapping((int) m.read(a[0], 4, false), m.read(a[1], 1, false) != 0);
                for (int i = 0; i < 3; i++) m.write(dest + 4L * i, 4, i < cps.length ? cps[i] : 0);
            }
            case "box_new" -> {
                // called as a function value (vec! lowers it in place): allocate, then move the value in
                long size = layout(t0).size();
                long p = size == 0 ? layout(t0).align() : m.malloc(size, "Box");
                m.copy(p, a[0], size);
                m.writePtr(dest, p);
            }
            default -> throw new UnsupportedFeature("the intrinsic `" + name + "`", in.tcx.defs.span(c.def()));
        }
    }

    /** Whether t implements the trait of the trait object type d (with d's generic arguments). */
    private boolean implementsTrait(Ty t, Ty.Dynamic d) {
        List<Ty> args = new java.util.ArrayList<>();
        args.add(t);
        args.addAll(d.args());
        return in.resolver.holds(new rustmem.types.TraitRef(d.principal(), List.copyOf(args)));
    }

    // ------------------------------------------------------------------ sizes

    /** {size, align} of a value of type t whose pointer carries meta. */
    long[] sizeOfVal(Ty t, long meta) {
        Layout l = layout(t);
        if (!l.isUnsized()) return new long[] {l.size(), l.align()};
        return switch (t) {
            case Ty.Str s -> new long[] {meta, 1};
            case Ty.Slice s -> new long[] {meta * layout(s.element()).size(), layout(s.element()).align()};
            case Ty.Dynamic d -> {
                VTables.VTable vt = in.vtables.at(meta);
                yield new long[] {vt.size(), vt.align()};
            }
            default -> {
                // a struct or tuple with an unsized last field
                int last = l.fields().fieldCount() - 1;
                Ty tail = lastField(t);
                long[] ts = sizeOfVal(tail, meta);
                long off = l.fields().offset(last);
                long align = Math.max(l.align(), ts[1]);
                if (in.layouts.metadataOf(tail) == LayoutCx.PointerMetadata.VTABLE) off = (off + ts[1] - 1) & -ts[1];
                long size = (off + ts[0] + align - 1) & -align;
                yield new long[] {size, align};
            }
        };
    }

    private Ty lastField(Ty t) {
        return switch (t) {
            case Ty.Tuple tu -> tu.elements().get(tu.elements().size() - 1);
            case Ty.Adt a -> {
                var fs = a.def().nonEnumVariant().fields();
                yield in.layouts.fieldTy(fs.get(fs.size() - 1), a.args());
            }
            default -> throw new IllegalStateException(t.toString());
        };
    }

    /** The realtime clock's value at virtual time zero (the moment rustc's goldens were not made at: any fixed date). */
    private static final long REALTIME_BASE = 1_780_000_000_000_000_000L;

    private void atomicRmw(String name, Ty t, long[] a, long dest) {
        int size = (int) layout(t).size();
        boolean signed = t instanceof Ty.Int it && it.kind().signed;
        long p = u(a, 0);
        long old = m.read(p, size, signed), v = m.read(a[1], size, signed);
        long r = switch (name) {
            case "atomic_xadd" -> old + v;
            case "atomic_xsub" -> old - v;
            case "atomic_and" -> old & v;
            case "atomic_nand" -> ~(old & v);
            case "atomic_or" -> old | v;
            case "atomic_xor" -> old ^ v;
            case "atomic_max" -> Math.max(old, v);
            case "atomic_min" -> Math.min(old, v);
            case "atomic_umax" -> Long.compareUnsigned(Scalars.norm(old, size, false), Scalars.norm(v, size, false)) >= 0 ? old : v;
            default -> Long.compareUnsigned(Scalars.norm(old, size, false), Scalars.norm(v, size, false)) <= 0 ? old : v;
        };
        m.write(p, size, r);
        m.write(dest, size, old);
    }

    // ------------------------------------------------------------------ integers

    private record IntInfo(int size, boolean signed) {}

    private static IntInfo info(Ty t) {
        Ty.IntTy k = ((Ty.Int) t).kind();
        return new IntInfo(k.size, k.signed);
    }

    /** Where the overflow flag of `t`'s `*_with_overflow` result, a `(t, bool)`, lies. */
    private long overflowFlagOffset(Ty t) { return layout(Ty.tuple(List.of(t, Ty.BOOL))).fields().offset(1); }

    private void overflowing(String name, Ty t, long[] a, long dest) {
        IntInfo i = info(t);
        rustmem.syntax.ast.Expr.BinOp op = arithmeticOp(name);
        long flagOff = overflowFlagOffset(t);
        if (i.size == 16) {
            BigInteger x = m.read128(a[0], i.signed), y = m.read128(a[1], i.signed);
            BigInteger r = op == rustmem.syntax.ast.Expr.BinOp.ADD ? x.add(y) : op == rustmem.syntax.ast.Expr.BinOp.SUB ? x.subtract(y) : x.multiply(y);
            BigInteger w = Statements.AssignWide.wrap(r, 16, i.signed);
            m.write128(dest, w);
            m.write(dest + flagOff, 1, w.equals(r) ? 0 : 1);
            return;
        }
        long x = m.read(a[0], i.size, i.signed), y = m.read(a[1], i.size, i.signed);
        m.write(dest, i.size, Scalars.intOp(op, x, y, i.size, i.signed));
        m.write(dest + flagOff, 1, Scalars.overflows(op, x, y, i.size, i.signed, false) ? 1 : 0);
    }

    /** The operation of `wrapping_add`, `wrapping_sub`, `wrapping_mul` and of `add_with_overflow`, `sub_…`, `mul_…`. */
    private static rustmem.syntax.ast.Expr.BinOp arithmeticOp(String name) {
        return switch (name) {
            case "wrapping_add", "add_with_overflow" -> rustmem.syntax.ast.Expr.BinOp.ADD;
            case "wrapping_sub", "sub_with_overflow" -> rustmem.syntax.ast.Expr.BinOp.SUB;
            default -> rustmem.syntax.ast.Expr.BinOp.MUL;
        };
    }

    private void wrapping(String name, Ty t, long[] a, long dest) {
        IntInfo i = info(t);
        rustmem.syntax.ast.Expr.BinOp op = arithmeticOp(name);
        if (i.size == 16) {
            BigInteger x = m.read128(a[0], i.signed), y = m.read128(a[1], i.signed);
            BigInteger r = op == rustmem.syntax.ast.Expr.BinOp.ADD ? x.add(y) : op == rustmem.syntax.ast.Expr.BinOp.SUB ? x.subtract(y) : x.multiply(y);
            m.write128(dest, Statements.AssignWide.wrap(r, 16, i.signed));
            return;
        }
        m.write(dest, i.size, Scalars.intOp(op, m.read(a[0], i.size, i.signed), m.read(a[1], i.size, i.signed), i.size, i.signed));
    }

    private void bits(String name, Ty t, long[] a, long dest) {
        IntInfo i = info(t);
        int bits = i.size * 8;
        if (i.size == 16) {
            BigInteger x = m.read128(a[0], false);
            BigInteger mask = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
            switch (name) {
                case "ctpop" -> m.write(dest, 4, x.bitCount());
                case "ctlz" -> m.write(dest, 4, 128 - x.bitLength());
                case "cttz" -> m.write(dest, 4, x.signum() == 0 ? 128 : x.getLowestSetBit());
                case "rotate_left", "rotate_right" -> {
                    int s = (int) (m.read(a[1], 4, false) & 127);
                    if (name.equals("rotate_right")) s = (128 - s) & 127;
                    m.write128(dest, x.shiftLeft(s).or(x.shiftRight(128 - s)).and(mask));
                }
                case "bswap" -> {
                    byte[] b = m.readBytes(a[0], 16);
                    byte[] r = new byte[16];
                    for (int k = 0; k < 16; k++) r[k] = b[15 - k];
                    m.writeBytes(dest, r);
                }
                default -> {
                    BigInteger r = BigInteger.ZERO;
                    for (int k = 0; k < 128; k++) if (x.testBit(k)) r = r.setBit(127 - k);
                    m.write128(dest, r);
                }
            }
            return;
        }
        long x = m.read(a[0], i.size, false);
        switch (name) {
            case "ctpop" -> m.write(dest, 4, Long.bitCount(x));
            case "ctlz" -> m.write(dest, 4, Long.numberOfLeadingZeros(x) - (64 - bits));
            case "cttz" -> m.write(dest, 4, x == 0 ? bits : Long.numberOfTrailingZeros(x));
            case "rotate_left", "rotate_right" -> {
                int s = (int) (m.read(a[1], 4, false) % bits);
                if (name.equals("rotate_right")) s = (bits - s) % bits;
                long r = s == 0 ? x : (x << s) | (x >>> (bits - s));
                m.write(dest, i.size, r);
            }
            case "bswap" -> {
                long r = 0;
                for (int k = 0; k < i.size; k++) r |= ((x >>> (8 * k)) & 0xFF) << (8 * (i.size - 1 - k));
                m.write(dest, i.size, r);
            }
            default -> m.write(dest, i.size, Long.reverse(x) >>> (64 - bits));
        }
    }

    // ------------------------------------------------------------------ floats

    private double f64(long[] a, int i) { return Double.longBitsToDouble(m.read(a[i], 8, false)); }

    private float f32(long[] a, int i) { return Float.intBitsToFloat((int) m.read(a[i], 4, false)); }

    private void f64(long dest, double v) { m.write(dest, 8, Double.doubleToRawLongBits(v)); }

    private void f32(long dest, float v) { m.write(dest, 4, Float.floatToRawIntBits(v)); }

    private static double unary(String name, double x) {
        return switch (name.substring(0, name.length() - 3)) {
            case "sqrt" -> Math.sqrt(x);
            case "floor" -> Math.floor(x);
            case "ceil" -> Math.ceil(x);
            case "round" -> roundHalfAway(x);
            case "trunc" -> x < 0 ? Math.ceil(x) : Math.floor(x);
            case "fabs" -> Math.abs(x);
            default -> throw new IllegalStateException(name);
        };
    }

    /** C's round: halfway cases away from zero. */
    private static double roundHalfAway(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double t = Math.floor(Math.abs(x));
        double r = Math.abs(x) - t >= 0.5 ? t + 1 : t;
        return Math.copySign(r, x);
    }

    /** (digit count, exponent) of the shortest digits that read back as the value, into the buffer. */
    private void shortest(long[] a, long dest) {
        double v = f64(a, 0);
        boolean f32 = m.read(a[1], 1, false) != 0;
        writeDigits(ValueReader.shortestDecimal(v, f32), a[2], dest);
    }

    /** (digit count, exponent) of the exact value rounded half to even at decimal exponent limit or to the buffer's length. */
    private void exact(long[] a, long dest) {
        double v = f64(a, 0);
        boolean f32 = m.read(a[1], 1, false) != 0;
        BigDecimal d = f32 ? new BigDecimal((float) v) : new BigDecimal(v);
        int limit = (int) m.read(a[3], 2, true);
        long maxDigits = m.readPtr(a[2] + 8);
        if (limit != Short.MIN_VALUE) d = d.setScale(-limit, RoundingMode.HALF_EVEN);
        if (d.precision() > maxDigits) d = d.round(new MathContext((int) maxDigits, RoundingMode.HALF_EVEN));
        if (d.signum() == 0) {
            m.writePtr(dest, 0);
            m.write(dest + 8, 2, limit);
            return;
        }
        writeDigits(d, a[2], dest);
    }

    private void writeDigits(BigDecimal d, long bufSlice, long dest) {
        String digits = d.unscaledValue().abs().toString();
        long buf = m.readPtr(bufSlice);
        byte[] bytes = digits.getBytes(StandardCharsets.US_ASCII);
        m.writeBytes(buf, bytes);
        int exp = digits.length() - d.scale();
        Layout tl = layout(Ty.tuple(List.of(Ty.USIZE, new Ty.Int(Ty.IntTy.I16))));
        m.writePtr(dest + tl.fields().offset(0), bytes.length);
        m.write(dest + tl.fields().offset(1), 2, exp);
    }

    // ------------------------------------------------------------------ strings and panics

    private void writeStr(long dest, String s) {
        m.writePtr(dest, m.strLiteral(s));
        m.writePtr(dest + 8, s.getBytes(StandardCharsets.UTF_8).length);
    }

    /** Some(&'static str): the reference's non-null pointer is Option's niche. */
    private void writeSomeStr(long dest, String s) { writeStr(dest, s); }

    /** `catch_unwind(try_fn, data, catch_fn)`: 0 when try_fn returned, 1 when it panicked (catch_fn got the payload). */
    private void catchUnwind(long[] a, long dest) {
        Instance tryFn = m.fnAt(u(a, 0));
        int saved = m.sp;
        try {
            in.invoke(tryFn, new long[] {a[1]}, new int[] {8}, dest, 0);
            m.write(dest, 4, 0);
        } catch (Unwind uw) {
            m.sp = saved;
            in.panicking--;
            long scratch = in.pushScratch(16);
            m.writePtr(scratch, uw.payloadData);
            m.writePtr(scratch + 8, uw.payloadVtable);
            long ptr = in.pushScratch(8);
            m.writePtr(ptr, scratch);
            in.invoke(m.fnAt(u(a, 2)), new long[] {a[1], ptr}, new int[] {8, 8}, dest, 0);
            m.write(dest, 4, 1);
        } finally {
            m.sp = saved;
        }
    }
}
