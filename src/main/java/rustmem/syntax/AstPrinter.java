package rustmem.syntax;

import java.util.List;
import rustmem.syntax.ast.Attribute;
import rustmem.syntax.ast.Block;
import rustmem.syntax.ast.Crate;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.GenericArgs;
import rustmem.syntax.ast.GenericBound;
import rustmem.syntax.ast.Generics;
import rustmem.syntax.ast.Ident;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.MacCall;
import rustmem.syntax.ast.Pat;
import rustmem.syntax.ast.Path;
import rustmem.syntax.ast.Stmt;
import rustmem.syntax.ast.TokenTree;
import rustmem.syntax.ast.Type;

/**
 * Prints an AST back as Rust source. The output parses to the same tree: parentheses are
 * printed only where the tree has a {@link Expr.Paren}, which the parser keeps.
 */
public final class AstPrinter {
    private final StringBuilder out = new StringBuilder();
    private int indent;

    private AstPrinter() {}

    public static String print(Crate crate) {
        AstPrinter p = new AstPrinter();
        p.attrs(crate.attrs());
        for (Item item : crate.items()) p.item(item);
        return p.out.toString();
    }

    public static String print(Expr e) {
        AstPrinter p = new AstPrinter();
        p.expr(e);
        return p.out.toString();
    }

    public static String print(Type t) {
        AstPrinter p = new AstPrinter();
        p.type(t);
        return p.out.toString();
    }

    public static String print(Path path) {
        AstPrinter p = new AstPrinter();
        p.path(path);
        return p.out.toString();
    }

    public static String print(Pat pat) {
        AstPrinter p = new AstPrinter();
        p.pat(pat);
        return p.out.toString();
    }

    private AstPrinter w(String s) {
        out.append(s);
        return this;
    }

    private void newline() {
        out.append('\n');
        out.append("    ".repeat(indent));
    }

