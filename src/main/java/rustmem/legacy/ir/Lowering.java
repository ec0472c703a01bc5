package rustmem.legacy.ir;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr.BinOp;
import rustmem.syntax.ast.Expr.UnOp;
import rustmem.legacy.types.Ty;
import rustmem.legacy.types.thir.Thir;

/**
 * Builds MIR from the typed tree (rustc's MIR building): expressions are evaluated into
 * destination places, control flow becomes blocks and terminators, and debug-build checks
 * (overflow, division by zero, bounds) become assertions.
 */
public final class Lowering {
    private final Thir.Body thir;
    private final List<Mir.LocalDecl> locals = new ArrayList<>();
    private final List<Mir.BasicBlock> blocks = new ArrayList<>();
    /** THIR local index to MIR local index. */
    private final int[] localMap;
    private final Deque<LoopScope> loops = new ArrayDeque<>();
    private int cur;
    private final rustmem.legacy.types.DropGlue drops;

    private record LoopScope(int label, int breakBlock, int continueBlock, Mir.Place dest, int dropDepth) {}

    /** A construct whose drops rustmem does not elaborate yet (partial moves and the like). */
    public static final class Unsupported extends RuntimeException {
        public final Span span;

        public Unsupported(Span span, String message) {
            super(message, null, false, false);
            this.span = span;
        }
    }

    private final Monomorphizer mono;

    /**
     * In a closure's body: where the variables it captured are (its environment's fields, or what they
     * point to), by the enclosing body's local index.
     */
    private final java.util.Map<Integer, Mir.Place> upvars = new java.util.HashMap<>();

    private Lowering(Thir.Body thir, rustmem.legacy.types.DropGlue drops, Monomorphizer mono) {
        this.thir = thir;
        this.localMap = new int[thir.locals().size()];
        java.util.Arrays.fill(localMap, -1);
        this.drops = drops;
        this.mono = mono;
    }

    /**
     * Lowers every non-generic body (keeping THIR's body indices) and, on demand, an instance of each
     * generic body for each list of type arguments it is called with (appended after them).
     */
    public static Mir.Program lower(Thir.Program program) {
        Monomorphizer mono = new Monomorphizer(program);
        return mono.run();
    }

    /** Generic bodies are instantiated here: substituted, lowered once per distinct list of type arguments. */
    private static final class Monomorphizer {
        private final Thir.Program program;
        private final rustmem.legacy.types.DropGlue drops;
        private final List<Mir.Body> bodies = new ArrayList<>();
        private final java.util.Map<Instance, Integer> instances = new java.util.HashMap<>();
        private final Deque<Instance> pending = new ArrayDeque<>();

        private record Instance(int fn, List<Ty> typeArgs) {}

        /** A closure of a body instance: its MIR body is lowered when the enclosing body reaches its expression. */
        private record ClosureInstance(rustmem.legacy.types.ClosureDef def, List<Ty> parentArgs) {}

        private final java.util.Map<ClosureInstance, Integer> closures = new java.util.HashMap<>();
        private final java.util.Set<ClosureInstance> closuresLowered = new java.util.HashSet<>();

        Monomorphizer(Thir.Program program) {
            this.program = program;
            this.drops = new rustmem.legacy.types.DropGlue(program.dropImpls()::containsKey, null);
        }

        Mir.Program run() {
            // instances are appended after the program's own bodies, whose indices calls already use
            for (int i = 0; i < program.bodies().size(); i++) bodies.add(null);
            for (int i = 0; i < program.bodies().size(); i++) {
                Thir.Body b = program.bodies().get(i);
                bodies.set(i, b.typeParams() > 0 ? stub(b) : lowerOrDefer(b));
            }
            while (!pending.isEmpty()) {
                Instance i = pending.pop();
                Thir.Body generic = program.bodies().get(i.fn());
                Thir.Body concrete = rustmem.legacy.types.ThirResolver.instantiate(generic, i.typeArgs());
                bodies.set(instances.get(i), lowerOrDefer(concrete));
            }
            // closures of bodies that could not be lowered
            Span mainSpan = program.bodies().get(program.mainIndex()).span();
            for (int i = 0; i < bodies.size(); i++) {
                if (bodies.get(i) == null) bodies.set(i, unsupported("closure", "a closure of a function rustmem could not lower", mainSpan));
            }
            java.util.Map<Ty.Closure, Integer> closureBodies = new java.util.HashMap<>();
            closures.forEach((k, index) -> closureBodies.put(new Ty.Closure(k.def(), k.parentArgs()), index));
            java.util.Map<Ty, Mir.ProgramIterator> iterators = new java.util.HashMap<>();
            program.iteratorItems().forEach((ty, item) ->
                iterators.put(ty, new Mir.ProgramIterator(program.traitMethods().get(ty).get("Iterator::next"), item)));
            return new Mir.Program(List.copyOf(bodies), program.mainIndex(), program.displayImpls(), program.debugImpls(),
                program.dropImpls(), program.statics(), closureBodies, iterators);
        }

        /** The MIR index of fn instantiated with typeArgs (queued for lowering the first time). */
        int instance(int fn, List<Ty> typeArgs) {
            Instance key = new Instance(fn, typeArgs);
            Integer index = instances.get(key);
            if (index == null) {
                index = bodies.size();
                bodies.add(null);
                instances.put(key, index);
                pending.push(key);
            }
            return index;
        }

        /** The MIR index of a closure's body (reserved here when a call is lowered before the closure expression). */
        int closureBody(Ty.Closure ty) {
            return closures.computeIfAbsent(new ClosureInstance(ty.def(), ty.parentArgs()), k -> {
                bodies.add(null);
                return bodies.size() - 1;
            });
        }

        /** Lowers the body of the closure expression c of the (instantiated) body parent, once. */
        void lowerClosure(Thir.Closure c, Ty.Closure ty, Thir.Body parent) {
            int index = closureBody(ty);
            if (closuresLowered.add(new ClosureInstance(ty.def(), ty.parentArgs()))) {
                bodies.set(index, new Lowering(parent, drops, this).buildClosure(c, ty));
            }
        }

        /** The body of the impl of trait for a concrete self type that defines method. */
        int traitMethod(String trait, String method, Ty self, Span span) {
            var impls = program.traitMethods().get(self);
            Integer fn = impls == null ? null : impls.get(trait + "::" + method);
            if (fn == null) throw new Unsupported(span, "`" + trait + "::" + method + "` for `" + self.display() + "`");
            return fn;
        }

        /**
         * The methods a vtable of self for trait holds, by name: the trait's and those of every other trait
         * self implements (its supertraits among them; a name the trait itself has wins).
         */
        Map<String, Integer> vtable(Ty self, String trait) {
            // a closure as `dyn Fn…`: its body is the one method
            if (self instanceof Ty.Closure ct) return Map.of("call", closureBody(ct));
            Map<String, Integer> methods = new java.util.TreeMap<>();
            var impls = program.traitMethods().getOrDefault(self, Map.of());
            impls.forEach((key, fn) -> methods.putIfAbsent(key.substring(key.lastIndexOf("::") + 2), fn));
            impls.forEach((key, fn) -> {
                if (key.startsWith(trait + "::")) methods.put(key.substring(trait.length() + 2), fn);
            });
            return methods;
        }

        /** A generic body is never run itself, only its instances. */
        /**
         * A body's MIR; a body using something rustmem cannot lower yet becomes one that says so when it is
         * called, so that a program runs as far as it does without it (as the real binary never reaches it).
         */
        private Mir.Body lowerOrDefer(Thir.Body b) {
            try {
                return new Lowering(b, drops, this).build();
            } catch (Unsupported u) {
                // the return place and the parameters, where callers put the arguments
                List<Mir.LocalDecl> locals = new ArrayList<>(List.of(new Mir.LocalDecl("return", b.returnTy(), b.span())));
                for (int i = 0; i < b.paramCount(); i++) locals.add(new Mir.LocalDecl(b.locals().get(i).name(), b.locals().get(i).ty(), b.span()));
                return unsupported(b.name(), u.getMessage(), u.span, locals);
            }
        }

