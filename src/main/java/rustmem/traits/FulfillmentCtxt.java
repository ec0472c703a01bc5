package rustmem.traits;

import java.util.ArrayList;
import java.util.List;
import rustmem.types.Predicate;
import rustmem.types.Ty;

/**
 * The obligations a body has yet to prove (rustc's {@code FulfillmentContext}): each is selected as soon as
 * enough is known; ambiguous ones wait for inference to go further; the ones that cannot hold are errors.
 */
public final class FulfillmentCtxt implements rustmem.types.InferCtxt.SnapshotParticipant {
    private List<Obligation> pending = new ArrayList<>();

    private record Saved(List<Obligation> list, int size) {}

    /** Registration appends and selection replaces the list, so a snapshot is the list and its length. */
    @Override
    public Object save() { return new Saved(pending, pending.size()); }

    @Override
    public void restore(Object saved) {
        Saved s = (Saved) saved;
        pending = s.list();
        while (pending.size() > s.size()) pending.remove(pending.size() - 1);
    }

    /** An obligation that does not hold: the predicate as far as resolved, and why. */
    public record Error(Obligation obligation, Kind kind, Ty expected, Ty found) {
        public enum Kind { UNIMPLEMENTED, PROJECTION_MISMATCH, AMBIGUOUS }
    }

    public void register(Obligation o) { pending.add(o); }

    public void registerAll(List<Obligation> os) { pending.addAll(os); }

    public List<Obligation> pending() { return pending; }

    public boolean isEmpty() { return pending.isEmpty(); }

    /** Proves what can be proven now; returns the obligations found not to hold. */
    public List<Error> selectWherePossible(SelectionContext scx) {
        List<Error> errors = new ArrayList<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            List<Obligation> still = new ArrayList<>();
            List<Obligation> work = pending;
            pending = still;
            for (Obligation o : work) {
                Outcome out = process(scx, o, errors);
                if (out == Outcome.PENDING) still.add(o);
                else progress = true;
            }
        }
        return errors;
    }

    /** At the end of a body: what is still ambiguous becomes an error (rustc's E0282/E0283). */
    public List<Error> selectAllOrError(SelectionContext scx) {
        List<Error> errors = selectWherePossible(scx);
        for (Obligation o : pending) errors.add(new Error(o, Error.Kind.AMBIGUOUS, null, null));
        pending = new ArrayList<>();
        return errors;
    }

    private enum Outcome { DONE, PENDING }

    private Outcome process(SelectionContext scx, Obligation o, List<Error> errors) {
        switch (o.predicate()) {
            case Predicate.Trait t -> {
                // an auto trait of a known type is evaluated whole: its cycles (a struct holding Arc<Self>) hold
                // coinductively, where expanding nested obligations would never end
                if (scx.tcx.isAutoTrait(t.ref().trait()) && !scx.infcx.resolve(t.ref()).args().stream().anyMatch(Ty::hasInfer)
                    && scx.evaluate(o.predicate(), o.span()) == SelectionContext.Eval.YES) {
                    return Outcome.DONE;
                }
                SelectionContext.Result r = scx.select(o);
                switch (r) {
                    case SelectionContext.Result.Ok ok -> {
                        pending.addAll(ok.selection().nested());
                        return Outcome.DONE;
                    }
                    case SelectionContext.Result.Ambiguous a -> { return Outcome.PENDING; }
                    case SelectionContext.Result.Unimplemented u -> {
                        errors.add(new Error(o, Error.Kind.UNIMPLEMENTED, null, null));
                        return Outcome.DONE;
                    }
                }
            }
            case Predicate.Projection p -> {
                List<Obligation> nested = new ArrayList<>();
                SelectionContext.Projected pr = scx.project(p.alias(), o.span(), nested, o);
                switch (pr) {
                    case SelectionContext.Projected.Ok ok -> {
                        Ty actual = scx.normalize(ok.ty(), o.span(), nested, o);
                        if (!scx.infcx.unify(actual, p.ty())) {
                            errors.add(new Error(o, Error.Kind.PROJECTION_MISMATCH, scx.infcx.resolve(p.ty()), scx.infcx.resolve(actual)));
                        }
                        pending.addAll(nested);
                        return Outcome.DONE;
                    }
                    case SelectionContext.Projected.Rigid rg -> {
                        if (!scx.infcx.unify(p.alias(), p.ty())) {
                            errors.add(new Error(o, Error.Kind.PROJECTION_MISMATCH, scx.infcx.resolve(p.ty()), p.alias()));
                        }
                        return Outcome.DONE;
                    }
                    case SelectionContext.Projected.Ambiguous a -> { return Outcome.PENDING; }
                    case SelectionContext.Projected.Error e -> {
                        DefOrTrait: {
                            // the trait itself does not hold: reported as such
                            rustmem.resolve.DefId trait = scx.tcx.traitOfItem(p.alias().def());
                            int n = scx.tcx.generics(trait).count();
                            Predicate tp = new Predicate.Trait(new rustmem.types.TraitRef(trait, p.alias().args().subList(0, n)));
                            errors.add(new Error(o.nested(tp), Error.Kind.UNIMPLEMENTED, null, null));
                        }
                        return Outcome.DONE;
                    }
                }
            }
            case Predicate.OutlivesStatic os -> { return Outcome.DONE; }
        }
    }
}
