package rustmem.types.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import rustmem.types.AdtDef;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;
import rustmem.types.thir.Thir;

/**
 * Which values no pattern of a match (or a `let`) matches: the usefulness algorithm of rustc_pattern_analysis
 * on a matrix of patterns, with rustc's witnesses (`None`, `Dir::S`, `(false, 10_u8..=u8::MAX)`,
 * `&[_, _, ..]`) for E0004 and E0005. Integer and char patterns split their type's range at the patterns'
 * bounds; slices are split by length; strings, floats and 128-bit integers are covered only by a wildcard.
 */
final class Exhaustiveness {
    private static final int MAX_WITNESSES = 64;

    private final TyCtxt tcx;
    /** Whether the patterns are std's own (std's #[non_exhaustive] enums are exhaustive inside std). */
    private final boolean inStd;

    private Exhaustiveness(TyCtxt tcx, boolean inStd) {
        this.tcx = tcx;
        this.inStd = inStd;
    }

    /** Values of type t that none of the patterns match, as rustc prints them; empty when the patterns are exhaustive. */
    static List<String> missing(TyCtxt tcx, List<Thir.Pat> patterns, Ty t, boolean inStd) {
        Exhaustiveness ex = new Exhaustiveness(tcx, inStd);
        List<List<Pat>> rows = new ArrayList<>();
        for (Thir.Pat p : patterns) rows.add(List.of(ex.lower(p, t)));
        return ex.missing(rows, List.of(t)).stream().map(w -> ex.show(w.get(0), t)).toList();
    }

    // ------------------------------------------------------------------ patterns as constructors

    private sealed interface Ctor {}

    /** The one constructor of a struct, tuple, reference or Box. */
    private record Single() implements Ctor {}

    private record Variant(int index) implements Ctor {}

    private record Bool(boolean value) implements Ctor {}

    /** Integers lo..=hi, as unsigned-ordered longs (signed values biased by 2^63). */
    private record Range(long lo, long hi) implements Ctor {
        boolean covers(Range r) { return Long.compareUnsigned(lo, r.lo) <= 0 && Long.compareUnsigned(r.hi, hi) <= 0; }
    }

    /** A slice of exactly len elements, or (var) of len or more. */
    private record SliceLen(int len, boolean var) implements Ctor {}

    /** A string or float constant: one value of a type with too many to list. */
    private record Opaque() implements Ctor {}

    /** The variants a #[non_exhaustive] enum of std may grow: only a wildcard covers them. */
    private record Hidden() implements Ctor {}

    private sealed interface Pat {}

    private record Wild() implements Pat {}

    private record Con(Ctor ctor, List<Pat> fields) implements Pat {}

    private record Or(List<Pat> alternatives) implements Pat {}

    /** A slice pattern before its length is chosen: its prefix, whether it has `..`, its suffix. */
    private record SlicePat(List<Pat> prefix, boolean rest, List<Pat> suffix) implements Pat {}

    private static final Pat WILD = new Wild();

    private Pat lower(Thir.Pat p, Ty t) {
        return switch (p) {
            case Thir.Wild w -> WILD;
            case Thir.Binding b -> b.sub() == null ? WILD : lower(b.sub(), t);
            case Thir.DerefPat d -> new Con(new Single(), List.of(lower(d.sub(), pointee(t))));
            case Thir.Leaf l -> new Con(new Single(), fields(l.fields(), fieldTys(t, new Single())));
            // a pattern of another type than the scrutinee's (after a type error was reported) constrains nothing
            case Thir.Variant v when !(t instanceof Ty.Adt a && a.def().did.equals(v.adt().did)) -> WILD;
            case Thir.Variant v -> {
                AdtDef adt = v.adt();
                Ctor c = adt.isEnum() ? new Variant(v.variant()) : new Single();
                yield new Con(c, fields(v.fields(), fieldTys(t, c)));
            }
            case Thir.Constant c -> switch (c.value()) {
                case Thir.Const.Bool b -> new Con(new Bool(b.value()), List.of());
                case Thir.Const.Int i when intTy(t) != null -> {
                    long v = biased(i.value(), t);
                    yield new Con(new Range(v, v), List.of());
                }
                case Thir.Const.Char ch -> new Con(new Range(ch.codePoint(), ch.codePoint()), List.of());
                default -> new Con(new Opaque(), List.of());
            };
            case Thir.ConstRef c -> {
                BigInteger v = t instanceof Ty.Int && intTy(t) != null ? tcx.evalConstInt(c.def()) : null;
                if (v == null) yield new Con(new Opaque(), List.of());
                long b = biased(v, t);
                yield new Con(new Range(b, b), List.of());
            }
            case Thir.Range r -> {
                Range domain = domain(t);
                if (domain == null) yield new Con(new Opaque(), List.of());
                long lo = r.lo() == null ? domain.lo() : bound(r.lo(), t);
                long hi = r.hi() == null ? domain.hi() : bound(r.hi(), t) - (r.inclusive() ? 0 : 1);
                yield new Con(new Range(lo, hi), List.of());
            }
            case Thir.Slice s -> {
                Ty elem = element(t);
                List<Pat> pre = new ArrayList<>(), suf = new ArrayList<>();
                for (Thir.Pat x : s.prefix()) pre.add(lower(x, elem));
                for (Thir.Pat x : s.suffix()) suf.add(lower(x, elem));
                yield new SlicePat(pre, s.rest() != null, suf);
            }
            case Thir.Or o -> new Or(o.alternatives().stream().map(a -> lower(a, t)).toList());
        };
    }