        private static Mir.Body unsupported(String name, String message, Span span) {
            return unsupported(name, message, span, List.of(new Mir.LocalDecl("return", Ty.UNIT, span)));
        }

        private static Mir.Body unsupported(String name, String message, Span span, List<Mir.LocalDecl> locals) {
            Mir.BasicBlock entry = new Mir.BasicBlock();
            entry.terminator = new Mir.Unsupported(message, span);
            return new Mir.Body(name, locals, locals.size() - 1, List.of(entry), span, List.of());
        }

        private static Mir.Body stub(Thir.Body b) {
            Mir.BasicBlock entry = new Mir.BasicBlock();
            entry.terminator = new Mir.Unreachable();
            return new Mir.Body(b.name() + " (generic)", List.of(new Mir.LocalDecl("return", Ty.UNIT, b.span())), 0,
                List.of(entry), b.span(), List.of());
        }
    }

    /** What a reference, raw pointer or Box points to. */
    private static Ty thinPointee(Ty t) {
        return switch (t) {
            case Ty.Ref r -> r.pointee();
            case Ty.RawPtr r -> r.pointee();
            case Ty.Adt a -> a.args().get(0);
            default -> throw new IllegalStateException("not a pointer: " + t.display());
        };
    }

    private Mir.Body build() {
        newLocal("return", thir.returnTy(), thir.span());
        for (int i = 0; i < thir.locals().size(); i++) {
            Thir.LocalDecl d = thir.locals().get(i);
            localMap[i] = newLocal(d.name(), d.ty(), d.span());
        }
        cur = newBlock();
        // parameters are owned by the callee: dropped when it returns, after its body's locals
        scopes.push(new ArrayList<>());
        for (int i = 1; i <= thir.paramCount(); i++) {
            if (drops.needsDrop(locals.get(i).ty())) declareDroppable(i, thir.span());
        }
        into(Mir.Place.local(0), thir.value());
        emitScopeDrops(scopes.pop(), thir.span());
        terminate(new Mir.Return());
        return new Mir.Body(thir.name(), List.copyOf(locals), thir.paramCount(), List.copyOf(blocks), thir.span(),
            List.copyOf(dropSlots));
    }

    /**
     * A closure's body: local 1 is its environment — a reference to the closure (Fn, FnMut), or the
     * closure itself for FnOnce, whose captured values are moved into locals of their own on entry so
     * that the body can move them on — then its parameters, then the locals it declares.
     */
    private Mir.Body buildClosure(Thir.Closure c, Ty.Closure ty) {
        rustmem.legacy.types.ClosureDef def = ty.def();
        boolean once = def.kind() == rustmem.legacy.types.ClosureDef.Kind.FN_ONCE;
        newLocal("return", ty.ret(), c.span());
        int env = newLocal("env", once ? ty : new Ty.Ref(ty, def.kind() == rustmem.legacy.types.ClosureDef.Kind.FN_MUT), c.span());
        for (int p : c.paramLocals()) localMap[p] = newLocal(thir.locals().get(p).name(), thir.locals().get(p).ty(), c.span());
        java.util.Set<Integer> own = new java.util.TreeSet<>();
        rustmem.syntax.ast.AstWalk.walk(c.body(), n -> {
            switch (n) {
                case Thir.Local l -> own.add(l.index());
                case Thir.Pattern.Binding b -> own.add(b.local());
                case Thir.Closure inner -> {
                    // a nested closure's own locals are its body's; what it captures from here is ours
                    for (var cap : inner.def().captures()) own.add(cap.local());
                    return false;
                }
                default -> { }
            }
            return true;
        });
        for (int l : own) {
            if (l >= c.firstLocal() && localMap[l] < 0) {
                Thir.LocalDecl d = thir.locals().get(l);
                localMap[l] = newLocal(d.name(), d.ty(), d.span());
            }
        }
        cur = newBlock();
        scopes.push(new ArrayList<>());
        for (int i = 0; i < c.paramLocals().size(); i++) {
            int local = env + 1 + i;
            if (drops.needsDrop(locals.get(local).ty())) declareDroppable(local, c.span());
        }
        List<Ty> fieldTys = ty.fieldTys();
        for (int k = 0; k < def.captures().size(); k++) {
            var cap = def.captures().get(k);
            boolean byValue = cap.mode() == rustmem.legacy.types.ClosureDef.CaptureMode.BY_VALUE;
            if (once) {
                Mir.Place field = Mir.Place.local(env).field(k);
                int l = newLocal(thir.locals().get(cap.local()).name(), fieldTys.get(k), c.span());
                assign(Mir.Place.local(l), new Mir.Use(new Mir.Copy(field)), c.span());
                if (byValue) {
                    localMap[cap.local()] = l;
                    if (drops.needsDrop(fieldTys.get(k))) declareDroppable(l, c.span());
                } else {
                    upvars.put(cap.local(), Mir.Place.local(l).deref());
                }
            } else {
                Mir.Place field = Mir.Place.local(env).deref().field(k);
                upvars.put(cap.local(), byValue ? field : field.deref());
            }
        }
        statement(() -> into(Mir.Place.local(0), c.body()), c.body().span());   // its temporaries dropped at its end
        emitScopeDrops(scopes.pop(), c.span());
        terminate(new Mir.Return());
        return new Mir.Body(def.name, List.copyOf(locals), 1 + c.paramLocals().size(), List.copyOf(blocks), c.span(),
            List.copyOf(dropSlots));
    }

    /** Where a local of the THIR body is: its MIR local, or in a closure, what it captured. */
    private Mir.Place localPlace(int thirLocal) {
        Mir.Place up = upvars.get(thirLocal);
        return up != null ? up : Mir.Place.local(localMap[thirLocal]);
    }

    // ------------------------------------------------------------------ drop elaboration

    /** Locals with drop glue declared in each open scope, innermost first; each has a drop flag. */
    private final Deque<List<Integer>> scopes = new ArrayDeque<>();
    /** Temporaries with drop glue of the statement being lowered: dropped at its end. */
    private List<Integer> statementTemps = new ArrayList<>();
    private final java.util.Map<Integer, Integer> flags = new java.util.HashMap<>();
    private final List<int[]> dropSlots = new ArrayList<>();

    /** Gives a local with drop glue a flag (false on entry), sets it, and makes the innermost scope drop it. */
    private void declareDroppable(int local, Span span) {
        flagSet(local, true, span);
        scopes.peek().add(local);
    }

    /** Sets a droppable local's flag, creating it (initialised to false at function entry) on first use. */
    private void flagSet(int local, boolean value, Span span) {
        Integer flag = flags.get(local);
        if (flag == null) {
            flag = newLocal(null, Ty.BOOL, span);
            flags.put(local, flag);
            dropSlots.add(new int[] {local, flag});
            blocks.get(0).statements.add(0, new Mir.Assign(Mir.Place.local(flag), new Mir.Use(constBool(false)), span));
        }
        assign(Mir.Place.local(flag), new Mir.Use(constBool(value)), span);
    }

    private void emitScopeDrops(List<Integer> scope, Span span) {
        for (int i = scope.size() - 1; i >= 0; i--) {
            int local = scope.get(i);
            push(new Mir.Drop(Mir.Place.local(local), flags.get(local), span));
        }
    }

    /** Drops what leaving the scopes above depth (and the current statement) ends, without closing them. */
    private void emitExitDrops(int depth, Span span) {
        emitScopeDrops(statementTemps, span);
        int n = scopes.size();
        var it = scopes.iterator();
        for (int i = n; i > depth && it.hasNext(); i--) emitScopeDrops(it.next(), span);
    }

    /** A value read out of e by value: if it has drop glue, e no longer owns it. */
    private void moved(Thir.Expr e) {
        if (!drops.needsDrop(e.ty())) return;
        switch (e) {
            case Thir.Local l when upvars.containsKey(l.index()) ->
                throw new Unsupported(e.span(), "moving a captured variable out of a closure that is not FnOnce");
            case Thir.Local l -> {
                int local = localMap[l.index()];
                if (flags.containsKey(local)) flagSet(local, false, e.span());
            }
            case Thir.Field f -> throw new Unsupported(e.span(), "moving a value with drop glue out of a field");
            case Thir.Index i -> throw new Unsupported(e.span(), "moving a value with drop glue out of an array");
            case Thir.Deref d -> throw new Unsupported(e.span(), "moving a value with drop glue out of a reference");
            default -> { }
        }
    }

