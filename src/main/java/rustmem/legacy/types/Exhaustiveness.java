package rustmem.legacy.types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import rustmem.source.Span;
import rustmem.legacy.types.thir.Thir;

/**
 * Which values no pattern of a match (or a `let`) matches: the usefulness algorithm of
 * rustc_pattern_analysis on a matrix of patterns, with rustc's witnesses (`None`, `Dir::S`,
 * `(false, 10_u8..=u8::MAX)`) for E0004 and E0005. Integer and char patterns split their type's
 * range at the patterns' bounds; strings and floats are never covered but by a wildcard.
 */
final class Exhaustiveness {
    /** At most this many witnesses are computed (rustc shows three and counts the rest). */
    private static final int MAX_WITNESSES = 64;

    private final InferCtxt infcx;
    private final Span span;

    private Exhaustiveness(InferCtxt infcx, Span span) {
        this.infcx = infcx;
        this.span = span;
    }

    /** Values of type t that none of the patterns match, as rustc prints them; empty when the patterns are exhaustive. */
    static List<String> missing(InferCtxt infcx, List<Thir.Pattern> patterns, Ty t, Span span) {
        if (patterns.stream().anyMatch(Exhaustiveness::irrefutable)) return List.of();
        Exhaustiveness ex = new Exhaustiveness(infcx, span);
        List<List<Pat>> rows = new ArrayList<>();
        for (Thir.Pattern p : patterns) rows.add(List.of(ex.lower(p, t)));
        return ex.missing(rows, List.of(t)).stream().map(w -> ex.show(w.get(0), t)).toList();
    }

    /** Patterns that match every value of their type whatever it is (no need to know the type). */
    private static boolean irrefutable(Thir.Pattern p) {
        return switch (p) {
            case Thir.Pattern.Wild w -> true;
            case Thir.Pattern.Binding b -> b.sub() == null || irrefutable(b.sub());
            case Thir.Pattern.TuplePat t -> t.elements().stream().allMatch(Exhaustiveness::irrefutable);
            case Thir.Pattern.Fields f -> f.patterns().stream().allMatch(Exhaustiveness::irrefutable);
            case Thir.Pattern.Or o -> o.alternatives().stream().anyMatch(Exhaustiveness::irrefutable);
            case Thir.Pattern.Deref d -> irrefutable(d.inner());
            default -> false;
        };
    }

    // ------------------------------------------------------------------ patterns as constructors

    /** A constructor of values: one per enum variant, bool, range of integers; the only one of a struct, tuple or reference. */
    private sealed interface Ctor {}

    private record Single() implements Ctor {}

    private record Variant(int index) implements Ctor {}

    private record Bool(boolean value) implements Ctor {}

    /** Integers lo..=hi, as unsigned-ordered longs (signed values biased by 2^63). */
    private record Range(long lo, long hi) implements Ctor {
        boolean covers(Range r) { return Long.compareUnsigned(lo, r.lo) <= 0 && Long.compareUnsigned(r.hi, hi) <= 0; }
    }

    /** A string or float constant: matches one value of a type with too many to list. */
    private record Opaque() implements Ctor {}

    private sealed interface Pat {}

    private record Wild() implements Pat {}

    private record Con(Ctor ctor, List<Pat> fields) implements Pat {}

    private record Or(List<Pat> alternatives) implements Pat {}

    private static final Pat WILD = new Wild();

    private Pat lower(Thir.Pattern p, Ty ty) {
        Ty t = infcx.shallow(ty);
        return switch (p) {
            case Thir.Pattern.Wild w -> WILD;
            case Thir.Pattern.Binding b -> b.sub() == null ? WILD : lower(b.sub(), t);
            case Thir.Pattern.Deref d -> new Con(new Single(), List.of(lower(d.inner(), pointee(t))));
            case Thir.Pattern.TuplePat tp -> {
                List<Ty> tys = fieldTys(t, new Single());
                if (tys.size() != tp.elements().size()) throw unsupported();
                List<Pat> fields = new ArrayList<>();
                for (int i = 0; i < tys.size(); i++) fields.add(lower(tp.elements().get(i), tys.get(i)));
                yield new Con(new Single(), fields);
            }
            case Thir.Pattern.Fields f -> new Con(new Single(), fields(f, fieldTys(t, new Single())));
            case Thir.Pattern.Variant v -> new Con(new Variant(v.variant()), fields(v.fields(), fieldTys(t, new Variant(v.variant()))));
            case Thir.Pattern.Const c -> switch (c.value()) {
                case Thir.Const.Bool b -> new Con(new Bool(b.value()), List.of());
                case Thir.Const.Int i -> { long v = biased(i.value(), t); yield new Con(new Range(v, v), List.of()); }
                case Thir.Const.Char ch -> new Con(new Range(ch.codePoint(), ch.codePoint()), List.of());
                default -> new Con(new Opaque(), List.of());
            };
            case Thir.Pattern.Range r -> {
                Range domain = domain(t);
                if (domain == null) throw unsupported();
                long lo = r.lo() == null ? domain.lo() : bound(r.lo(), t);
                long hi = r.hi() == null ? domain.hi() : bound(r.hi(), t) - (r.inclusive() ? 0 : 1);
                yield new Con(new Range(lo, hi), List.of());
            }
            case Thir.Pattern.Or o -> new Or(o.alternatives().stream().map(a -> lower(a, t)).toList());
        };
    }