    private List<Pat> fields(List<Thir.FieldPat> fps, List<Ty> tys) {
        List<Pat> out = new ArrayList<>(Collections.nCopies(tys.size(), WILD));
        for (Thir.FieldPat fp : fps) if (fp.field() < tys.size()) out.set(fp.field(), lower(fp.pat(), tys.get(fp.field())));
        return out;
    }

    private long bound(Thir.Const c, Ty t) {
        return switch (c) {
            case Thir.Const.Int i -> biased(i.value(), t);
            case Thir.Const.Char ch -> ch.codePoint();
            default -> 0;
        };
    }

    private long biased(BigInteger v, Ty t) {
        Ty.IntTy k = intTy(t);
        return k != null && k.signed ? v.longValue() ^ Long.MIN_VALUE : v.longValue();
    }

    private static Ty.IntTy intTy(Ty t) { return t instanceof Ty.Int i && i.kind().size <= 8 ? i.kind() : null; }

    private Range domain(Ty t) {
        if (t instanceof Ty.Char) return new Range(0, 0x10FFFF);
        Ty.IntTy k = intTy(t);
        if (k == null) return null;
        int bits = k.size * 8;
        BigInteger min = k.signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger max = k.signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        return new Range(biased(min, t), biased(max, t));
    }

    // ------------------------------------------------------------------ types

    private static Ty pointee(Ty t) {
        return switch (t) {
            case Ty.Ref r -> r.pointee();
            case Ty.Adt a when a.def().isBox() -> a.args().get(0);
            default -> Ty.ERROR;
        };
    }

    private static Ty element(Ty t) {
        return switch (t) {
            case Ty.Array a -> a.element();
            case Ty.Slice s -> s.element();
            default -> Ty.ERROR;
        };
    }

    private List<Ty> fieldTys(Ty t, Ctor c) {
        return switch (c) {
            case Single s -> switch (t) {
                case Ty.Tuple tu -> tu.elements();
                case Ty.Ref r -> List.of(r.pointee());
                case Ty.Adt a when a.def().isBox() -> List.of(a.args().get(0));
                case Ty.Adt a when !a.def().isEnum() -> a.def().nonEnumVariant().fields().stream().map(f -> tcx.fieldTy(f, a.args())).toList();
                default -> List.of();
            };
            case Variant v when t instanceof Ty.Adt a -> a.def().variants.get(v.index()).fields().stream().map(f -> tcx.fieldTy(f, a.args())).toList();
            case SliceLen sl -> Collections.nCopies(sl.len(), element(t));
            default -> List.of();
        };
    }

    // ------------------------------------------------------------------ constructors of a column

    /**
     * The constructors to try for a column of type t whose patterns start with heads: every variant, both
     * booleans, the type's range split where the heads' ranges begin and end, slice lengths up to the
     * longest pattern's and one longer; null where only a wildcard covers every value.
     */
    private List<Ctor> constructors(Ty t, List<Ctor> heads, List<SlicePat> slices) {
        switch (t) {
            case Ty.Bool b -> { return List.of(new Bool(false), new Bool(true)); }
            case Ty.Never n -> { return List.of(); }
            case Ty.Tuple tu -> { return List.of(new Single()); }
            case Ty.Ref r -> { return List.of(new Single()); }
            case Ty.Adt a when a.def().isEnum() -> {
                List<Ctor> out = new ArrayList<>();
                for (int i = 0; i < a.def().variants.size(); i++) out.add(new Variant(i));
                if (a.def().nonExhaustive && tcx.defs.isStd(a.def().did) && !inStd) out.add(new Hidden());
                return out;
            }
            case Ty.Adt a -> { return List.of(new Single()); }
            case Ty.Array a -> {
                int n = a.length() instanceof Ty.ConstValue cv ? (int) cv.value() : 0;
                return List.of(new SliceLen(n, false));
            }
            case Ty.Slice s -> {
                int max = 0;
                for (SlicePat sp : slices) max = Math.max(max, sp.prefix().size() + sp.suffix().size());
                List<Ctor> out = new ArrayList<>();
                for (int k = 0; k <= max; k++) out.add(new SliceLen(k, false));
                out.add(new SliceLen(max + 1, true));
                return out;
            }
            default -> { }
        }
        Range domain = domain(t);
        if (domain == null) return null;
        TreeSet<Long> cuts = new TreeSet<>(Long::compareUnsigned);
        for (Ctor h : heads) {
            if (!(h instanceof Range r)) continue;
            cuts.add(r.lo());
            if (r.hi() != domain.hi()) cuts.add(r.hi() + 1);
        }
        List<Range> segments = t instanceof Ty.Char ? List.of(new Range(0, 0xD7FF), new Range(0xE000, 0x10FFFF)) : List.of(domain);
        List<Ctor> out = new ArrayList<>();
        for (Range seg : segments) {
            long lo = seg.lo();
            for (long cut : cuts) {
                if (Long.compareUnsigned(cut, lo) <= 0 || Long.compareUnsigned(cut, seg.hi()) > 0) continue;
                out.add(new Range(lo, cut - 1));
                lo = cut;
            }
            out.add(new Range(lo, seg.hi()));
        }
        return out;
    }