    /** Lowers one statement; the temporaries with drop glue it creates are dropped at its end. */
    private void statement(Runnable lower, Span span) {
        List<Integer> saved = statementTemps;
        statementTemps = new ArrayList<>();
        lower.run();
        emitScopeDrops(statementTemps, span);
        statementTemps = saved;
    }

    private static boolean isPlace(Thir.Expr e) {
        return e instanceof Thir.Local || e instanceof Thir.Field || e instanceof Thir.Index || e instanceof Thir.Deref
            || e instanceof Thir.StaticRef;
    }

    // ------------------------------------------------------------------ building blocks

    private int newLocal(String name, Ty ty, Span span) {
        // the interpreter's scalars are 64-bit: a 128-bit integer value is refused where it is made
        if (ty instanceof Ty.Int i && (i.kind() == Ty.IntTy.I128 || i.kind() == Ty.IntTy.U128)) {
            throw new Unsupported(span, "128-bit integers (`" + i.kind().name + "`) at run time");
        }
        locals.add(new Mir.LocalDecl(name, ty, span));
        return locals.size() - 1;
    }

    private int temp(Ty ty, Span span) { return newLocal(null, ty, span); }

    private int newBlock() {
        blocks.add(new Mir.BasicBlock());
        return blocks.size() - 1;
    }

    private void push(Mir.Statement s) { blocks.get(cur).statements.add(s); }

    private void assign(Mir.Place p, Mir.Rvalue rv, Span span) { push(new Mir.Assign(p, rv, span)); }

    /** Ends the current block; code after a diverging terminator goes to a fresh, unreachable block. */
    private void terminate(Mir.Terminator t) {
        blocks.get(cur).terminator = t;
        cur = newBlock();
    }

    private void gotoBlock(int target) {
        blocks.get(cur).terminator = new Mir.Goto(target);
        cur = target;
    }

    private static Mir.Operand constInt(long v, Ty ty) { return new Mir.Constant(new Thir.Const.Int(BigInteger.valueOf(v)), ty); }

    private static Mir.Operand constBool(boolean b) { return new Mir.Constant(new Thir.Const.Bool(b), Ty.BOOL); }

    private static Mir.Operand unit() { return new Mir.Constant(new Thir.Const.Unit(), Ty.UNIT); }

    /** Branches on a bool operand. */
    private void branch(Mir.Operand cond, int ifTrue, int ifFalse) {
        blocks.get(cur).terminator = new Mir.SwitchInt(cond, new long[] {0}, new int[] {ifFalse}, ifTrue);
    }

    // ------------------------------------------------------------------ expressions

    private Mir.Operand operand(Thir.Expr e) {
        return switch (e) {
            case Thir.Literal l when l.ty() instanceof Ty.Int i && (i.kind() == Ty.IntTy.I128 || i.kind() == Ty.IntTy.U128) ->
                throw new Unsupported(l.span(), "128-bit integers (`" + i.kind().name + "`) at run time");
            case Thir.Literal l -> new Mir.Constant(l.value(), l.ty());
            case Thir.StaticRef st -> new Mir.Copy(place(st));
            case Thir.Local l -> {
                moved(l);
                yield new Mir.Copy(localPlace(l.index()));
            }
            case Thir.Field f -> {
                moved(f);
                yield new Mir.Copy(place(f));
            }
            case Thir.Index i -> {
                moved(i);
                yield new Mir.Copy(place(i));
            }
            case Thir.Deref d -> {
                moved(d);
                yield new Mir.Copy(place(d));
            }
            default -> {
                int t = temp(e.ty(), e.span());
                into(Mir.Place.local(t), e);
                yield new Mir.Copy(Mir.Place.local(t));
            }
        };
    }

    private Mir.Place place(Thir.Expr e) {
        return switch (e) {
            case Thir.Local l -> localPlace(l.index());
            case Thir.StaticRef s -> Mir.Place.staticItem(s.index());
            case Thir.Field f -> place(f.base()).field(f.index());
            case Thir.Deref d -> place(d.pointer()).deref();
            case Thir.Index i when i.base().ty() instanceof Ty.Slice && i.base() instanceof Thir.Deref d -> {
                // s[i] on a slice: built-in indexing, checked against the length in the fat pointer
                Mir.Place ptr = Mir.Place.local(temp(new Ty.RawPtr(i.ty(), true), i.span()));
                call(rustmem.legacy.types.thir.Intrinsic.SLICE_INDEX, List.of(operand(d.pointer()), operand(i.index())),
                    List.of(d.pointer().ty(), Ty.USIZE), ptr, i.span());
                yield ptr.deref();
            }
            case Thir.Index i when !(i.base().ty() instanceof Ty.Array) -> {
                // v[i] on a Vec: a pointer to the element from the bounds-checked shim, then through it
                Mir.Place ptr = Mir.Place.local(temp(new Ty.RawPtr(i.ty(), true), i.span()));
                Mir.Operand vecRef = borrowed(place(i.base()), i.base().ty(), i.span());
                Mir.Operand idx = operand(i.index());
                // rustc's track_caller location for an overloaded index is the `[index]` part
                call(rustmem.legacy.types.thir.Intrinsic.VEC_INDEX, List.of(vecRef, idx),
                    List.of(new Ty.Ref(i.base().ty(), false), Ty.USIZE), ptr, new Span(i.base().span().hi(), i.span().hi()));
                yield ptr.deref();
            }
            case Thir.Index i -> {
                Mir.Place base = place(i.base());
                long len = ((Ty.Array) i.base().ty()).length();
                int idx = temp(Ty.USIZE, i.index().span());
                into(Mir.Place.local(idx), i.index());
                int lt = temp(Ty.BOOL, i.span());
                assign(Mir.Place.local(lt), new Mir.BinaryOp(BinOp.LT, new Mir.Copy(Mir.Place.local(idx)),
                    constInt(len, Ty.USIZE)), i.span());
                int next = newBlock();
                blocks.get(cur).terminator = new Mir.Assert(new Mir.Copy(Mir.Place.local(lt)), true,
                    new Mir.AssertKind.BoundsCheck(constInt(len, Ty.USIZE), new Mir.Copy(Mir.Place.local(idx))), next, i.span());
                cur = next;
                yield base.index(idx);
            }
            default -> {
                int t = temp(e.ty(), e.span());
                into(Mir.Place.local(t), e);
                // a temporary borrowed or matched on lives to the end of its statement
                if (drops.needsDrop(e.ty())) {
                    flagSet(t, true, e.span());
                    statementTemps.add(t);
                }
                yield Mir.Place.local(t);
            }
        };
    }