    private List<Pat> fields(Thir.Pattern.Fields f, List<Ty> tys) {
        List<Pat> out = new ArrayList<>(java.util.Collections.nCopies(tys.size(), WILD));
        for (int i = 0; i < f.indices().size(); i++) {
            int idx = f.indices().get(i);
            out.set(idx, lower(f.patterns().get(i), tys.get(idx)));
        }
        return out;
    }

    private long bound(Thir.Const c, Ty t) {
        return switch (c) {
            case Thir.Const.Int i -> biased(i.value(), t);
            case Thir.Const.Char ch -> ch.codePoint();
            default -> throw unsupported();
        };
    }

    /** An integer of type t as an unsigned-ordered long. */
    private long biased(BigInteger v, Ty t) {
        Ty.IntTy k = intTy(t);
        if (k == null) throw unsupported();
        return k.signed ? v.longValue() ^ Long.MIN_VALUE : v.longValue();
    }

    private Ty.IntTy intTy(Ty t) {
        t = infcx.shallow(t);
        if (t instanceof Ty.Int i) return FnCtxt.bits(i.kind()) <= 64 ? i.kind() : null;
        if (t instanceof Ty.Infer i && i.kind() == Ty.InferKind.INT) return Ty.IntTy.I32;
        return null;
    }

    /** All the values of an integer or char type, as one range (null for other types). */
    private Range domain(Ty t) {
        if (infcx.shallow(t) instanceof Ty.Char) return new Range(0, 0x10FFFF);
        Ty.IntTy k = intTy(t);
        if (k == null) return null;
        BigInteger min = FnCtxt.intBound(k, false), max = FnCtxt.intBound(k, true);
        return new Range(biased(min, t), biased(max, t));
    }

    private Unsupported unsupported() { return new Unsupported(span, "deciding whether these patterns are exhaustive"); }

    // ------------------------------------------------------------------ types

    private Ty pointee(Ty t) {
        if (infcx.shallow(t) instanceof Ty.Ref r) return r.pointee();
        throw unsupported();
    }

    /** The types of a constructor's fields. */
    private List<Ty> fieldTys(Ty ty, Ctor c) {
        Ty t = infcx.shallow(ty);
        return switch (c) {
            case Single s -> switch (t) {
                case Ty.Tuple tu -> tu.elements();
                case Ty.Ref r -> List.of(r.pointee());
                case Ty.Adt a when a.def().isStruct() -> a.def().variants().get(0).fields().stream().map(f -> f.type().subst(a.args())).toList();
                default -> throw unsupported();
            };
            case Variant v when t instanceof Ty.Adt a -> a.def().variants().get(v.index()).fields().stream()
                .map(f -> f.type().subst(a.args())).toList();
            default -> List.of();
        };
    }

