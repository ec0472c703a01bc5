package rustmem.types.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import rustmem.resolve.DefId;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.FormatTemplate;
import rustmem.types.AdtDef;
import rustmem.types.AssocItem;
import rustmem.types.FnSig;
import rustmem.types.Ty;
import rustmem.types.thir.Thir;

/**
 * {@code format_args!} as rustc lowers it (rustc_ast_lowering's format.rs): the literal pieces, one
 * {@code rt::Argument} per argument and formatting trait ({@code Argument::new_display(&x)} … whose bounds give
 * E0277 when the argument cannot be formatted so), and for non-default specs the {@code rt::Placeholder}s, built
 * into {@code fmt::Arguments} by std's own constructors (lang items {@code format_arguments},
 * {@code format_argument}, {@code format_placeholder}, {@code format_count}, {@code format_alignment}).
 */
final class FormatArgsCheck {
    private final FnCtxt fcx;

    FormatArgsCheck(FnCtxt fcx) { this.fcx = fcx; }

    private static final int SIGN_PLUS = 0, SIGN_MINUS = 1, ALTERNATE = 2, ZERO_PAD = 3, DEBUG_LOWER_HEX = 4, DEBUG_UPPER_HEX = 5;

    Thir.Expr check(Expr.FormatArgs f) {
        Span span = f.span();
        // each argument is evaluated once, by reference
        List<Thir.Expr> argRefs = new ArrayList<>();
        for (Expr a : f.args()) {
            Thir.Expr v = fcx.exprs.places.checkPlaceOrValue(a, null);
            argRefs.add(new Thir.Borrow(false, v, new Ty.Ref(v.ty(), false), a.span()));
        }
        List<String> pieces = new ArrayList<>();
        List<FormatTemplate.Slot> slots = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (FormatTemplate.Piece p : f.template().pieces()) {
            switch (p) {
                case FormatTemplate.Text t -> text.append(t.text());
                case FormatTemplate.Slot s -> {
                    pieces.add(text.toString());
                    text.setLength(0);
                    slots.add(s);
                }
            }
        }
        if (!text.isEmpty()) pieces.add(text.toString());
        DefId argumentsDef = fcx.tcx.lang.require("format_arguments");
        Thir.Expr piecesArr = strSlice(pieces, span);
        if (slots.isEmpty()) {
            // arguments that no placeholder uses are still evaluated (rustc rejects them as unused before this)
            return call(argumentsDef, "new_const", List.of(piecesArr), List.of(), span);
        }
        // the Argument values: one per (argument, trait) in order of first use, then the usize counts
        List<String> usedKeys = new ArrayList<>();
        List<Thir.Expr> arguments = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        DefId argumentDef = fcx.tcx.lang.require("format_argument");
        boolean simple = true;
        for (int i = 0; i < slots.size(); i++) {
            FormatTemplate.Slot s = slots.get(i);
            String key = s.argument() + ":" + s.spec().trait();
            int idx = usedKeys.indexOf(key);
            if (idx < 0) {
                idx = usedKeys.size();
                usedKeys.add(key);
                Thir.Expr ref = argRefs.get(s.argument());
                String ctor = ctorName(s.spec().trait());
                arguments.add(call(argumentDef, ctor, List.of(ref), List.of(f.args().get(s.argument()).span()), f.args().get(s.argument()).span()));
            }
            positions.add(idx);
            if (idx != i || !isDefault(s.spec())) simple = false;
        }
        List<Integer> countArgs = new ArrayList<>();
        for (FormatTemplate.Slot s : slots) {
            for (FormatTemplate.Count c : List.of(s.spec().width(), s.spec().precision())) {
                if (c.argument() < 0) continue;
                String key = c.argument() + ":usize";
                if (usedKeys.contains(key)) continue;
                usedKeys.add(key);
                Thir.Expr ref = argRefs.get(c.argument());
                fcx.demandEq(f.args().get(c.argument()).span(), new Ty.Ref(Ty.USIZE, false), ref.ty());
                arguments.add(call(argumentDef, "from_usize", List.of(ref), List.of(), span));
                countArgs.add(c.argument());
            }
        }
        if (slots.size() != usedKeys.size()) simple = false;
        Thir.Expr argsArr = slice(arguments, ((Thir.Expr) arguments.get(0)).ty(), span);
        if (simple) return call(argumentsDef, "new_v1", List.of(piecesArr, argsArr), List.of(), span);
        List<Thir.Expr> placeholders = new ArrayList<>();
        DefId placeholderDef = fcx.tcx.lang.require("format_placeholder");
        for (int i = 0; i < slots.size(); i++) {
            FormatTemplate.Spec spec = slots.get(i).spec();
            int flags = (spec.plus() ? 1 << SIGN_PLUS : 0) | (spec.minus() ? 1 << SIGN_MINUS : 0) | (spec.alternate() ? 1 << ALTERNATE : 0)
                | (spec.zero() ? 1 << ZERO_PAD : 0) | (spec.debugLowerHex() ? 1 << DEBUG_LOWER_HEX : 0)
                | (spec.debugUpperHex() ? 1 << DEBUG_UPPER_HEX : 0);
            List<Thir.Expr> ps = List.of(
                usize(positions.get(i), span),
                new Thir.Literal(new Thir.Const.Char(spec.fill()), Ty.CHAR, span),
                alignment(spec.align(), span),
                new Thir.Literal(new Thir.Const.Int(BigInteger.valueOf(flags)), Ty.U32, span),
                count(spec.precision(), usedKeys, span),
                count(spec.width(), usedKeys, span));
            placeholders.add(call(placeholderDef, "new", ps, List.of(), span));
        }
        Thir.Expr placeholderArr = slice(placeholders, placeholders.get(0).ty(), span);
        return call(argumentsDef, "new_v1_formatted", List.of(piecesArr, argsArr, placeholderArr), List.of(), span);
    }