    /** Evaluates e and stores its value in dest. */
    private void into(Mir.Place dest, Thir.Expr e) {
        Span span = e.span();
        switch (e) {
            case Thir.Literal l -> assign(dest, new Mir.Use(operand(l)), span);
            case Thir.StaticRef st -> assign(dest, new Mir.Use(operand(st)), span);
            case Thir.Local l -> assign(dest, new Mir.Use(operand(l)), span);   // operand() records the move
            case Thir.Field f -> assign(dest, new Mir.Use(operand(f)), span);
            case Thir.Index i -> assign(dest, new Mir.Use(operand(i)), span);
            case Thir.Deref d -> assign(dest, new Mir.Use(operand(d)), span);
            // `&*p` of a slice, str or trait object: a reborrow keeps p's metadata, so it is p's two words
            case Thir.AddrOf a when a.place() instanceof Thir.Deref d && d.pointer().ty() instanceof Ty.Ref
                && (a.place().ty() instanceof Ty.Slice || a.place().ty() instanceof Ty.Str || a.place().ty() instanceof Ty.Dynamic) ->
                assign(dest, new Mir.Use(operand(d.pointer())), span);
            case Thir.AddrOf a -> assign(dest, new Mir.Ref(place(a.place()), a.mutable()), span);
            case Thir.Unary u -> unary(dest, u);
            case Thir.Binary b -> binary(dest, b.op(), operand(b.lhs()), operand(b.rhs()), b.lhs().ty(), span);
            case Thir.Logical l -> logical(dest, l);
            case Thir.Cast c when c.operand().ty() instanceof Ty.Adt -> {
                // a fieldless enum casts through its discriminant
                int d = temp(discriminantTy(((Ty.Adt) c.operand().ty()).def()), span);
                assign(Mir.Place.local(d), new Mir.Discriminant(place(c.operand())), span);
                assign(dest, new Mir.Cast(new Mir.Copy(Mir.Place.local(d)), c.ty()), span);
            }
            case Thir.Cast c -> assign(dest, new Mir.Cast(operand(c.operand()), c.ty()), span);
            case Thir.Assign a -> {
                Mir.Operand v = operand(a.value());
                Mir.Place p = place(a.place());
                if (drops.needsDrop(a.place().ty())) {
                    // the old value is dropped first (if the place holds one), then replaced
                    boolean upvar = a.place() instanceof Thir.Local l && upvars.containsKey(l.index());
                    Integer flag = a.place() instanceof Thir.Local l && !upvar ? flags.get(localMap[l.index()]) : null;
                    if (a.place() instanceof Thir.Local && !upvar && flag == null) throw new Unsupported(span, "assigning this local");
                    push(new Mir.Drop(p, flag == null ? -1 : flag, span));
                    assign(p, new Mir.Use(v), span);
                    if (flag != null) flagSet(p.local(), true, span);
                } else {
                    assign(p, new Mir.Use(v), span);
                }
                assign(dest, new Mir.Use(unit()), span);
            }
            case Thir.AssignOp a -> {
                Mir.Operand v = operand(a.value());
                Mir.Place p = place(a.place());
                binary(p, a.op(), new Mir.Copy(p), v, a.place().ty(), span);
                assign(dest, new Mir.Use(unit()), span);
            }
            case Thir.Call c -> {
                List<Mir.Operand> args = operands(c.args());
                int fn = c.typeArgs().isEmpty() ? c.fn() : mono.instance(c.fn(), c.typeArgs());
                continueAfter(next -> new Mir.Call(fn, args, dest, next, span));
            }
            case Thir.Closure c -> {
                Ty.Closure ct = (Ty.Closure) c.ty();
                mono.lowerClosure(c, ct, thir);
                List<Mir.Operand> ops = new ArrayList<>();
                for (var cap : ct.def().captures()) {
                    Thir.Expr local = new Thir.Local(cap.local(), thir.locals().get(cap.local()).ty(), span);
                    ops.add(switch (cap.mode()) {
                        case BY_VALUE -> operand(local);
                        case BY_REF -> borrowed(place(local), local.ty(), false, span);
                        case BY_MUT_REF -> borrowed(place(local), local.ty(), true, span);
                    });
                }
                assign(dest, new Mir.Aggregate(ops), span);
            }
            case Thir.ClosureCall c when c.callee().ty() instanceof Ty.FnDef fd -> {
                List<Mir.Operand> args = operands(c.args());
                continueAfter(next -> new Mir.Call(fd.fn(), args, dest, next, span));
            }
            case Thir.ClosureCall c when c.callee().ty() instanceof Ty.FnPtr -> {
                Mir.Operand fn = operand(c.callee());
                List<Mir.Operand> args = operands(c.args());
                continueAfter(next -> new Mir.CallIndirect(fn, args, dest, next, span));
            }
            case Thir.ClosureCall c -> {
                if (!(c.callee().ty() instanceof Ty.Closure ct)) {
                    throw new Unsupported(span, "calling a value of type `" + c.callee().ty().display() + "`");
                }
                List<Mir.Operand> args = new ArrayList<>();
                // Fn and FnMut closures are called through a reference; an FnOnce closure is moved into the call
                rustmem.legacy.types.ClosureDef.Kind kind = ct.def().kind();
                args.add(kind == rustmem.legacy.types.ClosureDef.Kind.FN_ONCE ? operand(c.callee())
                    : borrowed(place(c.callee()), ct, kind == rustmem.legacy.types.ClosureDef.Kind.FN_MUT, span));
                args.addAll(operands(c.args()));
                continueAfter(next -> new Mir.Call(mono.closureBody(ct), args, dest, next, span));
            }
            case Thir.TraitCall c -> {
                List<Mir.Operand> args = operands(c.args());
                int fn = mono.traitMethod(c.trait(), c.method(), c.selfTy(), span);
                continueAfter(next -> new Mir.Call(fn, args, dest, next, span));
            }
            case Thir.DynCall c -> {
                Mir.Operand receiver = operand(c.receiver());
                List<Mir.Operand> args = operands(c.args());
                continueAfter(next -> new Mir.CallVirtual(receiver, c.method(), args, dest, next, span));
            }
            case Thir.Unsize u -> {
                Mir.Operand data = operand(u.expr());
                Ty concrete = thinPointee(u.expr().ty());
                String trait = ((Ty.Dynamic) thinPointee(u.ty())).traitName();
                assign(dest, new Mir.MakeDyn(data, concrete, trait, mono.vtable(concrete, trait)), span);
            }
            case Thir.If i -> {
                Mir.Operand cond = operand(i.cond());
                int thenB = newBlock(), elseB = newBlock(), join = newBlock();
                branch(cond, thenB, elseB);
                cur = thenB;
                into(dest, i.then());
                gotoBlock(join);
                cur = elseB;
                if (i.otherwise() != null) into(dest, i.otherwise());
                else assign(dest, new Mir.Use(unit()), span);
                gotoBlock(join);
            }
            case Thir.Loop l -> {
                int head = newBlock(), exit = newBlock();
                gotoBlock(head);
                loops.push(new LoopScope(l.label(), exit, head, dest, scopes.size()));
                int tmp = temp(Ty.UNIT, span);
                into(Mir.Place.local(tmp), l.body());
                loops.pop();
                gotoBlock(head);
                cur = exit;
            }
            case Thir.While w -> {
                int head = newBlock(), body = newBlock(), exit = newBlock();
                gotoBlock(head);
                Mir.Operand cond = operand(w.cond());
                branch(cond, body, exit);
                cur = body;
                loops.push(new LoopScope(w.label(), exit, head, null, scopes.size()));
                into(Mir.Place.local(temp(Ty.UNIT, span)), w.body());
                loops.pop();
                gotoBlock(head);
                cur = exit;
                assign(dest, new Mir.Use(unit()), span);
            }
            case Thir.ForRange f -> forRange(dest, f);
            case Thir.Block b -> block(dest, b);
            case Thir.Break b -> {
                LoopScope scope = loop(b.label());
                if (b.value() != null) into(scope.dest(), b.value());
                else if (scope.dest() != null) assign(scope.dest(), new Mir.Use(unit()), span);
                emitExitDrops(scope.dropDepth(), span);
                gotoBlock(scope.breakBlock());
                cur = newBlock();
            }
            case Thir.Continue c -> {
                LoopScope scope = loop(c.label());
                emitExitDrops(scope.dropDepth(), span);
                gotoBlock(scope.continueBlock());
                cur = newBlock();
            }
            case Thir.Return r -> {
                if (r.value() != null) into(Mir.Place.local(0), r.value());
                else assign(Mir.Place.local(0), new Mir.Use(unit()), span);
                emitExitDrops(0, span);
                terminate(new Mir.Return());
            }
            case Thir.Drop d -> {
                int t = temp(d.value().ty(), span);
                into(Mir.Place.local(t), d.value());
                if (!d.forget() && drops.needsDrop(d.value().ty())) push(new Mir.Drop(Mir.Place.local(t), -1, span));
                assign(dest, new Mir.Use(unit()), span);
            }
            case Thir.Tuple t -> {
                List<Mir.Operand> ops = new ArrayList<>();
                for (Thir.Expr x : t.elements()) ops.add(operand(x));
                assign(dest, new Mir.Aggregate(ops), span);
            }
            case Thir.Array a -> {
                List<Mir.Operand> ops = new ArrayList<>();
                for (Thir.Expr x : a.elements()) ops.add(operand(x));
                assign(dest, new Mir.Aggregate(ops), span);
            }
            case Thir.Repeat r -> assign(dest, new Mir.Repeat(operand(r.value()), r.count()), span);
            case Thir.EnumLit el -> {
                for (int k = 0; k < el.values().size(); k++) {
                    Mir.Operand v = operand(el.values().get(k));
                    assign(dest.downcast(el.variant()).field(el.fieldIndices().get(k)), new Mir.Use(v), span);
                }
                push(new Mir.SetDiscriminant(dest, el.variant()));
            }
            case Thir.Match m -> match(dest, m);
            case Thir.LayoutOf l -> assign(dest, new Mir.LayoutOf(l.query(), l.of()), span);
            case Thir.ForArray f -> forArray(dest, f);
            case Thir.StructLit sl -> {
                // fields are evaluated in the order they are written, then stored by declaration
                Mir.Operand[] ops = new Mir.Operand[sl.values().size()];
                for (int k = 0; k < sl.values().size(); k++) ops[sl.fieldIndices().get(k)] = operand(sl.values().get(k));
                assign(dest, new Mir.Aggregate(List.of(ops)), span);
            }
            case Thir.Print p -> {
                List<Mir.Operand> args = new ArrayList<>();
                List<Ty> tys = new ArrayList<>();
                for (Thir.Expr a : p.args()) {
                    // formatting borrows its arguments: a read, never a move
                    args.add(new Mir.Copy(place(a)));
                    tys.add(a.ty());
                }
                if (p.kind() == Thir.PrintKind.PANIC) {
                    terminate(new Mir.Print(p.kind(), p.template(), args, tys, null, -1, span));
                } else {
                    int next = newBlock();
                    boolean format = p.kind() == Thir.PrintKind.FORMAT;
                    blocks.get(cur).terminator = new Mir.Print(p.kind(), p.template(), args, tys, format ? dest : null, next, span);
                    cur = next;
                    // write! returns fmt::Result: Ok(()) is variant 0 with a zero-sized payload
                    if (p.kind() == Thir.PrintKind.WRITE) push(new Mir.SetDiscriminant(dest, 0));
                    else if (!format) assign(dest, new Mir.Use(unit()), span);
                }
            }
            case Thir.IntrinsicCall c -> {
                if (c.op() == rustmem.legacy.types.thir.Intrinsic.STR_PARSE_INT
                    && !(((Ty.Adt) c.ty()).args().get(0) instanceof Ty.Int)) {
                    throw new Unsupported(span, "`str::parse` into `" + ((Ty.Adt) c.ty()).args().get(0).display() + "`");
                }
                List<Mir.Operand> args = new ArrayList<>();
                List<Ty> tys = new ArrayList<>();
                for (Thir.Expr a : c.args()) {
                    args.add(operand(a));
                    tys.add(a.ty());
                }
                int next = newBlock();
                blocks.get(cur).terminator = new Mir.IntrinsicCall(c.op(), args, tys, dest, next, span);
                cur = next;
            }
            case Thir.StdCall c -> {
                List<Mir.Operand> args = operands(c.args());
                List<Ty> tys = c.args().stream().map(Thir.Expr::ty).toList();
                continueAfter(next -> new Mir.StdCall(c.path(), args, tys, c.typeArgs(), dest, next, span));
            }
            case Thir.ForVec f -> forVec(dest, f);
        }
    }

