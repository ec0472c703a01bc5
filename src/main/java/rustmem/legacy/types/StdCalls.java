package rustmem.legacy.types;

import java.util.ArrayList;
import java.util.List;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.Expr.BinOp;
import rustmem.syntax.ast.FormatTemplate;
import rustmem.legacy.types.thir.Intrinsic;
import rustmem.legacy.types.thir.Thir;

/**
 * Type checking of the std heap types' constructors and methods that the interpreter runs as shims:
 * Box, String, &str and Vec. Each call becomes an {@link Thir.IntrinsicCall} with std's signature:
 * receivers are borrowed ({@code &self}, {@code &mut self}) exactly where std borrows them, so moves
 * and the borrow rules come out as for real std code.
 */
public final class StdCalls {
    /** std's types that own heap memory: the interpreter runs them as shims and their drop glue frees it. */
    public static final java.util.Set<String> HEAP_OWNERS = java.util.Set.of("Box", "Vec", "String", "Rc", "Weak", "Ref", "RefMut", "IntoIter",
        "ArrayIntoIter", "Arc", "MutexGuard", "JoinHandle", "Sender", "Receiver", "HashMap", "HashSet");

    /** std's pointers that deref to their first type argument: Box, Rc, Arc, RefCell's and Mutex's guards. */
    boolean isSmartPointer(Ty t) {
        return is(t, "Box") || is(t, "Rc") || is(t, "Ref") || is(t, "RefMut") || is(t, "Arc") || is(t, "MutexGuard");
    }

    public static boolean isHeapOwner(Ty t) {
        return t instanceof Ty.Adt a && a.def().fromStd() && HEAP_OWNERS.contains(a.def().name());
    }

    private final FnCtxt cx;
    private final TypeCollector types;
    private final InferCtxt infcx;

    /** A `&str` parameter that also takes `&String` (deref coercion); compared by identity. */
    private static final Ty STR_ARG = new Ty.Ref(Ty.STR, false);

    StdCalls(FnCtxt cx, TypeCollector types, InferCtxt infcx) {
        this.cx = cx;
        this.types = types;
        this.infcx = infcx;
    }

    /** Whether t (resolved as far as known) is std's type of that name. */
    boolean is(Ty t, String name) {
        return infcx.shallow(t) instanceof Ty.Adt a && a.def().fromStd() && a.def().name().equals(name);
    }

    Ty string() { return new Ty.Adt(types.adt("String"), List.of()); }

    Ty vec(Ty elem) { return new Ty.Adt(types.adt("Vec"), List.of(elem, global())); }

    Ty box(Ty inner) { return new Ty.Adt(types.adt("Box"), List.of(inner, global())); }

    private Ty optionOfRef(Ty elem) { return new Ty.Adt(types.adt("Option"), List.of(new Ty.Ref(elem, false))); }

    Ty rc(Ty inner) { return new Ty.Adt(types.adt("Rc"), List.of(inner, global())); }

    private Ty global() { return new Ty.Adt(types.adt("Global"), List.of()); }

    /** The element type of a Vec, or the pointee of a Box. */
    Ty firstArg(Ty t) { return ((Ty.Adt) infcx.shallow(t)).args().get(0); }