    private static boolean isDefault(FormatTemplate.Spec s) {
        return s.fill() == ' ' && s.align() == FormatTemplate.Align.NONE && !s.plus() && !s.minus() && !s.alternate() && !s.zero()
            && !s.width().present() && !s.precision().present() && !s.debugLowerHex() && !s.debugUpperHex()
            && (s.trait() == FormatTemplate.Trait.DISPLAY || s.trait() == FormatTemplate.Trait.DEBUG);
    }

    private static String ctorName(FormatTemplate.Trait t) {
        return switch (t) {
            case DISPLAY -> "new_display";
            case DEBUG -> "new_debug";
            case LOWER_HEX -> "new_lower_hex";
            case UPPER_HEX -> "new_upper_hex";
            case OCTAL -> "new_octal";
            case BINARY -> "new_binary";
            case LOWER_EXP -> "new_lower_exp";
            case UPPER_EXP -> "new_upper_exp";
            case POINTER -> "new_pointer";
        };
    }

    private Thir.Expr usize(long v, Span span) { return new Thir.Literal(new Thir.Const.Int(BigInteger.valueOf(v)), Ty.USIZE, span); }

    private Thir.Expr alignment(FormatTemplate.Align a, Span span) {
        AdtDef adt = fcx.tcx.adtDef(fcx.tcx.lang.require("format_alignment"));
        String name = switch (a) {
            case LEFT -> "Left";
            case RIGHT -> "Right";
            case CENTER -> "Center";
            case NONE -> "Unknown";
        };
        int v = adt.variantIndex(name);
        return new Thir.Adt(adt, v, List.of(), List.of(), null, new Ty.Adt(adt, List.of()), span);
    }

    private Thir.Expr count(FormatTemplate.Count c, List<String> usedKeys, Span span) {
        AdtDef adt = fcx.tcx.adtDef(fcx.tcx.lang.require("format_count"));
        Ty ty = new Ty.Adt(adt, List.of());
        if (c.value() >= 0) {
            Ty field = fcx.tcx.fieldTy(adt.variants.get(adt.variantIndex("Is")).fields().get(0), List.of());
            return new Thir.Adt(adt, adt.variantIndex("Is"), List.of(), List.of(new Thir.FieldExpr(0,
                new Thir.Literal(new Thir.Const.Int(BigInteger.valueOf(c.value())), field, span))), null, ty, span);
        }
        if (c.argument() >= 0) {
            return new Thir.Adt(adt, adt.variantIndex("Param"), List.of(), List.of(new Thir.FieldExpr(0,
                usize(usedKeys.indexOf(c.argument() + ":usize"), span))), null, ty, span);
        }
        return new Thir.Adt(adt, adt.variantIndex("Implied"), List.of(), List.of(), null, ty, span);
    }

    /** `&["a", "b"]` as a `&[&'static str]`. */
    private Thir.Expr strSlice(List<String> pieces, Span span) {
        List<Thir.Expr> elems = new ArrayList<>();
        for (String p : pieces) elems.add(new Thir.Literal(new Thir.Const.Str(p), Ty.STATIC_STR, span));
        return slice(elems, Ty.STATIC_STR, span);
    }

    private Thir.Expr slice(List<Thir.Expr> elems, Ty elem, Span span) {
        Ty arr = new Ty.Array(elem, new Ty.ConstValue(elems.size()));
        Thir.Expr borrow = new Thir.Borrow(false, new Thir.Array(elems, arr, span), new Ty.Ref(arr, false), span);
        return new Thir.PointerCoercion(Thir.CoercionKind.UNSIZE, borrow, new Ty.Ref(new Ty.Slice(elem), false), span);
    }

    /**
     * A call of an associated function of a lang-item type's inherent impls, its generic arguments inferred from
     * the arguments; the where-clauses are obligations at the given argument spans (the call's span otherwise).
     */
    private Thir.Expr call(DefId typeDef, String name, List<Thir.Expr> args, List<Span> argSpans, Span span) {
        AssocItem item = null;
        DefId impl = null;
        for (DefId i : fcx.tcx.inherentImpls("adt" + typeDef.index())) {
            if (!(fcx.tcx.typeOf(i) instanceof Ty.Adt a) || !a.def().did.equals(typeDef)) continue;
            for (AssocItem ai : fcx.tcx.assocItems(i)) {
                if (ai.name().equals(name) && ai.kind() == AssocItem.Kind.FN) {
                    item = ai;
                    impl = i;
                }
            }
        }
        if (item == null) throw new IllegalStateException("std lacks " + fcx.tcx.name(typeDef) + "::" + name);
        List<Ty> all = fcx.scx.freshArgs(item.def());
        Span obligationSpan = argSpans.isEmpty() ? span : argSpans.get(0);
        fcx.exprs.calls.instantiatePredicates(item.def(), all, obligationSpan);
        FnSig sig = fcx.normalize(fcx.tcx.fnSig(item.def()).subst(all), span);
        for (int i = 0; i < args.size(); i++) fcx.demandEq(args.get(i).span(), sig.inputs().get(i), args.get(i).ty());
        return new Thir.Call(new Thir.FnItem(new Ty.FnDef(item.def(), all), span), args, false, sig.output(), span);
    }
}