    /** The integer type an enum's discriminant values have: its repr, else isize. */
    static Ty discriminantTy(rustmem.legacy.types.AdtDef def) {
        var it = def.repr().intTy();
        if (it == null) return Ty.of(Ty.IntTy.ISIZE);
        for (Ty.IntTy k : Ty.IntTy.values()) if (k.fixedSize == it.fixedSize() && k.signed == it.signed()) return Ty.of(k);
        throw new IllegalStateException();
    }

    private void match(Mir.Place dest, Thir.Match m) {
        Mir.Place scrut = place(m.scrutinee());
        Ty ty = m.scrutinee().ty();
        int join = newBlock();
        for (Thir.Arm arm : m.arms()) {
            int next = newBlock();
            test(arm.pattern(), scrut, ty, next);
            if (arm.guard() != null) {
                Mir.Operand g = operand(arm.guard());
                int body = newBlock();
                branch(g, body, next);
                cur = body;
            }
            // by-value bindings with drop glue take the value over from the scrutinee once the arm is chosen
            scopes.push(new ArrayList<>());
            List<Integer> owning = new ArrayList<>();
            ownedBindings(arm.pattern(), ty, owning, arm.span());
            if (!owning.isEmpty()) {
                if (m.scrutinee() instanceof Thir.Local l) moved(l);
                else if (!isPlace(m.scrutinee())) flagSet(scrut.local(), false, arm.span());
                else throw new Unsupported(arm.span(), "moving a value with drop glue out of a borrowed or nested place");
                for (int local : owning) declareDroppable(local, arm.span());
            }
            into(dest, arm.body());
            emitScopeDrops(scopes.pop(), arm.span());
            gotoBlock(join);
            cur = next;
        }
        // rustc proved the match exhaustive; falling out of it cannot happen
        terminate(new Mir.Unreachable());
        cur = join;
    }

    /**
     * The MIR locals of a pattern's bindings that own a value with drop glue. Together they may take the
     * whole value over (every part with drop glue bound by value); a pattern that moves some parts and
     * leaves others to be dropped with the value is a partial move, not supported yet.
     */
    private void ownedBindings(Thir.Pattern pat, Ty ty, List<Integer> out, Span span) {
        boolean[] split = {false};
        try {
            collectOwned(pat, ty, out, false, split);
        } catch (Unsupported u) {
            throw u.span != null ? u : new Unsupported(span, u.getMessage());
        }
        if (!out.isEmpty() && keepsDropGlue(pat, ty)) {
            throw new Unsupported(span, "patterns that move parts of a value with drop glue");
        }
    }

    /** Whether matching pat leaves a part with drop glue in the value (not bound by value): its drop stays the value's. */
    private boolean keepsDropGlue(Thir.Pattern pat, Ty ty) {
        return switch (pat) {
            case Thir.Pattern.Binding b -> b.byRef() && drops.needsDrop(ty);
            case Thir.Pattern.Wild w -> drops.needsDrop(ty);
            case Thir.Pattern.TuplePat tp -> {
                List<Ty> elems = ((Ty.Tuple) ty).elements();
                boolean kept = false;
                for (int i = 0; i < tp.elements().size(); i++) kept |= keepsDropGlue(tp.elements().get(i), elems.get(i));
                yield kept;
            }
            case Thir.Pattern.Fields f -> fieldsKeep(f, (Ty.Adt) ty, 0);
            case Thir.Pattern.Variant v -> fieldsKeep(v.fields(), (Ty.Adt) ty, v.variant());
            case Thir.Pattern.Or or -> or.alternatives().stream().anyMatch(alt -> keepsDropGlue(alt, ty));
            default -> false;
        };
    }

    /** Fields not named by the pattern stay in the value too; a Drop impl of the value's own keeps it whole. */
    private boolean fieldsKeep(Thir.Pattern.Fields f, Ty.Adt adt, int variant) {
        if (drops.hasOwnDrop(adt)) return true;
        var fields = adt.def().variants().get(variant).fields();
        for (int i = 0; i < fields.size(); i++) {
            Ty fty = fields.get(i).type().subst(adt.args());
            int k = f.indices().indexOf(i);
            if (k >= 0 ? keepsDropGlue(f.patterns().get(k), fty) : drops.needsDrop(fty)) return true;
        }
        return false;
    }