    private static boolean covers(Ctor head, Ctor c) {
        return switch (head) {
            case Range h -> c instanceof Range r && h.covers(r);
            case Opaque o -> false;
            default -> head.equals(c);
        };
    }

    private static boolean sliceCovers(SlicePat sp, SliceLen c) {
        int fixed = sp.prefix().size() + sp.suffix().size();
        return sp.rest() ? c.len() >= fixed : !c.var() && c.len() == fixed;
    }

    // ------------------------------------------------------------------ usefulness

    /** Value vectors (one pattern per column, `_` for any) that no row matches. */
    private List<List<Pat>> missing(List<List<Pat>> rows, List<Ty> tys) {
        rows = expandOrs(rows);
        if (tys.isEmpty()) return rows.isEmpty() ? List.of(List.of()) : List.of();
        Ty t = tys.get(0);
        List<Ty> rest = tys.subList(1, tys.size());
        List<Ctor> heads = new ArrayList<>();
        List<SlicePat> slices = new ArrayList<>();
        for (List<Pat> r : rows) {
            if (r.get(0) instanceof Con c) heads.add(c.ctor());
            if (r.get(0) instanceof SlicePat sp) slices.add(sp);
        }
        List<Ctor> all = constructors(t, heads, slices);
        List<Ctor> uncovered = new ArrayList<>();
        if (all != null) {
            for (Ctor c : all) {
                boolean cov = c instanceof SliceLen sl ? slices.stream().anyMatch(sp -> sliceCovers(sp, sl))
                    : heads.stream().anyMatch(h -> covers(h, c));
                if (!cov) uncovered.add(c);
            }
        }
        List<List<Pat>> out = new ArrayList<>();
        boolean anyHead = !heads.isEmpty() || !slices.isEmpty();
        if (all != null && uncovered.isEmpty()) {
            for (Ctor c : all) {
                List<Ty> fieldTys = fieldTys(t, c);
                List<Ty> tys2 = new ArrayList<>(fieldTys);
                tys2.addAll(rest);
                for (List<Pat> w : missing(specialize(rows, c, fieldTys.size()), tys2)) {
                    List<Pat> witness = new ArrayList<>();
                    witness.add(new Con(c, w.subList(0, fieldTys.size())));
                    witness.addAll(w.subList(fieldTys.size(), w.size()));
                    out.add(witness);
                    if (out.size() >= MAX_WITNESSES) return out;
                }
            }
            return out;
        }
        // a constructor no head covers: the rows starting with a wildcard decide the rest
        List<List<Pat>> defaults = new ArrayList<>();
        for (List<Pat> r : rows) if (r.get(0) instanceof Wild) defaults.add(r.subList(1, r.size()));
        List<List<Pat>> sub = missing(defaults, rest);
        if (sub.isEmpty()) return sub;
        List<Pat> firsts = new ArrayList<>();
        if (!anyHead || all == null) {
            firsts.add(WILD);
        } else {
            for (Ctor c : uncovered) firsts.add(c instanceof Hidden ? WILD : new Con(c, Collections.nCopies(fieldTys(t, c).size(), WILD)));
        }
        for (Pat first : firsts) {
            for (List<Pat> w : sub) {
                List<Pat> witness = new ArrayList<>();
                witness.add(first);
                witness.addAll(w);
                out.add(witness);
                if (out.size() >= MAX_WITNESSES) return out;
            }
        }
        return out;
    }

