package rustmem.types.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.syntax.ast.Attribute;
import rustmem.syntax.ast.TokenTree;
import rustmem.traits.FulfillmentCtxt;
import rustmem.traits.Obligation;
import rustmem.types.Predicate;
import rustmem.types.TraitRef;
import rustmem.types.Ty;

/**
 * Reports obligations that do not hold as rustc does (its error_reporting): E0277 with the trait's
 * {@code #[rustc_on_unimplemented]} message and label when std gives one ("`Foo` doesn't implement
 * `std::fmt::Display`"), E0271 for an associated type of the wrong type, E0282/E0283 for what stays ambiguous.
 */
final class TraitErrors {
    private final FnCtxt fcx;
    private final Set<Span> reported = new HashSet<>();

    TraitErrors(FnCtxt fcx) { this.fcx = fcx; }

    void report(FulfillmentCtxt.Error e) {
        Obligation root = e.obligation().root();
        Span span = root.span();
        if (!reported.add(span)) return;
        Predicate p = fcx.infcx.resolve(e.obligation().predicate());
        if (p.fold(t -> t).equals(p) && hasError(p)) return;
        switch (e.kind()) {
            case UNIMPLEMENTED -> {
                if (!(p instanceof Predicate.Trait t)) return;
                unimplemented(t.ref(), span);
            }
            case PROJECTION_MISMATCH -> {
                if (!(p instanceof Predicate.Projection pr)) return;
                fcx.emit(Diagnostic.error("type mismatch resolving `" + fcx.tcx.display(pr.alias()) + " == " + fcx.display(pr.ty()) + "`")
                    .code("E0271").span(span, "expected `" + fcx.display(e.expected()) + "`, found `" + fcx.display(e.found()) + "`"));
            }
            case AMBIGUOUS -> {
                if (fcx.hasErrors()) return;
                fcx.error(span, "E0282", "type annotations needed", "cannot infer type");
            }
        }
    }

    private static boolean hasError(Predicate p) {
        return switch (p) {
            case Predicate.Trait t -> t.ref().args().stream().anyMatch(Ty::hasErrors);
            case Predicate.Projection pr -> pr.alias().hasErrors() || pr.ty().hasErrors();
            case Predicate.OutlivesStatic o -> o.ty().hasErrors();
        };
    }

    void unimplemented(TraitRef ref, Span span) {
        String self = fcx.display(ref.self());
        String traitPath = fcx.tcx.defs.pathString(ref.trait()).replaceFirst("^crate::", "");
        String message = null, label = null;
        for (Attribute a : fcx.tcx.attrs(ref.trait())) {
            if (!a.is("rustc_on_unimplemented")) continue;
            message = argValue(a, "message");
            label = argValue(a, "label");
        }
        String traitShown = fcx.tcx.display(ref).replaceFirst("^<.* as ", "").replaceFirst(">$", "");
        if (message == null) message = "the trait bound `" + self + ": " + traitShown + "` is not satisfied";
        else message = fill(message, ref, self);
        if (label == null) label = "the trait `" + traitShown + "` is not implemented for `" + self + "`";
        else label = fill(label, ref, self);
        fcx.emit(Diagnostic.error(message).code("E0277").span(span, label));
    }

    private String fill(String template, TraitRef ref, String self) {
        String out = template.replace("{Self}", self);
        List<rustmem.types.Generics.ParamDef> params = fcx.tcx.generics(ref.trait()).own();
        for (int i = 1; i < params.size() && i < ref.args().size(); i++) {
            out = out.replace("{" + params.get(i).name() + "}", fcx.display(ref.args().get(i)));
        }
        return out;
    }

    /** The string value of `name = "…"` inside an attribute's parentheses. */
    private static String argValue(Attribute a, String name) {
        List<TokenTree> ts = a.tokens();
        for (int i = 0; i + 2 < ts.size(); i++) {
            if (ts.get(i) instanceof TokenTree.Leaf k && k.token().text().equals(name) && ts.get(i + 2) instanceof TokenTree.Leaf v
                && v.token().lit() != null) {
                return v.token().lit().cooked();
            }
        }
        return null;
    }
}