    private void collectOwned(Thir.Pattern pat, Ty ty, List<Integer> out, boolean partial, boolean[] split) {
        switch (pat) {
            case Thir.Pattern.Binding b when b.byRef() -> { }
            case Thir.Pattern.Binding b -> {
                if (drops.needsDrop(ty)) {
                    out.add(localMap[b.local()]);
                    if (partial) split[0] = true;
                }
                if (b.sub() != null) collectOwned(b.sub(), ty, out, partial, split);
            }
            case Thir.Pattern.TuplePat tp -> {
                List<Ty> elems = ((Ty.Tuple) ty).elements();
                for (int i = 0; i < tp.elements().size(); i++) {
                    collectOwned(tp.elements().get(i), elems.get(i), out, partial || elems.size() > 1, split);
                }
            }
            case Thir.Pattern.Fields f -> ownedFields(f, (Ty.Adt) ty, 0, out, partial, split);
            case Thir.Pattern.Variant v -> ownedFields(v.fields(), (Ty.Adt) ty, v.variant(), out, partial, split);
            case Thir.Pattern.Or or -> {
                for (Thir.Pattern alt : or.alternatives()) collectOwned(alt, ty, out, partial, split);
            }
            case Thir.Pattern.Deref d -> {
                List<Integer> behind = new ArrayList<>();
                collectOwned(d.inner(), ((Ty.Ref) ty).pointee(), behind, partial, split);
                // rustc rejects moving out of a reference (E0507); nothing to own here
                if (!behind.isEmpty()) throw new Unsupported(null, "moving a value with drop glue out of a reference");
            }
            default -> { }
        }
    }

    private void ownedFields(Thir.Pattern.Fields f, Ty.Adt adt, int variant, List<Integer> out, boolean partial, boolean[] split) {
        var fields = adt.def().variants().get(variant).fields();
        for (int k = 0; k < f.patterns().size(); k++) {
            Ty fty = fields.get(f.indices().get(k)).type().subst(adt.args());
            collectOwned(f.patterns().get(k), fty, out, partial || fields.size() > 1, split);
        }
    }

    /** Emits the tests of pattern against the value at place, jumping to fail on a mismatch, and its bindings. */
    private void test(Thir.Pattern pat, Mir.Place place, Ty ty, int fail) {
        switch (pat) {
            case Thir.Pattern.Wild w -> { }
            case Thir.Pattern.Binding b -> {
                if (b.sub() != null) test(b.sub(), place, ty, fail);
                Mir.Rvalue value = b.byRef() ? new Mir.Ref(place, b.mutable()) : new Mir.Use(new Mir.Copy(place));
                assign(Mir.Place.local(localMap[b.local()]), value, null);
            }
            case Thir.Pattern.Deref d -> {
                Ty pointee = switch (ty) {
                    case Ty.Ref r -> r.pointee();
                    default -> throw new IllegalStateException("deref pattern on " + ty.display());
                };
                test(d.inner(), place.deref(), pointee, fail);
            }
            case Thir.Pattern.TuplePat tp -> {
                List<Ty> elems = ((Ty.Tuple) ty).elements();
                for (int i = 0; i < tp.elements().size(); i++) test(tp.elements().get(i), place.field(i), elems.get(i), fail);
            }
            case Thir.Pattern.Fields f -> fields(f, place, (Ty.Adt) ty, 0, fail);
            case Thir.Pattern.Variant v -> {
                var def = ((Ty.Adt) ty).def();
                Ty dty = discriminantTy(def);
                int d = temp(dty, null);
                assign(Mir.Place.local(d), new Mir.Discriminant(place), null);
                long want = def.discriminants().get(v.variant()).longValue();
                compare(BinOp.EQ, new Mir.Copy(Mir.Place.local(d)), new Mir.Constant(new Thir.Const.Int(BigInteger.valueOf(want)), dty), fail);
                fields(v.fields(), place.downcast(v.variant()), (Ty.Adt) ty, v.variant(), fail);
            }
            case Thir.Pattern.Const c -> compare(BinOp.EQ, new Mir.Copy(place), new Mir.Constant(c.value(), ty), fail);
            case Thir.Pattern.Range r -> {
                if (r.lo() != null) compare(BinOp.GE, new Mir.Copy(place), new Mir.Constant(r.lo(), ty), fail);
                if (r.hi() != null) {
                    compare(r.inclusive() ? BinOp.LE : BinOp.LT, new Mir.Copy(place), new Mir.Constant(r.hi(), ty), fail);
                }
            }
            case Thir.Pattern.Or or -> {
                int ok = newBlock();
                for (int i = 0; i < or.alternatives().size(); i++) {
                    boolean last = i == or.alternatives().size() - 1;
                    int altFail = last ? fail : newBlock();
                    test(or.alternatives().get(i), place, ty, altFail);
                    gotoBlock(ok);
                    if (!last) cur = altFail;
                }
                cur = ok;
            }
        }
    }

    private void fields(Thir.Pattern.Fields f, Mir.Place place, Ty.Adt adt, int variant, int fail) {
        var defs = adt.def().variants().get(variant).fields();
        for (int k = 0; k < f.indices().size(); k++) {
            int i = f.indices().get(k);
            test(f.patterns().get(k), place.field(i), defs.get(i).type().subst(adt.args()), fail);
        }
    }

    /** Continues when `lhs op rhs` holds, else jumps to fail. */
    private void compare(BinOp op, Mir.Operand lhs, Mir.Operand rhs, int fail) {
        int t = temp(Ty.BOOL, null);
        assign(Mir.Place.local(t), new Mir.BinaryOp(op, lhs, rhs), null);
        int ok = newBlock();
        branch(new Mir.Copy(Mir.Place.local(t)), ok, fail);
        cur = ok;
    }

    private LoopScope loop(int label) {
        for (LoopScope s : loops) if (s.label() == label) return s;
        throw new IllegalStateException("break to unknown loop " + label);
    }

    private void block(Mir.Place dest, Thir.Block b) {
        scopes.push(new ArrayList<>());
        for (Thir.Stmt s : b.stmts()) {
            switch (s) {
                case Thir.Let let -> {
                    if (let.init() == null) {
                        // `let x;`: owned once assigned
                        if (let.pattern() instanceof Thir.Pattern.Binding bnd && drops.needsDrop(locals.get(localMap[bnd.local()]).ty())) {
                            int local = localMap[bnd.local()];
                            flagSet(local, false, let.span());
                            scopes.peek().add(local);
                        }
                        continue;
                    }
                    if (let.elseBlock() != null) {
                        statement(() -> letElse(let), let.span());
                        continue;
                    }
                    statement(() -> bind(let.pattern(), let.init()), let.span());
                }
                case Thir.ExprStmt es -> statement(() -> {
                    int t = temp(es.expr().ty(), es.span());
                    into(Mir.Place.local(t), es.expr());
                    // the value of an expression statement is dropped at its end
                    if (drops.needsDrop(es.expr().ty())) push(new Mir.Drop(Mir.Place.local(t), -1, es.span()));
                }, es.span());
            }
        }
        // edition 2024: the tail's temporaries are dropped at its end, before the block's locals
        if (b.tail() != null) statement(() -> into(dest, b.tail()), b.tail().span());
        else if (!(b.ty() instanceof Ty.Never)) assign(dest, new Mir.Use(unit()), b.span());
        emitScopeDrops(scopes.pop(), b.span());
    }

    /** {@code let P = e else { … };}: the pattern's tests jump to the (diverging) else block. */
    private void letElse(Thir.Let let) {
        if (drops.needsDrop(let.init().ty())) throw new Unsupported(let.span(), "`let … else` on a value with drop glue");
        Mir.Place scrut = place(let.init());
        int fail = newBlock(), ok = newBlock();
        test(let.pattern(), scrut, let.init().ty(), fail);
        gotoBlock(ok);
        cur = fail;
        into(Mir.Place.local(temp(Ty.NEVER, let.span())), let.elseBlock());
        terminate(new Mir.Unreachable());
        cur = ok;
    }