    private static List<List<Pat>> expandOrs(List<List<Pat>> rows) {
        if (rows.stream().noneMatch(r -> !r.isEmpty() && r.get(0) instanceof Or)) return rows;
        List<List<Pat>> out = new ArrayList<>();
        for (List<Pat> r : rows) {
            if (!r.isEmpty() && r.get(0) instanceof Or or) {
                List<List<Pat>> alts = new ArrayList<>();
                for (Pat a : or.alternatives()) {
                    List<Pat> row = new ArrayList<>(r);
                    row.set(0, a);
                    alts.add(row);
                }
                out.addAll(expandOrs(alts));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** The rows that match constructor c, with c's fields in place of their first pattern. */
    private static List<List<Pat>> specialize(List<List<Pat>> rows, Ctor c, int arity) {
        List<List<Pat>> out = new ArrayList<>();
        for (List<Pat> r : rows) {
            List<Pat> row = new ArrayList<>();
            switch (r.get(0)) {
                case Wild w -> row.addAll(Collections.nCopies(arity, WILD));
                case Con con when covers(con.ctor(), c) -> row.addAll(con.fields());
                case SlicePat sp when c instanceof SliceLen sl && sliceCovers(sp, sl) -> {
                    row.addAll(sp.prefix());
                    row.addAll(Collections.nCopies(arity - sp.prefix().size() - sp.suffix().size(), WILD));
                    row.addAll(sp.suffix());
                }
                default -> { continue; }
            }
            row.addAll(r.subList(1, r.size()));
            out.add(row);
        }
        return out;
    }

    // ------------------------------------------------------------------ witnesses as rustc prints them

    private String show(Pat p, Ty t) {
        if (!(p instanceof Con con)) return "_";
        List<String> fields = new ArrayList<>();
        List<Ty> tys = fieldTys(t, con.ctor());
        for (int i = 0; i < con.fields().size(); i++) fields.add(show(con.fields().get(i), tys.get(i)));
        return switch (con.ctor()) {
            case Bool b -> Boolean.toString(b.value());
            case Range r -> showRange(r, t);
            case Opaque o -> "_";
            case Hidden h -> "_";
            case SliceLen sl -> {
                List<String> fs = new ArrayList<>(fields);
                if (sl.var()) fs.add("..");
                yield "[" + String.join(", ", fs) + "]";
            }
            case Single s -> switch (t) {
                case Ty.Ref ref -> "&" + fields.get(0);
                case Ty.Adt a when a.def().isBox() -> "box " + fields.get(0);
                case Ty.Tuple tu -> "(" + String.join(", ", fields) + (fields.size() == 1 ? ",)" : ")");
                case Ty.Adt a -> showFields(a.def().name, a.def().nonEnumVariant(), fields);
                default -> "_";
            };
            case Variant v -> {
                Ty.Adt a = (Ty.Adt) t;
                String name = a.def().variants.get(v.index()).name();
                boolean prelude = tcx.lang.is(a.def().did, "Option") || tcx.lang.is(a.def().did, "Result");
                yield showFields(prelude ? name : a.def().name + "::" + name, a.def().variants.get(v.index()), fields);
            }
        };
    }

    private static String showFields(String name, AdtDef.VariantDef v, List<String> fields) {
        boolean tuple = v.ctor() == AdtDef.CtorKind.FN;
        if (fields.isEmpty()) return v.ctor() == AdtDef.CtorKind.NONE && !v.fields().isEmpty() ? name + " { .. }"
            : v.ctor() == AdtDef.CtorKind.NONE ? name + " {  }" : name;
        if (tuple) return name + "(" + String.join(", ", fields) + ")";
        List<String> named = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) if (!fields.get(i).equals("_")) named.add(v.fields().get(i).name() + ": " + fields.get(i));
        return name + " { " + (named.isEmpty() ? ".." : String.join(", ", named) + ", ..") + " }";
    }

    private String showRange(Range r, Ty t) {
        if (t instanceof Ty.Char) return r.lo() == r.hi() ? showChar(r.lo()) : showChar(r.lo()) + "..=" + showChar(r.hi());
        Ty.IntTy k = intTy(t);
        Range domain = domain(t);
        String lo = r.lo() == domain.lo() ? k.name + "::MIN" : unbiased(r.lo(), k) + "_" + k.name;
        String hi = r.hi() == domain.hi() ? k.name + "::MAX" : unbiased(r.hi(), k) + "_" + k.name;
        return r.lo() == r.hi() ? unbiased(r.lo(), k) + "_" + k.name : lo + "..=" + hi;
    }

    private static String unbiased(long v, Ty.IntTy k) { return k.signed ? Long.toString(v ^ Long.MIN_VALUE) : Long.toUnsignedString(v); }

    private static String showChar(long c) {
        String body = switch ((int) c) {
            case 0 -> "\\0";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\'' -> "\\'";
            case '\\' -> "\\\\";
            default -> c >= 0x20 && c < 0x7F ? Character.toString((int) c) : "\\u{" + Long.toHexString(c) + "}";
        };
        return "'" + body + "'";
    }
}