    /**
     * The constructors to try for a column of type t whose patterns start with heads: every variant, both
     * booleans, the type's range split where the heads' ranges begin and end; null where only a wildcard covers all.
     */
    private List<Ctor> constructors(Ty t, List<Ctor> heads) {
        t = infcx.shallow(t);
        switch (t) {
            case Ty.Bool b -> { return List.of(new Bool(false), new Bool(true)); }
            case Ty.Never n -> { return List.of(); }
            case Ty.Tuple tu -> { return List.of(new Single()); }
            case Ty.Ref r -> { return List.of(new Single()); }
            case Ty.Adt a when a.def().isEnum() -> {
                List<Ctor> out = new ArrayList<>();
                for (int i = 0; i < a.def().variants().size(); i++) out.add(new Variant(i));
                return out;
            }
            case Ty.Adt a when a.def().isStruct() -> { return List.of(new Single()); }
            default -> { }
        }
        Range domain = domain(t);
        if (domain == null) {
            if (t instanceof Ty.Infer i && i.kind() == Ty.InferKind.GENERAL && !heads.isEmpty()) throw unsupported();
            return null;
        }
        // split points: where a head's range starts, and just after it ends
        TreeSet<Long> cuts = new TreeSet<>(Long::compareUnsigned);
        for (Ctor h : heads) {
            if (!(h instanceof Range r)) continue;
            cuts.add(r.lo());
            if (r.hi() != domain.hi()) cuts.add(r.hi() + 1);
        }
        List<Range> segments = infcx.shallow(t) instanceof Ty.Char
            ? List.of(new Range(0, 0xD7FF), new Range(0xE000, 0x10FFFF)) : List.of(domain);
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

    // ------------------------------------------------------------------ usefulness

    /** Value vectors (one pattern per column, `_` for any) that no row matches. */
    private List<List<Pat>> missing(List<List<Pat>> rows, List<Ty> tys) {
        rows = expandOrs(rows);
        if (tys.isEmpty()) return rows.isEmpty() ? List.of(List.of()) : List.of();
        Ty t = tys.get(0);
        List<Ty> rest = tys.subList(1, tys.size());
        List<Ctor> heads = new ArrayList<>();
        for (List<Pat> r : rows) if (r.get(0) instanceof Con c) heads.add(c.ctor());
        List<Ctor> all = constructors(t, heads);
        List<Ctor> uncovered = new ArrayList<>();
        if (all != null) for (Ctor c : all) if (heads.stream().noneMatch(h -> covers(h, c))) uncovered.add(c);
        List<List<Pat>> out = new ArrayList<>();
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
        // some constructor no head covers: the rows starting with a wildcard decide the rest
        List<List<Pat>> defaults = new ArrayList<>();
        for (List<Pat> r : rows) if (r.get(0) instanceof Wild) defaults.add(r.subList(1, r.size()));
        List<List<Pat>> sub = missing(defaults, rest);
        if (sub.isEmpty()) return sub;
        List<Pat> firsts = new ArrayList<>();
        if (heads.isEmpty() || all == null) {
            firsts.add(WILD);
        } else {
            for (Ctor c : uncovered) firsts.add(new Con(c, java.util.Collections.nCopies(fieldTys(t, c).size(), WILD)));
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

    /** Rows whose first pattern is an or-pattern become one row per alternative. */
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
                case Wild w -> row.addAll(java.util.Collections.nCopies(arity, WILD));
                case Con con when covers(con.ctor(), c) -> row.addAll(con.fields());
                default -> { continue; }
            }
            row.addAll(r.subList(1, r.size()));
            out.add(row);
        }
        return out;
    }

    // ------------------------------------------------------------------ witnesses as rustc prints them

    private String show(Pat p, Ty t) {
        t = infcx.shallow(t);
        if (!(p instanceof Con con)) return "_";
        List<String> fields = new ArrayList<>();
        List<Ty> tys = fieldTys(t, con.ctor());
        for (int i = 0; i < con.fields().size(); i++) fields.add(show(con.fields().get(i), tys.get(i)));
        return switch (con.ctor()) {
            case Bool b -> Boolean.toString(b.value());
            case Range r -> showRange(r, t);
            case Opaque o -> "_";
            case Single s -> switch (t) {
                case Ty.Ref ref -> "&" + fields.get(0);
                case Ty.Tuple tu -> "(" + String.join(", ", fields) + (fields.size() == 1 ? ",)" : ")");
                case Ty.Adt a -> showFields(a.def().name(), a.def().variants().get(0), fields);
                default -> "_";
            };
            case Variant v -> {
                Ty.Adt a = (Ty.Adt) t;
                String name = a.def().variants().get(v.index()).name();
                boolean prelude = a.def().fromStd() && (a.def().name().equals("Option") || a.def().name().equals("Result"));
                yield showFields(prelude ? name : a.def().name() + "::" + name, a.def().variants().get(v.index()), fields);
            }
        };
    }

    private static String showFields(String name, AdtDef.VariantDef v, List<String> fields) {
        if (fields.isEmpty()) return v.tupleLike() || v.fields().isEmpty() ? name : name + " { .. }";
        if (v.tupleLike()) return name + "(" + String.join(", ", fields) + ")";
        List<String> named = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) if (!fields.get(i).equals("_")) named.add(v.fields().get(i).name() + ": " + fields.get(i));
        return name + " { " + (named.isEmpty() ? ".." : String.join(", ", named) + ", ..") + " }";
    }

    private String showRange(Range r, Ty t) {
        if (infcx.shallow(t) instanceof Ty.Char) {
            return r.lo() == r.hi() ? showChar(r.lo()) : showChar(r.lo()) + "..=" + showChar(r.hi());
        }
        Ty.IntTy k = intTy(t);
        Range domain = domain(t);
        String lo = r.lo() == domain.lo() ? k.name + "::MIN" : unbiased(r.lo(), k) + "_" + k.name;
        String hi = r.hi() == domain.hi() ? k.name + "::MAX" : unbiased(r.hi(), k) + "_" + k.name;
        return r.lo() == r.hi() ? unbiased(r.lo(), k) + "_" + k.name : lo + "..=" + hi;
    }

    private static String unbiased(long v, Ty.IntTy k) {
        return k.signed ? Long.toString(v ^ Long.MIN_VALUE) : Long.toUnsignedString(v);
    }

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