    private void bind(Thir.Pattern pat, Thir.Expr init) {
        switch (pat) {
            case Thir.Pattern.Binding bnd when bnd.sub() == null && !bnd.byRef() -> {
                int local = localMap[bnd.local()];
                into(Mir.Place.local(local), init);
                if (drops.needsDrop(init.ty())) declareDroppable(local, init.span());
                // `let r = &temp();` extends the temporary to the end of the block
                if (init instanceof Thir.AddrOf a && !isPlace(a.place())) {
                    scopes.peek().addAll(statementTemps);
                    statementTemps.clear();
                }
            }
            case Thir.Pattern.Wild w -> {
                // `let _ = value;` drops a new value at once and leaves a place (with drop glue) alone
                if (isPlace(init) && drops.needsDrop(init.ty())) break;
                int t = temp(init.ty(), init.span());
                into(Mir.Place.local(t), init);
                if (drops.needsDrop(init.ty())) push(new Mir.Drop(Mir.Place.local(t), -1, init.span()));
            }
            default -> {
                // irrefutable destructuring: the tests cannot fail; bindings by value take over what they bind
                List<Integer> owning = new ArrayList<>();
                if (drops.needsDrop(init.ty())) {
                    ownedBindings(pat, init.ty(), owning, init.span());
                    if (owning.isEmpty() && !isPlace(init)) throw new Unsupported(init.span(), "borrowing parts of a temporary");
                }
                Mir.Place src = place(init);
                int never = newBlock();
                test(pat, src, init.ty(), never);
                if (!owning.isEmpty()) {
                    if (init instanceof Thir.Local l) moved(l);
                    else if (!isPlace(init)) flagSet(src.local(), false, init.span());
                    else throw new Unsupported(init.span(), "moving a value with drop glue out of a borrowed or nested place");
                    for (int local : owning) declareDroppable(local, init.span());
                }
            }
        }
    }

    private void bindFrom(Thir.Pattern pat, Mir.Place src, Ty ty) {
        int never = newBlock();
        test(pat, src, ty, never);
    }

    private void unary(Mir.Place dest, Thir.Unary u) {
        Mir.Operand x = operand(u.operand());
        if (u.op() == UnOp.NEG && u.ty() instanceof Ty.Int it && it.kind().signed) {
            // -MIN overflows: rustc asserts x != MIN before negating
            int eq = temp(Ty.BOOL, u.span());
            BigInteger min = BigInteger.ONE.shiftLeft(bits(it.kind()) - 1).negate();
            assign(Mir.Place.local(eq), new Mir.BinaryOp(BinOp.EQ, x,
                new Mir.Constant(new Thir.Const.Int(min), u.ty())), u.span());
            int next = newBlock();
            blocks.get(cur).terminator = new Mir.Assert(new Mir.Copy(Mir.Place.local(eq)), false,
                new Mir.AssertKind.OverflowNeg(), next, u.span());
            cur = next;
        }
        assign(dest, new Mir.UnaryOp(u.op(), x), u.span());
    }

    private static int bits(Ty.IntTy k) { return (k.fixedSize == 0 ? 8 : k.fixedSize) * 8; }

    private void binary(Mir.Place dest, BinOp op, Mir.Operand l, Mir.Operand r, Ty ty, Span span) {
        if (!(ty instanceof Ty.Int it) || op.isComparison() || op == BinOp.BIT_AND || op == BinOp.BIT_OR
            || op == BinOp.BIT_XOR) {
            assign(dest, new Mir.BinaryOp(op, l, r), span);
            return;
        }
        if (op == BinOp.DIV || op == BinOp.REM) {
            int zero = temp(Ty.BOOL, span);
            assign(Mir.Place.local(zero), new Mir.BinaryOp(BinOp.EQ, r, constInt(0, ty)), span);
            int next = newBlock();
            blocks.get(cur).terminator = new Mir.Assert(new Mir.Copy(Mir.Place.local(zero)), false,
                op == BinOp.DIV ? new Mir.AssertKind.DivisionByZero() : new Mir.AssertKind.RemainderByZero(), next, span);
            cur = next;
            if (!it.kind().signed) {
                assign(dest, new Mir.BinaryOp(op, l, r), span);
                return;
            }
        }
        // (result, overflowed) = op(l, r); assert(!overflowed); dest = result
        Ty pair = new Ty.Tuple(List.of(ty, Ty.BOOL));
        int t = temp(pair, span);
        assign(Mir.Place.local(t), new Mir.CheckedBinaryOp(op, l, r), span);
        int next = newBlock();
        blocks.get(cur).terminator = new Mir.Assert(new Mir.Copy(Mir.Place.local(t).field(1)), false,
            new Mir.AssertKind.Overflow(op), next, span);
        cur = next;
        assign(dest, new Mir.Use(new Mir.Copy(Mir.Place.local(t).field(0))), span);
    }

    private void logical(Mir.Place dest, Thir.Logical l) {
        Mir.Operand lhs = operand(l.lhs());
        int rhsB = newBlock(), shortB = newBlock(), join = newBlock();
        if (l.and()) branch(lhs, rhsB, shortB);
        else branch(lhs, shortB, rhsB);
        cur = shortB;
        assign(dest, new Mir.Use(constBool(!l.and())), l.span());
        gotoBlock(join);
        cur = rhsB;
        into(dest, l.rhs());
        gotoBlock(join);
    }

    private void forArray(Mir.Place dest, Thir.ForArray f) {
        Ty.Array arr = (Ty.Array) f.array().ty();
        if (drops.needsDrop(arr)) throw new Unsupported(f.span(), "`for` over an array of values with drop glue");
        Mir.Place array = place(f.array());
        IndexLoop loop = indexLoopHead(() -> constInt(arr.length(), Ty.USIZE), f.span());
        bindFrom(f.pattern(), array.index(loop.i()), arr.element());
        indexLoopRest(f.label(), f.body(), loop, constInt(1, Ty.USIZE), f.span());
        assign(dest, new Mir.Use(unit()), f.span());
    }

    /** A loop over byte or element indices: the index local and the blocks its head, step and exit are in. */
    private record IndexLoop(int i, int head, int step, int exit) {}

    /**
     * {@code i = 0}, then a head block testing {@code i < limit} (limit is evaluated there, each time round);
     * lowering continues in the body block.
     */
    private IndexLoop indexLoopHead(java.util.function.Supplier<Mir.Operand> limit, Span span) {
        int i = temp(Ty.USIZE, span);
        assign(Mir.Place.local(i), new Mir.Use(constInt(0, Ty.USIZE)), span);
        int head = newBlock(), body = newBlock(), step = newBlock(), exit = newBlock();
        gotoBlock(head);
        Mir.Operand bound = limit.get();
        int cond = temp(Ty.BOOL, span);
        assign(Mir.Place.local(cond), new Mir.BinaryOp(BinOp.LT, new Mir.Copy(Mir.Place.local(i)), bound), span);
        branch(new Mir.Copy(Mir.Place.local(cond)), body, exit);
        cur = body;
        return new IndexLoop(i, head, step, exit);
    }

    /** The rest of an index loop: the body, then i += stride and back to the head; continues at exit. */
    private void indexLoopRest(int label, Thir.Expr body, IndexLoop l, Mir.Operand stride, Span span) {
        loops.push(new LoopScope(label, l.exit(), l.step(), null, scopes.size()));
        into(Mir.Place.local(temp(Ty.UNIT, span)), body);
        loops.pop();
        gotoBlock(l.step());
        assign(Mir.Place.local(l.i()), new Mir.BinaryOp(BinOp.ADD, new Mir.Copy(Mir.Place.local(l.i())), stride), span);
        gotoBlock(l.head());
        cur = l.exit();
    }

    /** A reference to a place, in a temporary. */
    private Mir.Operand borrowed(Mir.Place p, Ty ty, Span span) { return borrowed(p, ty, false, span); }

    private Mir.Operand borrowed(Mir.Place p, Ty ty, boolean mutable, Span span) {
        int t = temp(new Ty.Ref(ty, mutable), span);
        assign(Mir.Place.local(t), new Mir.Ref(p, mutable), span);
        return new Mir.Copy(Mir.Place.local(t));
    }

    private void call(rustmem.legacy.types.thir.Intrinsic op, List<Mir.Operand> args, List<Ty> tys, Mir.Place dest, Span span) {
        continueAfter(next -> new Mir.IntrinsicCall(op, args, tys, dest, next, span));
    }

