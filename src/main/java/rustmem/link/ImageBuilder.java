package rustmem.link;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rustmem.elf.ElfFile;
import rustmem.elf.Section;
import rustmem.elf.Segment;
import rustmem.elf.Symbol;
import rustmem.layout.Layout;
import rustmem.layout.LayoutCx;
import rustmem.resolve.Cfg;
import rustmem.resolve.FormatMacroCall;
import rustmem.resolve.FormatParser;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.source.Span;
import rustmem.syntax.AstPrinter;
import rustmem.syntax.Lit;
import rustmem.syntax.TokenKind;
import rustmem.syntax.TokenTrees;
import rustmem.syntax.ast.AstWalk;
import rustmem.syntax.ast.Crate;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.MacCall;
import rustmem.syntax.ast.TokenTree;
import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.types.AssocItem;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;
import rustmem.syntax.ast.FormatTemplate;

/**
 * Lays out a program's image as rustc and the target's linker would: functions in .text, string
 * literals (format strings' pieces included, identical ones merged) in .rodata, statics by what they
 * hold — immutable ones in .rodata (or .data.rel.ro when they hold an address in a PIE), mutable ones
 * (`static mut`, or with interior mutability) in .data, or in .bss when their bytes are all zero.
 * Code sizes are modelled, since rustmem does not generate machine code: 16 bytes of prologue and
 * epilogue plus 4 per expression.
 */
public final class ImageBuilder {
    private static final long PAGE = 0x1000;

    private final ImageTarget target;
    private final TyCtxt tcx;
    private final LayoutCx layouts;
    private final Diagnostics diags;
    private final List<FnItem> fns = new ArrayList<>();
    private final List<StaticItem> statics = new ArrayList<>();
    private final List<Placement> consts = new ArrayList<>();
    /** Literal text → where it first appears; identical literals share one copy (LLVM merges unnamed_addr constants). */
    private final Map<String, Literal> literals = new LinkedHashMap<>();
    /** What the program's statics hold at the start (its interpreter runs their initializers). */
    private final java.util.function.Function<DefId, InitialValue> initialValues;
    /** The spans of the statics the program's source declares. */
    private final java.util.Set<Span> staticSpans = new java.util.HashSet<>();
    /** The traits the program names as {@code dyn Trait}. */
    private final java.util.Set<DefId> dynTraits = new java.util.HashSet<>();

    private record FnItem(String name, Span span, long size) {}

    private record StaticItem(DefId def, String name, boolean mutable, Ty ty, Span span) {}

    private record Literal(String text, int bytes, String origin, Span span) {}

    private ImageBuilder(ImageTarget target, TyCtxt tcx, java.util.function.Function<DefId, InitialValue> initialValues,
                         Diagnostics diags) {
        this.target = target;
        this.tcx = tcx;
        this.layouts = new LayoutCx(tcx, target.dataLayout, new rustmem.interp.Resolver(tcx)::normalize);
        this.initialValues = initialValues;
        this.diags = diags;
    }

    /**
     * Builds the image of a program (crate: as parsed, its literals and format strings are read before expansion)
     * whose compilation is tcx; initialValues tells what each static holds at the start, or null when that cannot be
     * computed. Returns null after reporting what stopped it.
     */
    public static ProgramImage build(Crate crate, TyCtxt tcx, java.util.function.Function<DefId, InitialValue> initialValues,
                                     ImageTarget target, Diagnostics diags) {
        ImageBuilder b = new ImageBuilder(target, tcx, initialValues, diags);
        b.items(crate.items(), "");
        b.statics();
        b.dynTraits();
        if (diags.hasErrors()) return null;
        return b.link();
    }