    private <T> void commaList(List<T> xs, java.util.function.Consumer<T> each) {
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) w(", ");
            each.accept(xs.get(i));
        }
    }

    // ------------------------------------------------------------------ attributes, items

    private void attrs(List<Attribute> attrs) {
        for (Attribute a : attrs) {
            attr(a);
            newline();
        }
    }

    private AstPrinter attr(Attribute a) {
        if (a.docComment()) {
            String text = ((Expr.LitExpr) ((Attribute.Eq) a.args()).value()).lit().symbol();
            w(text);
            // a line doc comment runs to the end of the line, so whatever follows starts a new one
            if (text.startsWith("//")) newline();
            return this;
        }
        w(a.inner() ? "#![" : "#[").path(a.path());
        switch (a.args()) {
            case Attribute.Empty e -> { }
            case Attribute.Delimited d -> tokenTree(d.tokens());
            case Attribute.Eq eq -> {
                w(" = ");
                expr(eq.value());
            }
        }
        return w("]");
    }

    private void vis(Item.Visibility v) {
        switch (v.kind()) {
            case INHERITED -> { }
            case PUB -> w("pub ");
            case CRATE -> w("pub(crate) ");
            case SUPER -> w("pub(super) ");
            case SELF -> w("pub(self) ");
            case IN_PATH -> w("pub(in ").path(v.path()).w(") ");
        }
    }

    private void item(Item item) {
        newline();
        attrs(item.attrs());
        vis(item.vis());
        switch (item.kind()) {
            case Item.Use u -> w("use ").useTree(u.tree()).w(";");
            case Item.ExternCrate ec -> {
                w("extern crate ").ident(ec.name());
                if (ec.rename() != null) w(" as ").ident(ec.rename());
                w(";");
            }
            case Item.Fn f -> fn(f);
            case Item.Struct s -> {
                w("struct ").ident(s.name()).generics(s.generics());
                variantData(s.data(), s.generics(), true);
            }
            case Item.Union u -> {
                w("union ").ident(u.name()).generics(u.generics());
                variantData(u.data(), u.generics(), true);
            }
            case Item.Enum e -> {
                w("enum ").ident(e.name()).generics(e.generics()).where(e.generics()).w(" {");
                indent++;
                for (Item.Variant v : e.variants()) {
                    newline();
                    attrs(v.attrs());
                    vis(v.vis());
                    ident(v.name());
                    variantData(v.data(), null, false);
                    if (v.discriminant() != null) w(" = ").expr(v.discriminant());
                    w(",");
                }
                indent--;
                newline();
                w("}");
            }
            case Item.Trait t -> {
                if (t.unsafe()) w("unsafe ");
                if (t.auto()) w("auto ");
                w("trait ").ident(t.name()).generics(t.generics());
                if (!t.supertraits().isEmpty()) w(": ").bounds(t.supertraits());
                where(t.generics());
                assocItems(t.items());
            }
            case Item.Impl i -> {
                if (i.unsafe()) w("unsafe ");
                w("impl").generics(i.generics()).w(" ");
                if (i.negative()) w("!");
                if (i.traitRef() != null) path(i.traitRef()).w(" for ");
                type(i.selfType());
                where(i.generics());
                assocItems(i.items());
            }
            case Item.TypeAlias t -> {
                w("type ").ident(t.name()).generics(t.generics());
                if (!t.bounds().isEmpty()) w(": ").bounds(t.bounds());
                where(t.generics());
                if (t.type() != null) w(" = ").type(t.type());
                w(";");
            }
            case Item.Const c -> {
                w("const ").ident(c.name()).generics(c.generics()).w(": ").type(c.type());
                if (c.value() != null) w(" = ").expr(c.value());
                where(c.generics());
                w(";");
            }
            case Item.Static s -> {
                w("static ");
                if (s.mutable()) w("mut ");
                ident(s.name()).w(": ").type(s.type());
                if (s.value() != null) w(" = ").expr(s.value());
                w(";");
            }
            case Item.Mod m -> {
                if (m.unsafe()) w("unsafe ");
                w("mod ").ident(m.name());
                if (m.items() == null) {
                    w(";");
                } else {
                    w(" {");
                    indent++;
                    for (Item i : m.items()) item(i);
                    indent--;
                    newline();
                    w("}");
                }
            }
            case Item.ForeignMod fm -> {
                if (fm.unsafe()) w("unsafe ");
                w("extern \"").w(fm.abi()).w("\"");
                assocItems(fm.items());
            }
            case Item.MacroRules mr -> {
                w(mr.declMacro() ? "macro " : "macro_rules! ").ident(mr.name()).w(" ");
                tokenTree(mr.body());
                if (mr.body().delim() != TokenTree.Delim.BRACE) w(";");
            }
            case Item.MacItem mi -> {
                mac(mi.mac());
                if (mi.mac().args().delim() != TokenTree.Delim.BRACE) w(";");
            }
        }
    }

    private void assocItems(List<Item> items) {
        w(" {");
        indent++;
        for (Item i : items) item(i);
        indent--;
        newline();
        w("}");
    }

    private void fn(Item.Fn f) {
        Item.FnHeader h = f.header();
        if (h.isConst()) w("const ");
        if (h.isAsync()) w("async ");
        if (h.unsafe()) w("unsafe ");
        if (h.abi() != null) w("extern \"").w(h.abi()).w("\" ");
        w("fn ").ident(f.name()).generics(f.generics()).w("(");
        List<Item.Param> params = f.decl().params();
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) w(", ");
            param(params.get(i));
        }
        if (f.decl().variadic()) w(params.isEmpty() ? "..." : ", ...");
        w(")");
        if (f.decl().output() != null) w(" -> ").type(f.decl().output());
        where(f.generics());
        if (f.body() == null) w(";");
        else w(" ").block(f.body());
    }

    private void param(Item.Param p) {
        for (Attribute a : p.attrs()) attr(a);
        if (!p.attrs().isEmpty()) w(" ");
        boolean mutSelf = p.pat() instanceof Pat.IdentPat ip && ip.mutable();
        switch (p.selfKind()) {
            case VALUE -> w(mutSelf ? "mut self" : "self");
            case REF, REF_MUT -> {
                Type.Ref r = (Type.Ref) p.type();
                w("&");
                if (r.lifetime() != null) w(r.lifetime().name()).w(" ");
                w(r.mutable() ? "mut self" : "self");
            }
            case EXPLICIT -> w(mutSelf ? "mut self: " : "self: ").type(p.type());
            case NONE -> pat(p.pat()).w(": ").type(p.type());
        }
    }

    private void variantData(Item.VariantData data, Generics whereOf, boolean isItem) {
        switch (data.kind()) {
            case UNIT -> {
                if (whereOf != null) where(whereOf);
                if (isItem) w(";");
            }
            case TUPLE -> {
                w("(");
                commaList(data.fields(), f -> {
                    for (Attribute a : f.attrs()) attr(a).w(" ");
                    vis(f.vis());
                    type(f.type());
                });
                w(")");
                if (whereOf != null) where(whereOf);
                if (isItem) w(";");
            }
            case NAMED -> {
                if (whereOf != null) where(whereOf);
                w(" {");
                indent++;
                for (Item.FieldDef f : data.fields()) {
                    newline();
                    attrs(f.attrs());
                    vis(f.vis());
                    ident(f.name()).w(": ").type(f.type()).w(",");
                }
                indent--;
                newline();
                w("}");
            }
        }
    }

    private AstPrinter useTree(Item.UseTree t) {
        path(t.prefix());
        switch (t.kind()) {
            case SIMPLE -> {
                if (t.rename() != null) w(" as ").ident(t.rename());
            }
            case GLOB -> w(t.prefix().segments().isEmpty() ? "*" : "::*");
            case NESTED -> {
                w(t.prefix().segments().isEmpty() ? "{" : "::{");
                commaList(t.nested(), this::useTree);
                w("}");
            }
        }
        return this;
    }

    // ------------------------------------------------------------------ generics, paths

    private AstPrinter generics(Generics g) {
        if (g.params().isEmpty()) return this;
        w("<");
        commaList(g.params(), this::genericParam);
        return w(">");
    }

    private void genericParam(Generics.GenericParam p) {
        for (Attribute a : p.attrs()) attr(a).w(" ");
        switch (p) {
            case Generics.LifetimeParam lp -> {
                w(lp.lifetime().name());
                if (!lp.bounds().isEmpty()) {
                    w(": ");
                    for (int i = 0; i < lp.bounds().size(); i++) {
                        if (i > 0) w(" + ");
                        w(lp.bounds().get(i).name());
                    }
                }
            }
            case Generics.TypeParam tp -> {
                ident(tp.name());
                if (!tp.bounds().isEmpty()) w(": ").bounds(tp.bounds());
                if (tp.defaultType() != null) w(" = ").type(tp.defaultType());
            }
            case Generics.ConstParam cp -> {
                w("const ").ident(cp.name()).w(": ").type(cp.type());
                if (cp.defaultValue() != null) w(" = ").expr(cp.defaultValue());
            }
        }
    }

    private AstPrinter where(Generics g) {
        if (g.where().isEmpty()) return this;
        w(" where ");
        commaList(g.where(), p -> {
            switch (p) {
                case Generics.BoundPredicate bp -> {
                    forLifetimes(bp.forLifetimes());
                    type(bp.boundedType()).w(": ").bounds(bp.bounds());
                }
                case Generics.RegionPredicate rp -> {
                    w(rp.lifetime().name()).w(":");
                    for (int i = 0; i < rp.bounds().size(); i++) w(i == 0 ? " " : " + ").w(rp.bounds().get(i).name());
                }
            }
        });
        return this;
    }

    private void forLifetimes(List<Generics.GenericParam> lts) {
        if (lts.isEmpty()) return;
        w("for<");
        commaList(lts, this::genericParam);
        w("> ");
    }

    private AstPrinter bounds(List<GenericBound> bounds) {
        for (int i = 0; i < bounds.size(); i++) {
            if (i > 0) w(" + ");
            switch (bounds.get(i)) {
                case GenericBound.LifetimeBound lb -> w(lb.lifetime().name());
                case GenericBound.Use u -> {
                    w("use<");
                    commaList(u.args(), this::ident);
                    w(">");
                }
                case GenericBound.TraitBound tb -> {
                    if (tb.parenthesized()) w("(");
                    forLifetimes(tb.forLifetimes());
                    switch (tb.modifier()) {
                        case NONE -> { }
                        case MAYBE -> w("?");
                        case MAYBE_CONST -> w("~const ");
                        case CONST -> w("const ");
                        case NEGATIVE -> w("!");
                    }
                    path(tb.trait());
                    if (tb.parenthesized()) w(")");
                }
            }
        }
        return this;
    }

    private AstPrinter ident(Ident id) { return w(id.toString()); }

    private AstPrinter path(Path p) { return pathFrom(p, 0, false); }

    private AstPrinter exprPath(Path.QSelf q, Path p) { return qpath(q, p, true); }

    private AstPrinter qpath(Path.QSelf q, Path p, boolean exprStyle) {
        if (q == null) return pathFrom(p, 0, exprStyle);
        w("<").type(q.type());
        if (q.position() > 0) {
            w(" as ");
            if (p.global()) w("::");
            for (int i = 0; i < q.position(); i++) {
                if (i > 0) w("::");
                segment(p.segments().get(i), false);
            }
        }
        w(">");
        for (int i = q.position(); i < p.segments().size(); i++) {
            w("::");
            segment(p.segments().get(i), exprStyle);
        }
        return this;
    }

    private AstPrinter pathFrom(Path p, int from, boolean exprStyle) {
        if (p.global()) w("::");
        for (int i = from; i < p.segments().size(); i++) {
            if (i > from) w("::");
            segment(p.segments().get(i), exprStyle);
        }
        return this;
    }

    private void segment(Path.PathSegment s, boolean exprStyle) {
        ident(s.ident());
        if (s.args() == null) return;
        switch (s.args()) {
            case GenericArgs.AngleBracketed ab -> {
                w(exprStyle ? "::<" : "<");
                commaList(ab.args(), this::genericArg);
                w(">");
            }
            case GenericArgs.Parenthesized pa -> {
                w("(");
                commaList(pa.inputs(), this::type);
                w(")");
                if (pa.output() != null) w(" -> ").type(pa.output());
            }
        }
    }

    private void genericArg(GenericArgs.GenericArg a) {
        switch (a) {
            case GenericArgs.LifetimeArg l -> w(l.lifetime().name());
            case GenericArgs.TypeArg t -> type(t.type());
            case GenericArgs.ConstArg c -> expr(c.value());
            case GenericArgs.AssocConstraint ac -> {
                ident(ac.name());
                if (ac.args() != null) segmentArgs(ac.args());
                if (ac.type() != null) w(" = ").type(ac.type());
                else w(": ").bounds(ac.bounds());
            }
        }
    }

    private void segmentArgs(GenericArgs args) {
        if (args instanceof GenericArgs.AngleBracketed ab) {
            w("<");
            commaList(ab.args(), this::genericArg);
            w(">");
        }
    }

    // ------------------------------------------------------------------ types

    private AstPrinter type(Type t) {
        switch (t) {
            case Type.PathType pt -> qpath(pt.qself(), pt.path(), false);
            case Type.Ref r -> {
                w("&");
                if (r.lifetime() != null) w(r.lifetime().name()).w(" ");
                if (r.mutable()) w("mut ");
                type(r.inner());
            }
            case Type.RawPtr p -> w(p.mutable() ? "*mut " : "*const ").type(p.inner());
            case Type.Slice s -> w("[").type(s.element()).w("]");
            case Type.Array a -> w("[").type(a.element()).w("; ").expr(a.length()).w("]");
            case Type.Tuple tu -> {
                w("(");
                commaList(tu.elements(), this::type);
                if (tu.elements().size() == 1) w(",");
                w(")");
            }
            case Type.Paren p -> w("(").type(p.inner()).w(")");
            case Type.Never n -> w("!");
            case Type.Infer i -> w("_");
            case Type.FnPtr f -> {
                forLifetimes(f.forLifetimes());
                if (f.unsafe()) w("unsafe ");
                if (f.abi() != null) w("extern \"").w(f.abi()).w("\" ");
                w("fn(");
                commaList(f.params(), p -> {
                    if (p.name() != null) ident(p.name()).w(": ");
                    type(p.type());
                });
                if (f.variadic()) w(f.params().isEmpty() ? "..." : ", ...");
                w(")");
                if (f.ret() != null) w(" -> ").type(f.ret());
            }
            case Type.TraitObject to -> {
                if (to.dyn()) w("dyn ");
                bounds(to.bounds());
                // a bare trait object of one bound is told apart from a path by its trailing `+`
                if (!to.dyn() && to.bounds().size() == 1) w(" +");
            }
            case Type.ImplTrait it -> w("impl ").bounds(it.bounds());
            case Type.Mac m -> mac(m.mac());
            case Type.ImplicitSelf s -> w("Self");
        }
        return this;
    }

    // ------------------------------------------------------------------ patterns

    private AstPrinter pat(Pat p) {
        switch (p) {
            case Pat.Wild w -> w("_");
            case Pat.IdentPat ip -> {
                if (ip.byRef()) w("ref ");
                if (ip.mutable()) w("mut ");
                ident(ip.name());
                if (ip.sub() != null) w(" @ ").pat(ip.sub());
            }
            case Pat.LitPat lp -> expr(lp.value());
            case Pat.RangePat rp -> {
                if (rp.lo() != null) expr(rp.lo());
                w(rp.limits() == Expr.RangeLimits.CLOSED ? "..=" : "..");
                if (rp.hi() != null) expr(rp.hi());
            }
            case Pat.PathPat pp -> qpath(pp.qself(), pp.path(), true);
            case Pat.TupleStruct ts -> {
                qpath(ts.qself(), ts.path(), true).w("(");
                commaList(ts.elements(), this::pat);
                w(")");
            }
            case Pat.StructPat sp -> {
                qpath(sp.qself(), sp.path(), true).w(" { ");
                commaList(sp.fields(), f -> {
                    for (Attribute a : f.attrs()) attr(a).w(" ");
                    if (f.shorthand()) pat(f.pat());
                    else ident(f.name()).w(": ").pat(f.pat());
                });
                if (sp.rest()) w(sp.fields().isEmpty() ? ".." : ", ..");
                w(" }");
            }
            case Pat.Tuple t -> {
                w("(");
                commaList(t.elements(), this::pat);
                if (t.elements().size() == 1 && !(t.elements().get(0) instanceof Pat.Rest)) w(",");
                w(")");
            }
            case Pat.Slice s -> {
                w("[");
                commaList(s.elements(), this::pat);
                w("]");
            }
            case Pat.Rest r -> w("..");
            case Pat.Ref r -> {
                w("&");
                if (r.mutable()) w("mut ");
                // `& &x` must not become `&&x` followed by a binding named like a keyword
                pat(r.inner());
            }
            case Pat.Box b -> w("box ").pat(b.inner());
            case Pat.Or o -> {
                if (o.alternatives().size() == 1) w("| ");
                for (int i = 0; i < o.alternatives().size(); i++) {
                    if (i > 0) w(" | ");
                    pat(o.alternatives().get(i));
                }
            }
            case Pat.Paren pp -> w("(").pat(pp.inner()).w(")");
            case Pat.Mac m -> mac(m.mac());
        }
        return this;
    }

    // ------------------------------------------------------------------ statements, expressions

    private AstPrinter block(Block b) {
        if (b.unsafe()) w("unsafe ");
        w("{");
        indent++;
        for (Stmt s : b.stmts()) {
            switch (s) {
                case Stmt.ItemStmt is -> item(is.item());
                default -> {
                    newline();
                    stmt(s);
                }
            }
        }
        indent--;
        newline();
        return w("}");
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.Let l -> {
                attrs(l.attrs());
                w("let ").pat(l.pat());
                if (l.type() != null) w(": ").type(l.type());
                if (l.init() != null) w(" = ").expr(l.init());
                if (l.elseBlock() != null) w(" else ").block(l.elseBlock());
                w(";");
            }
            case Stmt.ItemStmt is -> item(is.item());
            case Stmt.ExprStmt es -> {
                attrs(es.attrs());
                expr(es.expr());
                if (es.semi()) w(";");
            }
            case Stmt.Empty e -> w(";");
        }
    }

    private AstPrinter label(rustmem.syntax.ast.Lifetime l) {
        return l == null ? this : w(l.name()).w(": ");
    }

    private AstPrinter expr(Expr e) {
        switch (e) {
            case Expr.LitExpr l -> w(l.lit().spelling());
            case Expr.PathExpr p -> exprPath(p.qself(), p.path());
            case Expr.Unary u -> w(u.op().symbol).expr(u.operand());
            case Expr.Binary b -> expr(b.lhs()).w(" ").w(b.op().symbol).w(" ").expr(b.rhs());
            case Expr.Assign a -> expr(a.lhs()).w(" = ").expr(a.rhs());
            case Expr.AssignOp a -> expr(a.lhs()).w(" ").w(a.op().symbol).w("= ").expr(a.rhs());
            case Expr.AddrOf a -> {
                w("&");
                if (a.raw()) w(a.mutable() ? "raw mut " : "raw const ");
                else if (a.mutable()) w("mut ");
                expr(a.operand());
            }
            case Expr.Cast c -> expr(c.operand()).w(" as ").type(c.type());
            case Expr.Call c -> {
                expr(c.callee()).w("(");
                commaList(c.args(), this::expr);
                w(")");
            }
            case Expr.MethodCall m -> {
                expr(m.receiver()).w(".");
                segment(m.method(), true);
                w("(");
                commaList(m.args(), this::expr);
                w(")");
            }
            case Expr.Field f -> {
                expr(f.base());
                // a float literal's base needs a space: `1.0 .x` must not become `1.0.x`
                if (f.base() instanceof Expr.LitExpr) w(" ");
                w(".").ident(f.name());
            }
            case Expr.Index i -> expr(i.base()).w("[").expr(i.index()).w("]");
            case Expr.Range r -> {
                if (r.start() != null) expr(r.start());
                w(r.limits() == Expr.RangeLimits.CLOSED ? "..=" : "..");
                if (r.end() != null) expr(r.end());
            }
            case Expr.Tuple t -> {
                w("(");
                commaList(t.elements(), this::expr);
                if (t.elements().size() == 1) w(",");
                w(")");
            }
            case Expr.Array a -> {
                w("[");
                commaList(a.elements(), this::expr);
                w("]");
            }
            case Expr.Repeat r -> w("[").expr(r.value()).w("; ").expr(r.count()).w("]");
            case Expr.OffsetOf o -> {
                w("builtin # offset_of(").type(o.container()).w(", ");
                for (int i = 0; i < o.fields().size(); i++) w(i == 0 ? "" : ".").ident(o.fields().get(i));
                w(")");
            }
            case Expr.Struct s -> {
                exprPath(s.qself(), s.path()).w(" { ");
                commaList(s.fields(), f -> {
                    for (Attribute a : f.attrs()) attr(a).w(" ");
                    if (f.shorthand()) ident(f.name());
                    else ident(f.name()).w(": ").expr(f.value());
                });
                if (s.base() != null || s.rest()) {
                    if (!s.fields().isEmpty()) w(", ");
                    w("..");
                    if (s.base() != null) expr(s.base());
                }
                w(" }");
            }
            case Expr.If i -> {
                w("if ").expr(i.cond()).w(" ").block(i.then());
                if (i.elseBranch() != null) w(" else ").expr(i.elseBranch());
            }
            case Expr.Let l -> w("let ").pat(l.pat()).w(" = ").expr(l.scrutinee());
            case Expr.While wh -> label(wh.label()).w("while ").expr(wh.cond()).w(" ").block(wh.body());
            case Expr.Loop l -> label(l.label()).w("loop ").block(l.body());
            case Expr.ForLoop f -> label(f.label()).w("for ").pat(f.pat()).w(" in ").expr(f.iter()).w(" ").block(f.body());
            case Expr.Match m -> {
                w("match ").expr(m.scrutinee()).w(" {");
                indent++;
                for (Expr.Arm arm : m.arms()) {
                    newline();
                    attrs(arm.attrs());
                    pat(arm.pat());
                    if (arm.guard() != null) w(" if ").expr(arm.guard());
                    w(" => ").expr(arm.body()).w(",");
                }
                indent--;
                newline();
                w("}");
            }
            case Expr.BlockExpr b -> label(b.label()).block(b.block());
            case Expr.ConstBlock c -> w("const ").block(c.block());
            case Expr.Async a -> w(a.move() ? "async move " : "async ").block(a.block());
            case Expr.Closure c -> {
                if (c.async()) w("async ");
                if (c.capture() == Expr.CaptureBy.VALUE) w("move ");
                w("|");
                commaList(c.params(), p -> {
                    for (Attribute a : p.attrs()) attr(a).w(" ");
                    pat(p.pat());
                    if (p.type() != null) w(": ").type(p.type());
                });
                w("| ");
                if (c.ret() != null) w("-> ").type(c.ret()).w(" ");
                expr(c.body());
            }
            case Expr.Break b -> {
                w("break");
                if (b.label() != null) w(" ").w(b.label().name());
                if (b.value() != null) w(" ").expr(b.value());
            }
            case Expr.Continue c -> {
                w("continue");
                if (c.label() != null) w(" ").w(c.label().name());
            }
            case Expr.Return r -> {
                w("return");
                if (r.value() != null) w(" ").expr(r.value());
            }
            case Expr.Try t -> expr(t.operand()).w("?");
            case Expr.Await a -> expr(a.operand()).w(".await");
            case Expr.Paren p -> w("(").expr(p.inner()).w(")");
            case Expr.Underscore u -> w("_");
            case Expr.Mac m -> mac(m.mac());
            case Expr.FormatArgs f -> {
                w("format_args!(").w("\"" + f.template().toSource().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"");
                for (Expr a : f.args()) w(", ").expr(a);
                w(")");
            }
            case Expr.Err err -> w("/* error */");
        }
        return this;
    }

    private AstPrinter mac(MacCall m) {
        path(m.path()).w("!");
        return tokenTree(m.args());
    }

    /** Tokens are separated by spaces so that re-lexing gives the same tokens. */
    private AstPrinter tokenTree(TokenTree.Delimited d) {
        w(d.delim().open);
        boolean first = true;
        for (TokenTree t : d.trees()) {
            if (!first) w(" ");
            first = false;
            switch (t) {
                case TokenTree.Leaf l -> {
                    if (l.token().kind() == TokenKind.DOC_COMMENT) {
                        w(l.token().text());
                        newline();
                    } else {
                        w(l.token().spelling());
                    }
                }
                case TokenTree.Delimited inner -> tokenTree(inner);
            }
        }
        return w(d.delim().close);
    }
}