    /** Ends the current block with a terminator that continues at a new block (given its index), and goes on there. */
    private void continueAfter(java.util.function.IntFunction<Mir.Terminator> terminator) {
        int next = newBlock();
        blocks.get(cur).terminator = terminator.apply(next);
        cur = next;
    }

    /** The arguments of a call, evaluated in order. */
    private List<Mir.Operand> operands(List<Thir.Expr> exprs) {
        List<Mir.Operand> out = new ArrayList<>();
        for (Thir.Expr e : exprs) out.add(operand(e));
        return out;
    }

    /**
     * {@code for x in &v / &mut v / v}: an index loop over the Vec's length; by value, the Vec is moved
     * into the loop and its buffer freed after it (its elements have no drop glue).
     */
    /** {@code for c in s.chars()} / {@code s.bytes()}: a walk over the str's UTF-8 bytes. */
    private void forStr(Mir.Place dest, Thir.ForVec f) {
        boolean chars = f.mode() == Thir.ForMode.CHARS;
        Mir.Operand str = operand(f.vec());
        int len = temp(Ty.USIZE, f.span());
        call(rustmem.legacy.types.thir.Intrinsic.STR_LEN, List.of(str), List.of(Ty.STATIC_STR), Mir.Place.local(len), f.span());
        IndexLoop loop = indexLoopHead(() -> new Mir.Copy(Mir.Place.local(len)), f.span());
        int i = loop.i();
        Ty itemTy = chars ? Ty.CHAR : Ty.of(Ty.IntTy.U8);
        Mir.Place item = Mir.Place.local(temp(itemTy, f.span()));
        int width = temp(Ty.USIZE, f.span());
        if (chars) {
            Ty pair = new Ty.Tuple(List.of(Ty.CHAR, Ty.USIZE));
            Mir.Place decoded = Mir.Place.local(temp(pair, f.span()));
            call(rustmem.legacy.types.thir.Intrinsic.STR_DECODE, List.of(str, new Mir.Copy(Mir.Place.local(i))),
                List.of(Ty.STATIC_STR, Ty.USIZE), decoded, f.span());
            assign(item, new Mir.Use(new Mir.Copy(decoded.field(0))), f.span());
            assign(Mir.Place.local(width), new Mir.Use(new Mir.Copy(decoded.field(1))), f.span());
        } else {
            call(rustmem.legacy.types.thir.Intrinsic.STR_BYTE, List.of(str, new Mir.Copy(Mir.Place.local(i))),
                List.of(Ty.STATIC_STR, Ty.USIZE), item, f.span());
            assign(Mir.Place.local(width), new Mir.Use(constInt(1, Ty.USIZE)), f.span());
        }
        bindFrom(f.pattern(), item, itemTy);
        // a char advances the index by its UTF-8 length
        indexLoopRest(f.label(), f.body(), loop, new Mir.Copy(Mir.Place.local(width)), f.span());
        assign(dest, new Mir.Use(unit()), f.span());
    }

    private void forVec(Mir.Place dest, Thir.ForVec f) {
        if (f.mode() == Thir.ForMode.CHARS || f.mode() == Thir.ForMode.BYTES) {
            forStr(dest, f);
            return;
        }
        // over a Vec (a place, borrowed here) or a slice (its &[T] fat pointer)
        boolean slice = f.vec().ty() instanceof Ty.Ref sr && sr.pointee() instanceof Ty.Slice;
        Ty vecTy = f.vec().ty();
        Ty elem = slice ? ((Ty.Slice) ((Ty.Ref) vecTy).pointee()).element() : ((Ty.Adt) vecTy).args().get(0);
        Mir.Place vec = null;
        Mir.Operand vecRef;
        Ty refTy;
        if (slice) {
            vecRef = operand(f.vec());
            refTy = vecTy;
        } else {
            if (f.mode() == Thir.ForMode.VALUE) {
                vec = Mir.Place.local(temp(vecTy, f.span()));
                into(vec, f.vec());
            } else {
                vec = place(f.vec());
            }
            vecRef = borrowed(vec, vecTy, f.span());
            refTy = new Ty.Ref(vecTy, false);
        }
        rustmem.legacy.types.thir.Intrinsic lenOp = slice ? rustmem.legacy.types.thir.Intrinsic.SLICE_LEN : rustmem.legacy.types.thir.Intrinsic.VEC_LEN;
        rustmem.legacy.types.thir.Intrinsic indexOp = slice ? rustmem.legacy.types.thir.Intrinsic.SLICE_INDEX : rustmem.legacy.types.thir.Intrinsic.VEC_INDEX;
        IndexLoop loop = indexLoopHead(() -> {
            int len = temp(Ty.USIZE, f.span());
            call(lenOp, List.of(vecRef), List.of(refTy), Mir.Place.local(len), f.span());
            return new Mir.Copy(Mir.Place.local(len));
        }, f.span());
        Mir.Place ptr = Mir.Place.local(temp(new Ty.RawPtr(elem, true), f.span()));
        call(indexOp, List.of(vecRef, new Mir.Copy(Mir.Place.local(loop.i()))), List.of(refTy, Ty.USIZE), ptr, f.span());
        Ty bound = switch (f.mode()) {
            case REF -> new Ty.Ref(elem, false);
            case MUT -> new Ty.Ref(elem, true);
            case VALUE -> elem;
            case CHARS, BYTES -> throw new IllegalStateException("str loops bind chars or bytes");
        };
        Mir.Place item = Mir.Place.local(temp(bound, f.span()));
        if (f.mode() == Thir.ForMode.VALUE) assign(item, new Mir.Use(new Mir.Copy(ptr.deref())), f.span());
        else assign(item, new Mir.Ref(ptr.deref(), f.mode() == Thir.ForMode.MUT), f.span());
        bindFrom(f.pattern(), item, bound);
        indexLoopRest(f.label(), f.body(), loop, constInt(1, Ty.USIZE), f.span());
        if (f.mode() == Thir.ForMode.VALUE) push(new Mir.Drop(vec, -1, f.span()));
        assign(dest, new Mir.Use(unit()), f.span());
    }

    private void forRange(Mir.Place dest, Thir.ForRange f) {
        Ty ty = f.start().ty();
        int i = temp(ty, f.span());
        int end = temp(ty, f.span());
        into(Mir.Place.local(i), f.start());
        into(Mir.Place.local(end), f.end());
        int head = newBlock(), body = newBlock(), step = newBlock(), exit = newBlock();
        gotoBlock(head);
        int cond = temp(Ty.BOOL, f.span());
        assign(Mir.Place.local(cond), new Mir.BinaryOp(f.inclusive() ? BinOp.LE : BinOp.LT,
            new Mir.Copy(Mir.Place.local(i)), new Mir.Copy(Mir.Place.local(end))), f.span());
        branch(new Mir.Copy(Mir.Place.local(cond)), body, exit);
        cur = body;
        int value = temp(ty, f.span());
        assign(Mir.Place.local(value), new Mir.Use(new Mir.Copy(Mir.Place.local(i))), f.span());
        bindFrom(f.pattern(), Mir.Place.local(value), ty);
        loops.push(new LoopScope(f.label(), exit, step, null, scopes.size()));
        into(Mir.Place.local(temp(Ty.UNIT, f.span())), f.body());
        loops.pop();
        gotoBlock(step);
        if (f.inclusive()) {
            // `a..=b` stops after yielding b, so that b == MAX does not overflow
            int last = temp(Ty.BOOL, f.span());
            assign(Mir.Place.local(last), new Mir.BinaryOp(BinOp.EQ, new Mir.Copy(Mir.Place.local(i)),
                new Mir.Copy(Mir.Place.local(end))), f.span());
            int incr = newBlock();
            branch(new Mir.Copy(Mir.Place.local(last)), exit, incr);
            cur = incr;
        }
        assign(Mir.Place.local(i), new Mir.BinaryOp(BinOp.ADD, new Mir.Copy(Mir.Place.local(i)), constInt(1, ty)), f.span());
        gotoBlock(head);
        cur = exit;
        assign(dest, new Mir.Use(unit()), f.span());
    }
}