    /** The program's statics, in source order, named by their module path (a static in a function: its module's). */
    private void statics() {
        List<DefId> defs = new ArrayList<>();
        for (DefId d : tcx.res.items()) {
            // those written in the source (a macro's, as thread_local!'s storage, is the macro's, spanned at its call)
            if (!tcx.defs.isStd(d) && tcx.kind(d) == DefKind.STATIC && staticSpans.contains(tcx.defs.span(d))) defs.add(d);
        }
        defs.sort((a, b) -> Integer.compare(tcx.defs.span(a).lo(), tcx.defs.span(b).lo()));
        for (DefId d : defs) {
            if (!(tcx.item(d).kind() instanceof Item.Static st) || st.value() == null) continue;
            StringBuilder name = new StringBuilder(tcx.name(d));
            for (DefId p = tcx.defs.parent(d); p != null && tcx.defs.parent(p) != null; p = tcx.defs.parent(p)) {
                if (tcx.kind(p) == DefKind.MOD) name.insert(0, tcx.name(p) + "::");
            }
            statics.add(new StaticItem(d, name.toString(), st.mutable(), tcx.typeOf(d), tcx.item(d).span()));
        }
    }

    /** The traits of the `dyn Trait` types the program's items and bodies name. */
    private void dynTraits() {
        AstWalk.walk(tcx.defs.node(tcx.res.localRoot().def), n -> {
            if (n instanceof rustmem.syntax.ast.Type.TraitObject t) {
                for (var bound : t.bounds()) {
                    if (bound instanceof rustmem.syntax.ast.GenericBound.TraitBound tb
                        && tcx.res.partialRes(tb.trait()) instanceof rustmem.resolve.PartialRes pr
                        && pr.base() instanceof rustmem.resolve.Res.Def d) {
                        dynTraits.add(d.id());
                    }
                }
            }
            return true;
        });
    }

    // ---- collecting ----

    private void items(List<Item> items, String prefix) {
        for (Item item : items) {
            if (Cfg.enabled(item.attrs())) item(item, prefix);
        }
    }

    private void item(Item item, String prefix) {
        switch (item.kind()) {
            case Item.Fn f when f.body() != null -> {
                String name = prefix + f.name().name();
                int[] exprs = {0};
                AstWalk.walk(f.body(), n -> {
                    if (n instanceof Expr) exprs[0]++;
                    return !(n instanceof Item);
                });
                fns.add(new FnItem(name, item.span(), 16 + 4L * exprs[0]));
                scan(f.body(), "fn " + name);
                nested(f.body(), prefix);
            }
            case Item.Static s when s.value() != null -> {
                staticSpans.add(item.span());
                scan(s.value(), "static " + prefix + s.name().name());
            }
            case Item.Const c when c.value() != null -> {
                consts.add(new Placement(Placement.Kind.CONST, prefix + c.name().name(), null, 0, 0, 0,
                    "inlined at each use: " + AstPrinter.print(c.type()), line(item.span())));
                scan(c.value(), "const " + prefix + c.name().name());
            }
            case Item.Mod m when m.items() != null -> items(m.items(), prefix + m.name().name() + "::");
            case Item.Impl impl -> {
                String self = AstPrinter.print(impl.selfType());
                String implPrefix = impl.traitRef() == null ? self + "::"
                    : "<" + self + " as " + impl.traitRef() + ">::";
                items(impl.items(), prefix + implPrefix);
            }
            default -> { }
        }
    }

    /** Items declared inside a function body belong to the enclosing module's namespace in symbol names. */
    private void nested(Object body, String prefix) {
        AstWalk.walk(body, n -> {
            if (n instanceof Item i) {
                if (Cfg.enabled(i.attrs())) item(i, prefix);
                return false;
            }
            return true;
        });
    }

    /** Collects the string literals under a node, nested items excepted (they are scanned on their own). */
    private void scan(Object node, String origin) {
        AstWalk.walk(node, n -> switch (n) {
            case Item i -> false;
            case Expr.LitExpr l -> {
                literal(l.lit(), origin);
                yield false;
            }
            case MacCall m -> {
                macro(m, origin);
                yield false;
            }
            default -> true;
        });
    }

    private void literal(Lit lit, String origin) {
        switch (lit.kind()) {
            case STR, RAW_STR, BYTE_STR, RAW_BYTE_STR -> addLiteral(lit.cooked(), lit.kind() == Lit.Kind.BYTE_STR
                || lit.kind() == Lit.Kind.RAW_BYTE_STR, origin, lit.span());
            case C_STR, RAW_C_STR -> addLiteral(lit.cooked() + "\0", false, origin, lit.span());
            default -> { }
        }
    }