    /** {@code String::…}, {@code Vec::…}, {@code Box::…} calls; null when owner is none of them. */
    Thir.Expr associated(String owner, Ty ownerElem, String name, List<Expr> args, Ty expected, Span span) {
        switch (owner) {
            case "String" -> {
                return switch (name) {
                    case "new" -> call(Intrinsic.STRING_NEW, List.of(), args, List.of(), string(), span);
                    case "with_capacity" -> call(Intrinsic.STRING_WITH_CAPACITY, List.of(), args, List.of(Ty.USIZE), string(), span);
                    case "from" -> call(Intrinsic.STRING_FROM_STR, List.of(), args, List.of(STR_ARG), string(), span);
                    default -> throw new Unsupported(span, "`String::" + name + "`");
                };
            }
            case "Vec" -> {
                Ty elem = ownerElem != null ? ownerElem : expected != null && is(expected, "Vec") ? firstArg(expected)
                    : infcx.fresh(Ty.InferKind.GENERAL);
                return switch (name) {
                    case "new" -> call(Intrinsic.VEC_NEW, List.of(), args, List.of(), vec(elem), span);
                    case "with_capacity" -> call(Intrinsic.VEC_WITH_CAPACITY, List.of(), args, List.of(Ty.USIZE), vec(elem), span);
                    default -> throw new Unsupported(span, "`Vec::" + name + "`");
                };
            }
            case "Rc" -> {
                switch (name) {
                    case "new" -> {
                        cx.checkArgCount(args, 1, span);
                        Ty inner = ownerElem != null ? ownerElem : expected != null && is(expected, "Rc") ? firstArg(expected) : null;
                        Thir.Expr value = cx.checkExpr(args.get(0), inner);
                        if (inner != null) value = cx.coerce(value, inner, args.get(0).span());
                        return new Thir.IntrinsicCall(Intrinsic.RC_NEW, List.of(value), rc(value.ty()), span);
                    }
                    case "clone", "strong_count", "weak_count", "downgrade" -> {
                        cx.checkArgCount(args, 1, span);
                        Thir.Expr r = cx.checkExpr(args.get(0), null);
                        Ty t = infcx.shallow(r.ty());
                        if (!(t instanceof Ty.Ref ref) || !is(ref.pointee(), "Rc")) {
                            throw new Unsupported(span, "`Rc::" + name + "` of `" + infcx.resolve(t, false).display() + "`");
                        }
                        return switch (name) {
                            case "clone" -> new Thir.IntrinsicCall(Intrinsic.RC_CLONE, List.of(r), ref.pointee(), span);
                            case "downgrade" -> new Thir.IntrinsicCall(Intrinsic.RC_DOWNGRADE, List.of(r),
                                new Ty.Adt(types.stdAdt("Weak"), List.of(firstArg(ref.pointee()), new Ty.Adt(types.stdAdt("Global"), List.of()))), span);
                            case "weak_count" -> new Thir.IntrinsicCall(Intrinsic.RC_WEAK_COUNT, List.of(r), Ty.USIZE, span);
                            default -> new Thir.IntrinsicCall(Intrinsic.RC_STRONG_COUNT, List.of(r), Ty.USIZE, span);
                        };
                    }
                    default -> throw new Unsupported(span, "`Rc::" + name + "`");
                }
            }
            case "Weak" -> {
                if (!name.equals("new")) throw new Unsupported(span, "`Weak::" + name + "`");
                cx.checkArgCount(args, 0, span);
                Ty inner = ownerElem != null ? ownerElem : expected != null && is(expected, "Weak") ? firstArg(expected)
                    : infcx.fresh(Ty.InferKind.GENERAL);
                return new Thir.IntrinsicCall(Intrinsic.WEAK_NEW, List.of(),
                    new Ty.Adt(types.stdAdt("Weak"), List.of(inner, new Ty.Adt(types.stdAdt("Global"), List.of()))), span);
            }
            case "RefCell" -> {
                if (!name.equals("new")) throw new Unsupported(span, "`RefCell::" + name + "`");
                cx.checkArgCount(args, 1, span);
                Ty inner = ownerElem != null ? ownerElem : expected != null && is(expected, "RefCell") ? firstArg(expected) : null;
                Thir.Expr value = cx.checkExpr(args.get(0), inner);
                if (inner != null) value = cx.coerce(value, inner, args.get(0).span());
                return new Thir.IntrinsicCall(Intrinsic.REFCELL_NEW, List.of(value),
                    new Ty.Adt(types.stdAdt("RefCell"), List.of(value.ty())), span);
            }
            case "Box" -> {
                if (!name.equals("new")) throw new Unsupported(span, "`Box::" + name + "`");
                cx.checkArgCount(args, 1, span);
                Ty inner = ownerElem;
                if (inner == null && expected != null && is(expected, "Box")) inner = firstArg(expected);
                // Box<dyn Trait> expected: the value is sized, the Box unsizes where it is coerced
                if (inner != null && infcx.shallow(inner) instanceof Ty.Dynamic) inner = null;
                Thir.Expr value = cx.checkExpr(args.get(0), inner);
                if (inner != null) value = cx.coerce(value, inner, args.get(0).span());
                return new Thir.IntrinsicCall(Intrinsic.BOX_NEW, List.of(value), box(value.ty()), span);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * A method call on a String, str or Vec receiver (base is the receiver after auto-deref, recv as
     * written); null when the receiver is none of them.
     */
    Thir.Expr method(Thir.Expr recv, Thir.Expr base, String name, List<Expr> args, Span span, Span nameSpan) {
        Ty t = infcx.shallow(base.ty());
        if (t instanceof Ty.Str) return strMethod(strRef(recv), name, args, span);
        if (t instanceof Ty.Array arr && (name.equals("len") || name.equals("is_empty"))) {
            cx.checkArgCount(args, 0, span);
            return name.equals("len")
                ? new Thir.Literal(new Thir.Const.Int(java.math.BigInteger.valueOf(arr.length())), Ty.USIZE, span)
                : bool(arr.length() == 0, span);
        }
        if (t instanceof Ty.Array && SLICE_METHODS.contains(name)) {
            // an array's slice methods, on the slice it unsizes to
            Thir.Expr slice = cx.asSliceOrStr(recv, span);
            return method(slice, new Thir.Deref(slice, ((Ty.Ref) slice.ty()).pointee(), span), name, args, span, nameSpan);
        }
        if (t instanceof Ty.Slice sl && base instanceof Thir.Deref d) {
            Ty elem = sl.element();
            Thir.Expr slice = d.pointer();
            return switch (name) {
                case "len" -> call(Intrinsic.SLICE_LEN, List.of(slice), args, List.of(), Ty.USIZE, span);
                case "is_empty" -> isZero(call(Intrinsic.SLICE_LEN, List.of(slice), args, List.of(), Ty.USIZE, span), span);
                case "get" -> call(Intrinsic.VEC_GET, List.of(slice), args, List.of(Ty.USIZE), optionOfRef(elem), span);
                case "first" -> first(slice, elem, args, span);
                case "last" -> call(Intrinsic.VEC_LAST, List.of(slice), args, List.of(), optionOfRef(elem), span);
                case "as_ptr" -> call(Intrinsic.AS_PTR, List.of(slice), args, List.of(), new Ty.RawPtr(elem, false), span);
                case "as_mut_ptr" -> {
                    if (!(infcx.shallow(slice.ty()) instanceof Ty.Ref r && r.mutable())) cx.requireMutableBorrowOf(base, span);
                    yield call(Intrinsic.AS_PTR, List.of(slice), args, List.of(), new Ty.RawPtr(elem, true), span);
                }
                case "contains" -> contains(new Thir.IntrinsicCall(Intrinsic.SLICE_ITER, List.of(slice),
                    new Ty.Adt(types.stdAdt("Iter"), List.of(elem)), span), elem, args, span, "<[T]>");
                default -> throw cx.unknownMethod(t, name, "<[T]>", span);
            };
        }
        if (is(t, "String")) {
            Thir.Expr shared = borrow(base, false, span);
            return switch (name) {
                case "len" -> call(Intrinsic.STR_LEN, List.of(shared), args, List.of(), Ty.USIZE, span);
                case "is_empty" -> isZero(call(Intrinsic.STR_LEN, List.of(shared), args, List.of(), Ty.USIZE, span), span);
                case "capacity" -> call(Intrinsic.STRING_CAPACITY, List.of(shared), args, List.of(), Ty.USIZE, span);
                case "as_str" -> call(Intrinsic.STRING_AS_STR, List.of(shared), args, List.of(), Ty.STATIC_STR, span);
                case "as_bytes", "lines", "split", "split_whitespace", "chars", "char_indices" -> strMethod(strRef(recv), name, args, span);
                case "as_ptr" -> call(Intrinsic.AS_PTR, List.of(shared), args, List.of(), new Ty.RawPtr(Ty.of(Ty.IntTy.U8), false), span);
                case "clone", "to_string", "to_owned" -> call(Intrinsic.STRING_CLONE, List.of(shared), args, List.of(), string(), span);
                case "push_str" -> call(Intrinsic.STRING_PUSH_STR, List.of(borrow(base, true, span)), args,
                    List.of(STR_ARG), Ty.UNIT, span);
                case "push" -> call(Intrinsic.STRING_PUSH, List.of(borrow(base, true, span)), args, List.of(Ty.CHAR), Ty.UNIT, span);
                case "clear" -> call(Intrinsic.STRING_CLEAR, List.of(borrow(base, true, span)), args, List.of(), Ty.UNIT, span);
                case "eq", "ne" -> {
                    // PartialEq::eq(&self, &other): the texts compared (other through references, Rc and Box)
                    cx.checkArgCount(args, 1, span);
                    Thir.Expr other = cx.checkExpr(args.get(0), null);
                    while (true) {
                        Ty ot = infcx.shallow(other.ty());
                        if (ot instanceof Ty.Ref r) other = new Thir.Deref(other, r.pointee(), span);
                        else if (is(ot, "Rc") || is(ot, "Box")) other = new Thir.Deref(other, firstArg(ot), span);
                        else break;
                    }
                    if (!is(other.ty(), "String")) throw new Unsupported(span, "comparing a String with `" + infcx.resolve(other.ty(), false).display() + "`");
                    Thir.Expr l = new Thir.IntrinsicCall(Intrinsic.STRING_AS_STR, List.of(shared), Ty.STATIC_STR, span);
                    Thir.Expr r = new Thir.IntrinsicCall(Intrinsic.STRING_AS_STR, List.of(borrow(other, false, span)), Ty.STATIC_STR, span);
                    yield new Thir.Binary(name.equals("eq") ? Expr.BinOp.EQ : Expr.BinOp.NE, l, r, Ty.BOOL, span);
                }
                default -> throw cx.unknownMethod(t, name, "String", span);
            };
        }
        if (is(t, "Weak") && name.equals("upgrade")) {
            Ty rc = new Ty.Adt(types.stdAdt("Rc"), List.of(firstArg(t), new Ty.Adt(types.stdAdt("Global"), List.of())));
            return call(Intrinsic.WEAK_UPGRADE, List.of(borrow(base, false, span)), args, List.of(),
                new Ty.Adt(types.adt("Option"), List.of(rc)), span);
        }
        if (is(t, "RefCell") && (name.equals("borrow") || name.equals("borrow_mut"))) {
            // the guard's panic points at the method name (std's #[track_caller])
            boolean mutable = name.equals("borrow_mut");
            Ty guard = new Ty.Adt(types.stdAdt(mutable ? "RefMut" : "Ref"), List.of(firstArg(t)));
            return call(mutable ? Intrinsic.REFCELL_BORROW_MUT : Intrinsic.REFCELL_BORROW, List.of(borrow(base, false, span)), args,
                List.of(), guard, nameSpan);
        }
        if (is(t, "Rc") && name.equals("clone")) {
            return call(Intrinsic.RC_CLONE, List.of(borrow(base, false, span)), args, List.of(), t, span);
        }
        if (is(t, "Vec")) {
            Ty elem = firstArg(t);
            Thir.Expr shared = borrow(base, false, span);
            return switch (name) {
                case "len" -> call(Intrinsic.VEC_LEN, List.of(shared), args, List.of(), Ty.USIZE, span);
                case "is_empty" -> isZero(call(Intrinsic.VEC_LEN, List.of(shared), args, List.of(), Ty.USIZE, span), span);
                case "capacity" -> call(Intrinsic.VEC_CAPACITY, List.of(shared), args, List.of(), Ty.USIZE, span);
                case "as_ptr" -> call(Intrinsic.AS_PTR, List.of(shared), args, List.of(), new Ty.RawPtr(elem, false), span);
                case "as_mut_ptr" -> call(Intrinsic.AS_PTR, List.of(borrow(base, true, span)), args, List.of(), new Ty.RawPtr(elem, true), span);
                case "as_slice" -> call(Intrinsic.VEC_AS_SLICE, List.of(shared), args, List.of(), new Ty.Ref(new Ty.Slice(elem), false), span);
                case "as_mut_slice" -> call(Intrinsic.VEC_AS_SLICE, List.of(borrow(base, true, span)), args, List.of(),
                    new Ty.Ref(new Ty.Slice(elem), true), span);
                case "push" -> call(Intrinsic.VEC_PUSH, List.of(borrow(base, true, span)), args, List.of(elem), Ty.UNIT, span);
                case "pop" -> call(Intrinsic.VEC_POP, List.of(borrow(base, true, span)), args, List.of(),
                    new Ty.Adt(types.adt("Option"), List.of(elem)), span);
                case "get" -> call(Intrinsic.VEC_GET, List.of(shared), args, List.of(Ty.USIZE), optionOfRef(elem), span);
                case "first" -> first(shared, elem, args, span);
                case "last" -> call(Intrinsic.VEC_LAST, List.of(shared), args, List.of(), optionOfRef(elem), span);
                case "join" -> {
                    Ty e = infcx.shallow(elem);
                    if (!(is(e, "String") || e.equals(Ty.STATIC_STR))) throw new Unsupported(span, "joining a Vec of `" + infcx.resolve(e, false).display() + "`");
                    yield call(Intrinsic.VEC_JOIN, List.of(shared), args, List.of(STR_ARG), string(), span);
                }
                case "contains" -> contains(new Thir.IntrinsicCall(Intrinsic.VEC_ITER, List.of(shared),
                    new Ty.Adt(types.stdAdt("Iter"), List.of(elem)), span), elem, args, span, "Vec");
                case "clear" -> {
                    if (cx.needsDrop(elem)) throw new Unsupported(span, "`Vec::clear` of elements with drop glue");
                    yield call(Intrinsic.VEC_CLEAR, List.of(borrow(base, true, span)), args, List.of(), Ty.UNIT, span);
                }
                case "clone", "to_vec", "to_owned" -> {
                    if (plainData(elem)) yield call(Intrinsic.VEC_CLONE, List.of(shared), args, List.of(), t, span);
                    if (!cloneable(elem)) throw new Unsupported(span, "cloning a Vec of `" + infcx.resolve(elem, false).display() + "`");
                    yield call(Intrinsic.CLONE, List.of(shared), args, List.of(), t, span);
                }
                default -> throw cx.unknownMethod(t, name, "Vec", span);
            };
        }
        return null;
    }

    /** `first()` of a Vec (by reference) or a slice: get(0). */
    private Thir.Expr first(Thir.Expr seq, Ty elem, List<Expr> args, Span span) {
        cx.checkArgCount(args, 0, span);
        return new Thir.IntrinsicCall(Intrinsic.VEC_GET, List.of(seq,
            new Thir.Literal(new Thir.Const.Int(java.math.BigInteger.ZERO), Ty.USIZE, span)), optionOfRef(elem), span);
    }

    /** The slice methods an array has through unsizing. */
    private static final java.util.Set<String> SLICE_METHODS = java.util.Set.of("get", "first", "last", "contains");

    /** `contains(&x)` of a slice or Vec: std's loop over its iterator, for elements compared as scalars. */
    private Thir.Expr contains(Thir.Expr iter, Ty elem, List<Expr> args, Span span, String owner) {
        Ty e = infcx.shallow(elem);
        if (!(e instanceof Ty.Int || e instanceof Ty.Char || e instanceof Ty.Bool || e.equals(Ty.STATIC_STR)
            || e instanceof Ty.Infer i && i.kind() != Ty.InferKind.GENERAL)) {
            throw new Unsupported(span, "`" + owner + "::contains` on elements of type `" + infcx.resolve(e, false).display() + "`");
        }
        cx.checkArgCount(args, 1, span);
        Ty ref = new Ty.Ref(elem, false);
        Thir.Expr needle = cx.coerce(cx.checkExpr(args.get(0), ref), ref, args.get(0).span());
        return cx.iterators().contains(iter, elem, needle, span);
    }

    /**
     * Option and Result methods that are a match on the variant: unwrap/expect panic with std's messages
     * at the method name (std's #[track_caller]), is_some/is_none/is_ok/is_err test, unwrap_or falls back.
     */
    Thir.Expr optionMethod(Thir.Expr recv, Thir.Expr base, String name, List<Expr> args, Span span, Span nameSpan) {
        Ty t = infcx.shallow(base.ty());
        boolean option = is(t, "Option");
        if (!option && !is(t, "Result")) return null;
        Ty.Adt adt = (Ty.Adt) t;
        Ty value = adt.args().get(0);
        int okVariant = variant(adt, option ? "Some" : "Ok");
        int errVariant = variant(adt, option ? "None" : "Err");
        switch (name) {
            case "is_some", "is_none", "is_ok", "is_err" -> {
                cx.checkArgCount(args, 0, span);
                boolean wantOk = name.equals("is_some") || name.equals("is_ok");
                if (option != (name.equals("is_some") || name.equals("is_none"))) {
                    throw new Unsupported(span, "the method `" + adt.def().name() + "::" + name + "`");
                }
                Thir.Pattern okPat = variantPattern(okVariant, adt, null);
                return new Thir.Match(base, List.of(
                    new Thir.Arm(okPat, null, bool(wantOk, span), span),
                    new Thir.Arm(new Thir.Pattern.Wild(), null, bool(!wantOk, span), span)), Ty.BOOL, span);
            }
            case "unwrap", "expect", "unwrap_or" -> {
                int v = cx.hiddenLocal("value", value, span);
                Thir.Arm ok = new Thir.Arm(variantPattern(okVariant, adt, v), null, new Thir.Local(v, value, span), span);
                Thir.Arm other;
                if (name.equals("unwrap_or")) {
                    cx.checkArgCount(args, 1, span);
                    Thir.Expr fallback = cx.coerce(cx.checkExpr(args.get(0), value), value, args.get(0).span());
                    other = new Thir.Arm(new Thir.Pattern.Wild(), null, fallback, span);
                } else {
                    cx.checkArgCount(args, name.equals("expect") ? 1 : 0, span);
                    List<FormatTemplate.Piece> pieces = new ArrayList<>();
                    List<Thir.Expr> fmtArgs = new ArrayList<>();
                    Thir.Pattern errPat;
                    if (name.equals("expect")) {
                        fmtArgs.add(cx.coerce(cx.checkExpr(args.get(0), Ty.STATIC_STR), Ty.STATIC_STR, args.get(0).span()));
                        pieces.add(new FormatTemplate.Slot(0, FormatTemplate.Spec.DEFAULT));
                    } else {
                        pieces.add(new FormatTemplate.Text(option ? "called `Option::unwrap()` on a `None` value"
                            : "called `Result::unwrap()` on an `Err` value"));
                    }
                    if (option) {
                        errPat = variantPattern(errVariant, adt, null);
                    } else {
                        Ty errTy = adt.args().get(1);
                        int e = cx.hiddenLocal("error", errTy, span);
                        errPat = variantPattern(errVariant, adt, e);
                        pieces.add(new FormatTemplate.Text(": "));
                        pieces.add(new FormatTemplate.Slot(fmtArgs.size(), DEBUG));
                        fmtArgs.add(new Thir.Local(e, errTy, span));
                    }
                    Thir.Expr panic = new Thir.Print(Thir.PrintKind.PANIC, new FormatTemplate(pieces), fmtArgs, Ty.NEVER, nameSpan);
                    other = new Thir.Arm(errPat, null, panic, span);
                }
                return new Thir.Match(base, List.of(ok, other), value, span);
            }
            case "clone" -> {
                return null;   // Clone is handled with the other types' clone
            }
            case "unwrap_err" -> {
                // Err(e) => e; Ok(v) panics with v's Debug text (std's #[track_caller] points at the call)
                if (option) throw new Unsupported(span, "the method `Option::unwrap_err`");
                cx.checkArgCount(args, 0, span);
                Ty errTy = adt.args().get(1);
                int e = cx.hiddenLocal("error", errTy, span);
                int v = cx.hiddenLocal("value", value, span);
                Thir.Expr panic = new Thir.Print(Thir.PrintKind.PANIC, new FormatTemplate(List.of(
                    new FormatTemplate.Text("called `Result::unwrap_err()` on an `Ok` value: "), new FormatTemplate.Slot(0, DEBUG))),
                    List.of(new Thir.Local(v, value, span)), Ty.NEVER, nameSpan);
                return new Thir.Match(base, List.of(
                    new Thir.Arm(variantPattern(errVariant, adt, e), null, new Thir.Local(e, errTy, span), span),
                    new Thir.Arm(variantPattern(okVariant, adt, v), null, panic, span)), errTy, span);
            }
            case "get_or_insert" -> {
                // std: if None, *self = Some(value) (else value is dropped); then &mut to the payload
                if (!option) throw new Unsupported(span, "the method `Result::get_or_insert`");
                cx.checkArgCount(args, 1, span);
                cx.requireMutableBorrowOf(base, span);
                List<Thir.Stmt> stmts = new ArrayList<>();
                int v = cx.hiddenLocal("value", value, span);
                stmts.add(new Thir.Let(new Thir.Pattern.Binding(v), cx.coerce(cx.checkExpr(args.get(0), value), value, args.get(0).span()), span));
                Thir.Expr insert = new Thir.Assign(base, new Thir.EnumLit(okVariant, List.of(0), List.of(new Thir.Local(v, value, span)), adt, span),
                    Ty.UNIT, span);
                stmts.add(new Thir.ExprStmt(new Thir.Match(base, List.of(
                    new Thir.Arm(variantPattern(errVariant, adt, null), null, insert, span),
                    new Thir.Arm(new Thir.Pattern.Wild(), null, new Thir.Literal(new Thir.Const.Unit(), Ty.UNIT, span), span)),
                    Ty.UNIT, span), span));
                Ty ref = new Ty.Ref(value, true);
                int r = cx.hiddenLocal("payload", ref, span);
                Thir.Pattern some = new Thir.Pattern.Variant(okVariant, new Thir.Pattern.Fields(List.of(0),
                    List.of(new Thir.Pattern.Binding(r, null, true, true))));
                Thir.Expr payload = new Thir.Match(base, List.of(new Thir.Arm(some, null, new Thir.Local(r, ref, span), span)), ref, span);
                return new Thir.Block(stmts, payload, ref, span);
            }
            case "as_ref", "as_mut" -> {
                // Option<&T> from &Option<T>: the payload bound by reference
                if (!option) throw new Unsupported(span, "the method `Result::" + name + "`");
                cx.checkArgCount(args, 0, span);
                boolean mutable = name.equals("as_mut");
                if (mutable) cx.requireMutableBorrowOf(base, span);
                Ty ref = new Ty.Ref(value, mutable);
                Ty.Adt result = new Ty.Adt(adt.def(), List.of(ref));
                int v = cx.hiddenLocal("value", ref, span);
                Thir.Pattern some = new Thir.Pattern.Variant(okVariant, new Thir.Pattern.Fields(List.of(0),
                    List.of(new Thir.Pattern.Binding(v, null, true, mutable))));
                return new Thir.Match(base, List.of(
                    new Thir.Arm(some, null, new Thir.EnumLit(okVariant, List.of(0), List.of(new Thir.Local(v, ref, span)), result, span), span),
                    new Thir.Arm(new Thir.Pattern.Wild(), null, new Thir.EnumLit(errVariant, List.of(), List.of(), result, span), span)),
                    result, span);
            }
            case "copied", "cloned" -> {
                // Option<&T> to Option<T>: the referent copied or cloned
                if (!option || !(infcx.shallow(value) instanceof Ty.Ref vr)) {
                    throw new Unsupported(span, "the method `" + adt.def().name() + "::" + name + "`");
                }
                cx.checkArgCount(args, 0, span);
                Ty inner = vr.pointee();
                Ty.Adt result = new Ty.Adt(adt.def(), List.of(inner));
                int v = cx.hiddenLocal("value", value, span);
                Thir.Expr referent = new Thir.Deref(new Thir.Local(v, value, span), inner, span);
                Thir.Expr copy = plainData(inner) ? referent : cloneCall(referent, List.of(), span);
                if (copy == null) throw new Unsupported(span, "cloning `" + infcx.resolve(inner, false).display() + "`");
                return new Thir.Match(base, List.of(
                    new Thir.Arm(variantPattern(okVariant, adt, v), null, new Thir.EnumLit(okVariant, List.of(0), List.of(copy), result, span), span),
                    new Thir.Arm(new Thir.Pattern.Wild(), null, new Thir.EnumLit(errVariant, List.of(), List.of(), result, span), span)),
                    result, span);
            }
            case "ok_or", "or", "ok", "err" -> {
                // ok_or(e): Some(v) → Ok(v), None → Err(e); or(o): self if Some, else o; ok()/err(): Result to Option
                boolean ofOption = name.equals("ok_or") || name.equals("or");   // ok() and err() are Result's
                if (ofOption != option) throw new Unsupported(span, "the method `" + adt.def().name() + "::" + name + "`");
                cx.checkArgCount(args, ofOption ? 1 : 0, span);
                int v = cx.hiddenLocal("value", value, span);
                Ty resultTy;
                Thir.Expr okBody, otherBody;
                Thir.Pattern otherPat;
                switch (name) {
                    case "ok_or" -> {
                        Thir.Expr err = cx.checkExpr(args.get(0), null);
                        Ty.Adt result = new Ty.Adt(types.adt("Result"), List.of(value, err.ty()));
                        resultTy = result;
                        okBody = new Thir.EnumLit(variant(result, "Ok"), List.of(0), List.of(new Thir.Local(v, value, span)), result, span);
                        otherBody = new Thir.EnumLit(variant(result, "Err"), List.of(0), List.of(err), result, span);
                        otherPat = new Thir.Pattern.Wild();
                    }
                    case "or" -> {
                        resultTy = t;
                        okBody = new Thir.EnumLit(okVariant, List.of(0), List.of(new Thir.Local(v, value, span)), t, span);
                        otherBody = cx.coerce(cx.checkExpr(args.get(0), t), t, args.get(0).span());
                        otherPat = new Thir.Pattern.Wild();
                    }
                    default -> {
                        // Result::ok / Result::err
                        boolean wantOk = name.equals("ok");
                        Ty kept = adt.args().get(wantOk ? 0 : 1);
                        Ty.Adt opt = new Ty.Adt(types.adt("Option"), List.of(kept));
                        resultTy = opt;
                        int k = cx.hiddenLocal("kept", kept, span);
                        Thir.Pattern keptPat = variantPattern(wantOk ? okVariant : errVariant, adt, k);
                        Thir.Expr some = new Thir.EnumLit(variant(opt, "Some"), List.of(0), List.of(new Thir.Local(k, kept, span)), opt, span);
                        Thir.Expr none = new Thir.EnumLit(variant(opt, "None"), List.of(), List.of(), opt, span);
                        return new Thir.Match(base, List.of(new Thir.Arm(keptPat, null, some, span),
                            new Thir.Arm(new Thir.Pattern.Wild(), null, none, span)), opt, span);
                    }
                }
                return new Thir.Match(base, List.of(
                    new Thir.Arm(variantPattern(okVariant, adt, v), null, okBody, span),
                    new Thir.Arm(otherPat, null, otherBody, span)), resultTy, span);
            }
            case "map", "and_then", "map_err", "unwrap_or_else", "ok_or_else", "or_else", "map_or", "is_some_and", "is_ok_and",
                 "filter" -> {
                return combinator(base, adt, option, name, args, span);
            }
            default -> throw cx.unknownMethod(adt, name, adt.def().name(), span);
        }
    }

    /**
     * Option's and Result's methods that take a closure, as std writes them: the receiver and the
     * closure are evaluated (in that order) into locals, then a match on the receiver calls the closure
     * in the arm that needs it ({@code map}: {@code Some(v) => Some(f(v)), None => None}).
     */
    private Thir.Expr combinator(Thir.Expr base, Ty.Adt adt, boolean option, String name, List<Expr> args, Span span) {
        boolean ofOption = switch (name) {
            case "ok_or_else", "is_some_and", "filter" -> true;
            case "map_err", "is_ok_and" -> false;
            default -> option;
        };
        if (ofOption != option) throw new Unsupported(span, "the method `" + adt.def().name() + "::" + name + "`");
        cx.checkArgCount(args, name.equals("map_or") ? 2 : 1, span);
        Ty value = adt.args().get(0);
        Ty error = option ? null : adt.args().get(1);
        int okVariant = variant(adt, option ? "Some" : "Ok");
        int errVariant = variant(adt, option ? "None" : "Err");
        List<Thir.Stmt> stmts = new ArrayList<>();
        int recv = cx.hiddenLocal("receiver", adt, span);
        stmts.add(new Thir.Let(new Thir.Pattern.Binding(recv), base, span));
        Thir.Expr fallback = name.equals("map_or") ? cx.checkExpr(args.get(0), null) : null;
        if (fallback != null) {
            int d = cx.hiddenLocal("default", fallback.ty(), span);
            stmts.add(new Thir.Let(new Thir.Pattern.Binding(d), fallback, span));
            fallback = new Thir.Local(d, fallback.ty(), span);
        }
        Expr fnArg = args.get(args.size() - 1);
        Ty out = infcx.fresh(Ty.InferKind.GENERAL);
        // which value the closure gets: the payload, a reference to it (filter), the error, or nothing
        List<Ty> inputs = switch (name) {
            case "map_err" -> List.of(error);
            case "unwrap_or_else", "or_else" -> option ? List.of() : List.of(error);
            case "ok_or_else" -> List.of();
            case "filter" -> List.of(new Ty.Ref(value, false));
            default -> List.of(value);
        };
        Thir.Expr f = cx.closureArg(fnArg, inputs, out);
        int fLocal = cx.hiddenLocal("f", f.ty(), span);
        stmts.add(new Thir.Let(new Thir.Pattern.Binding(fLocal), f, span));
        Thir.Expr callee = new Thir.Local(fLocal, f.ty(), span);
        int v = cx.hiddenLocal("value", value, span);
        Thir.Expr payload = new Thir.Local(v, value, span);
        Integer e = error == null ? null : cx.hiddenLocal("error", error, span);
        Thir.Expr err = e == null ? null : new Thir.Local(e, error, span);
        Thir.Pattern okPat = variantPattern(okVariant, adt, v);
        Thir.Pattern errPat = variantPattern(errVariant, adt, e);
        Thir.Expr okArm;
        Thir.Expr errArm;
        Ty resultTy;
        switch (name) {
            case "map" -> {
                Ty.Adt mapped = new Ty.Adt(adt.def(), option ? List.of(out) : List.of(out, error));
                resultTy = mapped;
                okArm = wrap(mapped, okVariant, new Thir.ClosureCall(callee, List.of(payload), out, span), span);
                errArm = option ? wrap(mapped, errVariant, null, span) : wrap(mapped, errVariant, err, span);
            }
            case "map_err" -> {
                Ty.Adt mapped = new Ty.Adt(adt.def(), List.of(value, out));
                resultTy = mapped;
                okArm = wrap(mapped, okVariant, payload, span);
                errArm = wrap(mapped, errVariant, new Thir.ClosureCall(callee, List.of(err), out, span), span);
            }
            case "and_then" -> {
                resultTy = out;
                okArm = new Thir.ClosureCall(callee, List.of(payload), out, span);
                errArm = option ? new Thir.EnumLit(errVariant, List.of(), List.of(), out, span)
                    : new Thir.EnumLit(errVariant, List.of(0), List.of(err), out, span);
                requireSame(out, adt, option, span);
            }
            case "or_else" -> {
                resultTy = out;
                okArm = new Thir.EnumLit(okVariant, List.of(0), List.of(payload), out, span);
                errArm = new Thir.ClosureCall(callee, option ? List.of() : List.of(err), out, span);
                if (!infcx.unify(out, option ? adt : new Ty.Adt(adt.def(), List.of(value, infcx.fresh(Ty.InferKind.GENERAL))))) {
                    throw new Unsupported(span, "`or_else` with this closure");
                }
            }
            case "unwrap_or_else" -> {
                resultTy = value;
                if (!infcx.unify(out, value)) throw new Unsupported(span, "`unwrap_or_else` with this closure");
                okArm = payload;
                errArm = new Thir.ClosureCall(callee, option ? List.of() : List.of(err), out, span);
            }
            case "ok_or_else" -> {
                Ty.Adt result = new Ty.Adt(types.adt("Result"), List.of(value, out));
                resultTy = result;
                okArm = wrap(result, variant(result, "Ok"), payload, span);
                errArm = wrap(result, variant(result, "Err"), new Thir.ClosureCall(callee, List.of(), out, span), span);
            }
            case "map_or" -> {
                resultTy = out;
                if (!infcx.unify(out, fallback.ty())) throw new Unsupported(span, "`map_or` with this closure");
                okArm = new Thir.ClosureCall(callee, List.of(payload), out, span);
                errArm = fallback;
            }
            case "filter" -> {
                resultTy = adt;
                if (!infcx.unify(out, Ty.BOOL)) throw new Unsupported(span, "`filter` with this closure");
                Thir.Expr test = new Thir.ClosureCall(callee, List.of(new Thir.AddrOf(payload, false, inputs.get(0), span)), Ty.BOOL, span);
                okArm = new Thir.If(test, wrap(adt, okVariant, payload, span), wrap(adt, errVariant, null, span), adt, span);
                errArm = wrap(adt, errVariant, null, span);
            }
            default -> {   // is_some_and, is_ok_and
                resultTy = Ty.BOOL;
                if (!infcx.unify(out, Ty.BOOL)) throw new Unsupported(span, "`" + name + "` with this closure");
                okArm = new Thir.ClosureCall(callee, List.of(payload), Ty.BOOL, span);
                errArm = bool(false, span);
            }
        }
        Thir.Expr match = new Thir.Match(new Thir.Local(recv, adt, span), List.of(new Thir.Arm(okPat, null, okArm, span),
            new Thir.Arm(errPat, null, errArm, span)), resultTy, span);
        return new Thir.Block(stmts, match, resultTy, span);
    }

    /** and_then's closure returns the same kind of value (Option, or Result with the same error type). */
    private void requireSame(Ty out, Ty.Adt adt, boolean option, Span span) {
        Ty want = new Ty.Adt(adt.def(), option ? List.of(infcx.fresh(Ty.InferKind.GENERAL))
            : List.of(infcx.fresh(Ty.InferKind.GENERAL), adt.args().get(1)));
        if (!infcx.unify(out, want)) throw new Unsupported(span, "`and_then` with a closure returning `" + infcx.resolve(out, false).display() + "`");
    }

    /** A variant of an Option or Result with its payload (null for None). */
    private static Thir.Expr wrap(Ty.Adt adt, int variant, Thir.Expr payload, Span span) {
        return payload == null ? new Thir.EnumLit(variant, List.of(), List.of(), adt, span)
            : new Thir.EnumLit(variant, List.of(0), List.of(payload), adt, span);
    }

    private static final FormatTemplate.Spec DEBUG = new FormatTemplate.Spec(' ', FormatTemplate.Align.NONE, false, false,
        false, false, FormatTemplate.Count.NONE, FormatTemplate.Count.NONE, FormatTemplate.Trait.DEBUG, false, false);

    private static int variant(Ty.Adt adt, String name) {
        var vs = adt.def().variants();
        for (int i = 0; i < vs.size(); i++) if (vs.get(i).name().equals(name)) return i;
        throw new IllegalStateException(adt.def().name() + " has no variant " + name);
    }

    /** A variant pattern binding its single field to local (or ignoring the payload when local is null). */
    private static Thir.Pattern variantPattern(int variant, Ty.Adt adt, Integer local) {
        boolean hasField = !adt.def().variants().get(variant).fields().isEmpty();
        Thir.Pattern.Fields fields = local == null || !hasField
            ? new Thir.Pattern.Fields(List.of(), List.of())
            : new Thir.Pattern.Fields(List.of(0), List.of(new Thir.Pattern.Binding(local)));
        return new Thir.Pattern.Variant(variant, fields);
    }

    private static Thir.Expr bool(boolean b, Span span) { return new Thir.Literal(new Thir.Const.Bool(b), Ty.BOOL, span); }

    /** Methods of integers and floats (receivers by value); null for other receivers or names. */
    /** A method of an integer or float; nameSpan is where std's panics point (`#[track_caller]`: the method's name). */
    Thir.Expr numberMethod(Thir.Expr base, String name, List<Expr> args, Span span, Span nameSpan) {
        Ty t = infcx.shallow(base.ty());
        boolean integer = t instanceof Ty.Int, floating = t instanceof Ty.Float;
        if (!integer && !floating) return null;
        return switch (name) {
            case "abs" -> call(Intrinsic.ABS, List.of(base), args, List.of(), t, span);
            case "min" -> call(Intrinsic.MIN, List.of(base), args, List.of(t), t, span);
            case "max" -> call(Intrinsic.MAX, List.of(base), args, List.of(t), t, span);
            case "pow" -> integer ? call(Intrinsic.POW, List.of(base), args, List.of(Ty.of(Ty.IntTy.U32)), t, span) : null;
            case "powi" -> floating ? call(Intrinsic.POWI, List.of(base), args, List.of(Ty.I32), t, span) : null;
            case "sqrt" -> floating ? call(Intrinsic.SQRT, List.of(base), args, List.of(), t, span) : null;
            case "floor" -> floating ? call(Intrinsic.FLOOR, List.of(base), args, List.of(), t, span) : null;
            case "ceil" -> floating ? call(Intrinsic.CEIL, List.of(base), args, List.of(), t, span) : null;
            case "round" -> floating ? call(Intrinsic.ROUND, List.of(base), args, List.of(), t, span) : null;
            case "count_ones" -> integer ? call(Intrinsic.COUNT_ONES, List.of(base), args, List.of(), Ty.of(Ty.IntTy.U32), span) : null;
            case "count_zeros" -> integer ? call(Intrinsic.COUNT_ZEROS, List.of(base), args, List.of(), Ty.of(Ty.IntTy.U32), span) : null;
            case "leading_zeros" -> integer ? call(Intrinsic.LEADING_ZEROS, List.of(base), args, List.of(), Ty.of(Ty.IntTy.U32), span) : null;
            case "trailing_zeros" -> integer ? call(Intrinsic.TRAILING_ZEROS, List.of(base), args, List.of(), Ty.of(Ty.IntTy.U32), span) : null;
            case "is_power_of_two" -> integer && !((Ty.Int) t).kind().signed
                ? call(Intrinsic.IS_POWER_OF_TWO, List.of(base), args, List.of(), Ty.BOOL, span) : null;
            default -> integer ? overflowPolicy(base, name, args, t, span, nameSpan) : null;
        };
    }

    /** {@code wrapping_add}, {@code checked_div}, {@code saturating_sub}, {@code overflowing_mul} … on an integer. */
    private Thir.Expr overflowPolicy(Thir.Expr base, String name, List<Expr> args, Ty t, Span span, Span nameSpan) {
        int cut = name.indexOf('_');
        if (cut < 0) return null;
        String policy = name.substring(0, cut);
        BinOp op = switch (name.substring(cut + 1)) {
            case "add" -> BinOp.ADD;
            case "sub" -> BinOp.SUB;
            case "mul" -> BinOp.MUL;
            case "div" -> BinOp.DIV;
            case "rem" -> BinOp.REM;
            default -> null;
        };
        if (op == null) return null;
        Intrinsic intrinsic;
        Ty ret;
        switch (policy) {
            case "wrapping" -> { intrinsic = Intrinsic.INT_WRAPPING; ret = t; }
            case "checked" -> { intrinsic = Intrinsic.INT_CHECKED; ret = new Ty.Adt(types.adt("Option"), List.of(t)); }
            case "saturating" -> { intrinsic = Intrinsic.INT_SATURATING; ret = t; }
            case "overflowing" -> { intrinsic = Intrinsic.INT_OVERFLOWING; ret = new Ty.Tuple(List.of(t, Ty.BOOL)); }
            default -> { return null; }
        }
        if (intrinsic == Intrinsic.INT_SATURATING && (op == BinOp.REM)) return null;
        cx.checkArgCount(args, 1, span);
        Thir.Expr rhs = cx.coerce(cx.checkExpr(args.get(0), t), t, args.get(0).span());
        Thir.Expr code = new Thir.Literal(new Thir.Const.Int(java.math.BigInteger.valueOf(op.ordinal())), Ty.of(Ty.IntTy.U8), span);
        return new Thir.IntrinsicCall(intrinsic, List.of(base, rhs, code), ret, nameSpan);
    }

    /** {@code s.parse::<T>()} (T from the turbofish, else inferred from the use): integers only. */
    Thir.Expr parse(Thir.Expr recv, Ty target, List<Expr> args, Span span) {
        cx.checkArgCount(args, 0, span);
        Ty t = target != null ? target : infcx.fresh(Ty.InferKind.GENERAL);
        Ty err = new Ty.Adt(types.adt("ParseIntError"), List.of());
        return new Thir.IntrinsicCall(Intrinsic.STR_PARSE_INT, List.of(strRef(recv)),
            new Ty.Adt(types.adt("Result"), List.of(t, err)), span);
    }

    private Thir.Expr strMethod(Thir.Expr str, String name, List<Expr> args, Span span) {
        return switch (name) {
            case "len" -> call(Intrinsic.STR_LEN, List.of(str), args, List.of(), Ty.USIZE, span);
            case "is_empty" -> isZero(call(Intrinsic.STR_LEN, List.of(str), args, List.of(), Ty.USIZE, span), span);
            case "to_string", "to_owned" -> call(Intrinsic.STRING_FROM_STR, List.of(str), args, List.of(), string(), span);
            case "as_ptr" -> call(Intrinsic.AS_PTR, List.of(str), args, List.of(), new Ty.RawPtr(Ty.of(Ty.IntTy.U8), false), span);
            // the same two words: &str and &[u8] differ only in what the bytes promise
            case "as_bytes" -> call(Intrinsic.STR_AS_BYTES, List.of(str), args, List.of(), new Ty.Ref(new Ty.Slice(Ty.of(Ty.IntTy.U8)), false), span);
            case "lines", "split_whitespace", "chars", "char_indices" -> {
                cx.checkArgCount(args, 0, span);
                String iter = switch (name) {
                    case "lines" -> "Lines";
                    case "split_whitespace" -> "SplitWhitespace";
                    case "chars" -> "Chars";
                    default -> "CharIndices";
                };
                yield new Thir.StdCall("str::" + name, List.of(str), List.of(), new Ty.Adt(types.stdAdt(iter), List.of()), span);
            }
            case "split" -> {
                // Split's layout is its pattern's searcher's: a char's or a &str's
                cx.checkArgCount(args, 1, span);
                Thir.Expr pat = cx.checkExpr(args.get(0), null);
                Ty pt = infcx.shallow(pat.ty());
                String searcher = pt instanceof Ty.Char ? "CharSearcher" : pt.equals(Ty.STATIC_STR) ? "StrSearcher" : null;
                if (searcher == null) throw new Unsupported(args.get(0).span(), "splitting at a `" + infcx.resolve(pt, false).display() + "`");
                yield new Thir.StdCall("str::split", List.of(str, pat), List.of(),
                    new Ty.Adt(types.stdAdt("Split"), List.of(new Ty.Adt(types.stdAdt(searcher), List.of()))), span);
            }
            default -> throw cx.unknownMethod(Ty.STR, name, "str", span);
        };
    }

    /** The expression of type &str a str receiver was reached through. */
    private Thir.Expr strRef(Thir.Expr recv) {
        Thir.Expr e = cx.innermostRef(recv);
        if (is(e.ty(), "String")) return new Thir.IntrinsicCall(Intrinsic.STRING_AS_STR, List.of(borrow(e, false, e.span())),
            Ty.STATIC_STR, e.span());
        if (infcx.shallow(e.ty()) instanceof Ty.Ref r && is(r.pointee(), "String")) {
            return new Thir.IntrinsicCall(Intrinsic.STRING_AS_STR, List.of(e), Ty.STATIC_STR, e.span());
        }
        return e;
    }

    /** vec![…] and vec![x; n]: the macro's input parsed as an array or repeat expression. */
    Thir.Expr vecMacro(Expr arrayOrRepeat, Ty expected, Span span) {
        Ty elem = expected != null && is(expected, "Vec") ? firstArg(expected) : null;
        switch (arrayOrRepeat) {
            case Expr.Array a when a.elements().isEmpty() -> {
                return new Thir.IntrinsicCall(Intrinsic.VEC_NEW, List.of(),
                    vec(elem != null ? elem : infcx.fresh(Ty.InferKind.GENERAL)), span);
            }
            case Expr.Array a -> {
                Thir.Expr array = cx.checkExpr(a, elem == null ? null : new Ty.Array(elem, a.elements().size()));
                Ty.Array at = (Ty.Array) infcx.shallow(array.ty());
                return new Thir.IntrinsicCall(Intrinsic.VEC_FROM_ARRAY, List.of(array), vec(at.element()), span);
            }
            case Expr.Repeat r -> {
                Thir.Expr value = cx.checkExpr(r.value(), elem);
                if (elem != null) value = cx.coerce(value, elem, r.value().span());
                Thir.Expr count = cx.coerce(cx.checkExpr(r.count(), Ty.USIZE), Ty.USIZE, r.count().span());
                Ty vt = value.ty();
                if (!plainData(infcx.shallow(vt)) && !(infcx.shallow(vt) instanceof Ty.Infer)) {
                    throw new Unsupported(span, "`vec![x; n]` of `" + infcx.resolve(vt, false).display() + "` (clones)");
                }
                return new Thir.IntrinsicCall(Intrinsic.VEC_FROM_ELEM, List.of(value, count), vec(vt), span);
            }
            default -> throw new Unsupported(span, "this form of `vec!`");
        }
    }

    /**
     * Types with a Clone impl rustmem can run: plain data, String, Vec/Box/Option/Result/tuples/arrays of
     * such, Rc (a new reference), and the program's types deriving Clone whose fields are all cloneable.
     */
    boolean cloneable(Ty t) {
        t = infcx.shallow(t);
        if (plainData(t)) return true;
        return switch (t) {
            case Ty.Adt a when a.def().fromStd() -> switch (a.def().name()) {
                case "String", "Rc" -> true;
                case "Vec", "Box", "Option" -> cloneable(a.args().get(0));
                case "Result" -> cloneable(a.args().get(0)) && cloneable(a.args().get(1));
                default -> false;
            };
            case Ty.Adt a -> a.def().derives().contains("Clone") && !a.def().isUnion() && a.def().variants().stream()
                .flatMap(v -> v.fields().stream()).allMatch(f -> cloneable(f.type().subst(a.args())));
            case Ty.Tuple tu -> tu.elements().stream().allMatch(this::cloneable);
            case Ty.Array arr -> cloneable(arr.element());
            default -> false;
        };
    }

    /** x.clone() for the types {@link #cloneable} accepts (base is the value after auto-deref); null otherwise. */
    Thir.Expr cloneCall(Thir.Expr base, List<Expr> args, Span span) {
        Ty t = infcx.shallow(base.ty());
        if (!cloneable(t) || t instanceof Ty.Infer) return null;
        return call(Intrinsic.CLONE, List.of(borrow(base, false, span)), args, List.of(), t, span);
    }

    /** Types whose values are plain bytes (copied, never dropped): what a shim may duplicate. */
    boolean plainData(Ty t) {
        t = infcx.shallow(t);
        return switch (t) {
            case Ty.Int i -> true;
            case Ty.Float f -> true;
            case Ty.Bool b -> true;
            case Ty.Char c -> true;
            case Ty.Ref r -> !r.mutable();
            case Ty.Tuple tu -> tu.elements().stream().allMatch(this::plainData);
            case Ty.Array a -> plainData(a.element());
            case Ty.Infer i -> i.kind() != Ty.InferKind.GENERAL;
            default -> false;
        };
    }

    private Thir.Expr borrow(Thir.Expr place, boolean mutable, Span span) {
        if (mutable) cx.requireMutableBorrowOf(place, span);
        return new Thir.AddrOf(place, mutable, new Ty.Ref(place.ty(), mutable), span);
    }

    private Thir.Expr isZero(Thir.Expr len, Span span) {
        return new Thir.Binary(Expr.BinOp.EQ, len, new Thir.Literal(new Thir.Const.Int(java.math.BigInteger.ZERO), Ty.USIZE, span),
            Ty.BOOL, span);
    }

    /** Checks the written arguments against params (after the receivers) and builds the call. */
    private Thir.Expr call(Intrinsic op, List<Thir.Expr> receivers, List<Expr> args, List<Ty> params, Ty ret, Span span) {
        cx.checkArgCount(args, params.size(), span);
        List<Thir.Expr> all = new ArrayList<>(receivers);
        for (int i = 0; i < args.size(); i++) {
            Ty p = params.get(i);
            if (p == STR_ARG) all.add(cx.coerceToStr(cx.checkExpr(args.get(i), Ty.STATIC_STR), args.get(i).span()));
            else all.add(cx.coerce(cx.checkExpr(args.get(i), p), p, args.get(i).span()));
        }
        return new Thir.IntrinsicCall(op, all, ret, span);
    }
}