    private void addLiteral(String text, boolean bytes, String origin, Span span) {
        int size = bytes ? text.length() : text.getBytes(StandardCharsets.UTF_8).length;
        if (size > 0) literals.putIfAbsent(text, new Literal(text, size, origin, span));
    }

    /** Which comma-separated part of a macro's input is a format string. */
    private static int formatPosition(String macro) {
        return switch (macro) {
            case "println", "print", "eprintln", "eprint", "format", "format_args", "panic", "unreachable", "todo",
                 "unimplemented" -> 0;
            case "write", "writeln", "assert", "debug_assert" -> 1;
            case "assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne" -> 2;
            default -> -1;
        };
    }

    /** A format macro's string is split into the pieces between its arguments; other macros' literals are kept whole. */
    private void macro(MacCall m, String origin) {
        String name = m.path().last().name();
        List<List<TokenTree>> parts = TokenTrees.splitCommas(m.args().trees());
        int at = formatPosition(name);
        for (int i = 0; i < parts.size(); i++) {
            if (i == at && formatPieces(name, parts.subList(i, parts.size()), m.span(), origin)) continue;
            for (var token : TokenTrees.flatten(parts.get(i))) {
                if (token.kind() == TokenKind.LITERAL) literal(token.lit(), origin);
            }
        }
    }

    private boolean formatPieces(String macro, List<List<TokenTree>> parts, Span span, String origin) {
        FormatMacroCall call = FormatMacroCall.parse(parts, span, new Diagnostics(diags.file()));
        if (call == null || call.format() == null) return false;
        FormatParser.Result parsed;
        try {
            parsed = FormatParser.parse(call.format().cooked(), call.positional().size(), call.names());
        } catch (FormatParser.FormatError e) {
            return false;
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (FormatTemplate.Piece p : parsed.template().pieces()) {
            if (p instanceof FormatTemplate.Text t) {
                text.append(t.text());
            } else {
                pieces.add(text.toString());
                text.setLength(0);
            }
        }
        if (macro.endsWith("ln")) text.append('\n');
        pieces.add(text.toString());
        for (String piece : pieces) addLiteral(piece, false, origin + " (" + macro + "! piece)", call.formatSpan());
        return true;
    }

    // ---- linking ----

    /** A section being filled: its contents in order and the running size. */
    private static final class Out {
        final String name;
        final long type, flags;
        long address, size, align = 1;
        final List<Placement> placed = new ArrayList<>();

        Out(String name, long type, long flags) {
            this.name = name;
            this.type = type;
            this.flags = flags;
        }

        void put(Placement.Kind kind, String what, long bytes, long alignment, String detail, int line) {
            long at = alignUp(size, alignment);
            placed.add(new Placement(kind, what, name, at, bytes, alignment, detail, line));   // relative until placed
            size = at + bytes;
            align = Math.max(align, alignment);
        }
    }

    private ProgramImage link() {
        boolean arm = target == ImageTarget.THUMBV6M;
        long a = Section.SHF_ALLOC, w = Section.SHF_WRITE, x = Section.SHF_EXECINSTR;
        Out vectors = new Out(".vector_table", Section.SHT_PROGBITS, a);
        Out text = new Out(".text", Section.SHT_PROGBITS, a | x);
        Out rodata = new Out(".rodata", Section.SHT_PROGBITS, a);
        Out relro = new Out(".data.rel.ro", Section.SHT_PROGBITS, a | w);
        Out data = new Out(".data", Section.SHT_PROGBITS, a | w);
        Out bss = new Out(".bss", Section.SHT_NOBITS, a | w);

        if (arm) {
            vectors.put(Placement.Kind.VECTOR_TABLE, "__RESET_VECTOR, __EXCEPTIONS, __INTERRUPTS",
                ImageTarget.VECTOR_TABLE_BYTES, 4, "initial stack pointer, reset vector, 14 exception and "
                    + "32 interrupt handlers (cortex-m-rt)", 0);
        }
        for (FnItem f : fns) {
            text.put(Placement.Kind.FUNCTION, f.name(), f.size(), target.functionAlign, "modelled code size", line(f.span()));
        }
        for (Literal l : literals.values()) {
            rodata.put(Placement.Kind.STRING_LITERAL, l.text(), l.bytes(), 1, "in " + l.origin(), line(l.span()));
        }
        int ptr = target.dataLayout.pointerSize();
        List<DefId> impls = new ArrayList<>();
        for (DefId d : tcx.res.items()) {
            if (!tcx.defs.isStd(d) && tcx.kind(d) == DefKind.IMPL && tcx.implTraitRef(d) != null && !tcx.isNegativeImpl(d)
                && tcx.generics(d).count() == 0 && dynTraits.contains(tcx.implTraitRef(d).trait())) impls.add(d);
        }
        impls.sort((i, j) -> Integer.compare(tcx.defs.span(i).lo(), tcx.defs.span(j).lo()));
        for (DefId impl : impls) {
            DefId trait = tcx.implTraitRef(impl).trait();
            int methods = vtableMethods(trait, new java.util.HashSet<>());
            if (methods < 0) continue;
            String self = tcx.display(tcx.implTraitRef(impl).self()), name = tcx.name(trait);
            // function addresses: relocated at load time in a PIE, so RELRO data there
            (target.pie() ? relro : rodata).put(Placement.Kind.VTABLE, "<" + self + " as " + name + ">",
                (3L + methods) * ptr, ptr, "vtable for `dyn " + name + "` values made from " + self
                    + ": drop_in_place, size, align, " + methods + (methods == 1 ? " method" : " methods"),
                line(tcx.defs.span(impl)));
        }
        for (StaticItem s : statics) {
            Layout layout;
            try {
                layout = layouts.layoutOf(layouts.field(s.ty()));
            } catch (LayoutCx.LayoutError e) {
                diags.emit(Diagnostic.error(e.getMessage()).span(s.span()));
                continue;
            }
            InitialValue init = initialValues.apply(s.def());
            if (init == null) {
                diags.emit(Diagnostic.error("unsupported: the initial value of static `" + s.name()
                    + "` (rustmem could not compute it, which decides .data or .bss)").span(s.span()));
                continue;
            }
            boolean writable = s.mutable() || layouts.interiorMutable(s.ty());
            Out section = writable ? (init == InitialValue.ZERO ? bss : data)
                : init == InitialValue.ADDRESS && target.pie() ? relro : rodata;
            String why = (s.mutable() ? "static mut" : writable ? "interior mutability" : "immutable")
                + (init == InitialValue.ZERO ? ", all bytes zero" : init == InitialValue.ADDRESS ? ", holds an address" : "");
            section.put(Placement.Kind.STATIC, s.name(), layout.size(), layout.align(), tcx.display(s.ty()) + " (" + why + ")",
                line(s.span()));
        }
        if (diags.hasErrors()) return null;

        // addresses: each segment on a new page (x86_64), or flash then RAM (thumbv6m)
        // a linker drops empty output sections; .text stays to show where code goes
        List<Out> order = (arm ? List.of(vectors, text, rodata, data, bss) : List.of(rodata, text, relro, data, bss))
            .stream().filter(o -> o.size > 0 || o == text).toList();
        long headers = arm ? 0 : 0x40 + 4 * 0x38;   // ELF header + program headers lead a PIE's first page
        long cursor = target.base + headers;
        Out previous = null;
        for (Out o : order) {
            boolean ram = o == data || o == bss;
            if (arm && ram && (previous == null || !(previous == data || previous == bss))) cursor = target.ramBase;
            else if (!arm && previous != null && !(o == bss && previous == data)) cursor = alignUp(cursor, PAGE);
            o.address = alignUp(cursor, o.align);
            cursor = o.address + o.size;
            previous = o;
        }

        List<Section> sections = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        List<Symbol> symbols = new ArrayList<>();
        sections.add(new Section(0, "", Section.SHT_NULL, 0, 0, 0, 0, 0, 0, 0, 0));
        long fileOffset = headers;
        for (Out o : order) {
            int index = sections.size();
            long offset = o.type == Section.SHT_NOBITS ? fileOffset : alignUp(fileOffset, o.align);
            sections.add(new Section(index, o.name, o.type, o.flags, o.address, offset, o.size, 0, 0, 0, o.align));
            if (o.type != Section.SHT_NOBITS) fileOffset = offset + o.size;
            for (Placement p : o.placed) {
                Placement placed = new Placement(p.kind(), p.name(), p.section(), o.address + p.address(), p.size(),
                    p.align(), p.detail(), p.line());
                placements.add(placed);
                if (p.kind() == Placement.Kind.FUNCTION || p.kind() == Placement.Kind.STATIC) {
                    symbols.add(new Symbol(p.name(), placed.address(), p.size(),
                        p.kind() == Placement.Kind.FUNCTION ? Symbol.STT_FUNC : Symbol.STT_OBJECT, 0, index, false));
                }
            }
        }
        placements.addAll(consts);
        List<Segment> segments = segments(sections);
        ElfFile table = new ElfFile(arm ? 32 : 64, true, 0, target.fileType, target.machine,
            placements.stream().filter(p -> p.name().equals("main") && p.kind() == Placement.Kind.FUNCTION)
                .mapToLong(Placement::address).findFirst().orElse(0),
            List.copyOf(sections), segments, List.copyOf(symbols), List.of());
        return new ProgramImage(target, table, List.copyOf(placements));
    }

    /** One loadable segment per section group of equal permissions that the target maps together. */
    private List<Segment> segments(List<Section> sections) {
        List<Segment> out = new ArrayList<>();
        Section first = null, last = null;
        for (Section s : sections) {
            if (s.index() == 0) continue;
            // RELRO data is made read-only after relocation, so it is mapped apart from .data
            boolean sameSegment = last != null && last.flags() == s.flags() && !last.name().equals(".data.rel.ro");
            if (!sameSegment && first != null) out.add(segment(out.size(), first, last));
            if (!sameSegment) first = s;
            last = s;
        }
        if (first != null) out.add(segment(out.size(), first, last));
        return List.copyOf(out);
    }

    /** A PIE's first segment also maps the ELF and program headers in front of its first section. */
    private Segment segment(int index, Section first, Section last) {
        int flags = Segment.PF_R | (first.has(Section.SHF_WRITE) ? Segment.PF_W : 0)
            | (first.has(Section.SHF_EXECINSTR) ? Segment.PF_X : 0);
        long start = index == 0 && target.pie() ? target.base : first.address();
        long offset = index == 0 && target.pie() ? 0 : first.offset();
        long memSize = last.address() + last.size() - start;
        long fileSize = (last.noBits() ? last.offset() : last.offset() + last.size()) - offset;
        return new Segment(index, Segment.PT_LOAD, flags, offset, start, fileSize, memSize, PAGE);
    }

    /**
     * The methods in a trait's vtable, its supertraits' first: those with a `self` receiver and no type parameters of
     * their own (callable through dyn); -1 for a layout not modelled (a second supertrait with methods adds a pointer
     * to its own vtable, for upcasting).
     */
    private int vtableMethods(DefId trait, java.util.Set<DefId> seen) {
        if (!seen.add(trait)) return 0;
        int n = 0;
        int supertraitsWithMethods = 0;
        for (rustmem.types.Predicate p : tcx.superPredicates(trait)) {
            if (p instanceof rustmem.types.Predicate.Trait t) {
                int m = vtableMethods(t.ref().trait(), seen);
                if (m < 0) return -1;
                n += m;
                if (m > 0) supertraitsWithMethods++;
            }
        }
        if (supertraitsWithMethods > 1) return -1;
        for (AssocItem a : tcx.assocItems(trait)) {
            if (a.kind() == AssocItem.Kind.FN && a.hasSelf() && tcx.generics(a.def()).own().isEmpty() && !requiresSizedSelf(a.def())) n++;
        }
        return n;
    }

    /** Whether a method is bounded by `where Self: Sized` (then no vtable holds it). */
    private boolean requiresSizedSelf(DefId method) {
        DefId sized = tcx.lang.get("sized");
        for (rustmem.types.Predicate p : tcx.predicatesOf(method)) {
            if (p instanceof rustmem.types.Predicate.Trait t && t.ref().trait().equals(sized) && t.ref().self() instanceof Ty.Param sp
                && sp.index() == 0) return true;
        }
        return false;
    }

    private int line(Span span) { return diags.file().line(span.lo()); }

    private static long alignUp(long v, long align) { return (v + align - 1) / align * align; }
}
