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
import rustmem.legacy.layout.LayoutCx;
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
import rustmem.legacy.types.Ty;
import rustmem.legacy.types.TypeCollector;
import rustmem.legacy.types.TypeError;
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
    private final TypeCollector types;
    private final LayoutCx layouts;
    private final Diagnostics diags;
    private final List<FnItem> fns = new ArrayList<>();
    private final List<StaticItem> statics = new ArrayList<>();
    private final List<Placement> consts = new ArrayList<>();
    private final Map<String, Expr> constValues = new HashMap<>();
    /** Literal text → where it first appears; identical literals share one copy (LLVM merges unnamed_addr constants). */
    private final Map<String, Literal> literals = new LinkedHashMap<>();
    /** Traits declared in the program: their methods and supertraits, for vtable sizes. */
    private final Map<String, Item.Trait> traits = new HashMap<>();
    /** {@code impl Trait for Type} pairs, in source order. */
    private final List<TraitImpl> traitImpls = new ArrayList<>();
    /** Traits the program names as {@code dyn Trait}. */
    private final java.util.Set<String> dynTraits = new java.util.HashSet<>();

    private record TraitImpl(String trait, String self, Span span) {}

    private record FnItem(String name, Span span, long size) {}

    private record StaticItem(String name, boolean mutable, Ty ty, Expr value, Span span) {}

    private record Literal(String text, int bytes, String origin, Span span) {}

    private ImageBuilder(ImageTarget target, TypeCollector types, Diagnostics diags) {
        this.target = target;
        this.types = types;
        this.layouts = new LayoutCx(target.dataLayout);
        this.diags = diags;
    }

    /** Builds the image, or returns null after reporting what stopped it. */
    public static ProgramImage build(Crate crate, ImageTarget target, Diagnostics diags) {
        TypeCollector types = TypeCollector.forCrate(crate, diags);
        if (diags.hasErrors()) return null;
        ImageBuilder b = new ImageBuilder(target, types, diags);
        b.items(crate.items(), "");
        AstWalk.walk(crate, n -> {
            if (n instanceof rustmem.syntax.ast.Type.TraitObject t) {
                for (var bound : t.bounds()) {
                    if (bound instanceof rustmem.syntax.ast.GenericBound.TraitBound tb) b.dynTraits.add(tb.trait().last().name());
                }
            }
            return true;
        });
        if (diags.hasErrors()) return null;
        return b.link();
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
                try {
                    statics.add(new StaticItem(prefix + s.name().name(), s.mutable(), types.lower(s.type()), s.value(),
                        item.span()));
                } catch (TypeError e) {
                    diags.emit(e.diagnostic());
                }
                constValues.put(s.name().name(), s.value());
                scan(s.value(), "static " + prefix + s.name().name());
            }
            case Item.Const c when c.value() != null -> {
                consts.add(new Placement(Placement.Kind.CONST, prefix + c.name().name(), null, 0, 0, 0,
                    "inlined at each use: " + AstPrinter.print(c.type()), line(item.span())));
                constValues.put(c.name().name(), c.value());
                scan(c.value(), "const " + prefix + c.name().name());
            }
            case Item.Mod m when m.items() != null -> items(m.items(), prefix + m.name().name() + "::");
            case Item.Trait t -> traits.put(t.name().name(), t);
            case Item.Impl impl -> {
                String self = AstPrinter.print(impl.selfType());
                if (impl.traitRef() != null && !impl.negative() && impl.generics().params().isEmpty()) {
                    traitImpls.add(new TraitImpl(impl.traitRef().last().name(), self, item.span()));
                }
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
        for (TraitImpl ti : traitImpls) {
            int methods = vtableMethods(ti.trait(), new java.util.HashSet<>());
            if (!dynTraits.contains(ti.trait()) || methods < 0) continue;
            // function addresses: relocated at load time in a PIE, so RELRO data there
            (target.pie() ? relro : rodata).put(Placement.Kind.VTABLE, "<" + ti.self() + " as " + ti.trait() + ">",
                (3L + methods) * ptr, ptr, "vtable for `dyn " + ti.trait() + "` values made from " + ti.self()
                    + ": drop_in_place, size, align, " + methods + (methods == 1 ? " method" : " methods"),
                line(ti.span()));
        }
        for (StaticItem s : statics) {
            Layout layout;
            try {
                layout = layouts.layoutOf(s.ty());
            } catch (TypeError e) {
                diags.emit(e.diagnostic());
                continue;
            }
            InitialValue init = InitialValue.of(s.value(), constValues);
            if (init == null) {
                diags.emit(Diagnostic.error("unsupported: the initial value of static `" + s.name()
                    + "` (rustmem cannot tell whether its bytes are zero, which decides .data or .bss)")
                    .span(s.value().span()));
                continue;
            }
            boolean writable = s.mutable() || interiorMutable(s.ty());
            Out section = writable ? (init == InitialValue.ZERO ? bss : data)
                : init == InitialValue.ADDRESS && target.pie() ? relro : rodata;
            String why = (s.mutable() ? "static mut" : writable ? "interior mutability" : "immutable")
                + (init == InitialValue.ZERO ? ", all bytes zero" : init == InitialValue.ADDRESS ? ", holds an address" : "");
            section.put(Placement.Kind.STATIC, s.name(), layout.size(), layout.align(), s.ty().display() + " (" + why + ")",
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

    private static final java.util.Set<String> MARKER_TRAITS = java.util.Set.of("Sized", "Send", "Sync", "Copy", "Unpin");

    /** Methods in a trait's vtable, its supertraits' first; -1 for traits this program does not declare. */
    private int vtableMethods(String trait, java.util.Set<String> seen) {
        if (trait.equals("Display") || trait.equals("Debug")) return 1;   // fmt
        Item.Trait t = traits.get(trait);
        if (t == null) return -1;
        if (!seen.add(trait)) return 0;
        int n = 0;
        int supertraitsWithMethods = 0;
        for (var bound : t.supertraits()) {
            if (bound instanceof rustmem.syntax.ast.GenericBound.TraitBound tb) {
                String name = tb.trait().last().name();
                if (MARKER_TRAITS.contains(name)) continue;
                int m = vtableMethods(name, seen);
                if (m < 0) return -1;
                n += m;
                if (m > 0) supertraitsWithMethods++;
            }
        }
        // a second supertrait adds a pointer to its own vtable (for upcasting); not modelled
        if (supertraitsWithMethods > 1) return -1;
        for (Item i : t.items()) {
            // methods with a `self` receiver and no generics of their own are callable through dyn
            if (i.kind() instanceof Item.Fn f && !f.decl().params().isEmpty() && f.decl().params().getFirst().selfKind() != null
                && f.generics().params().isEmpty()) n++;
        }
        return n;
    }

    /** Whether the type holds an UnsafeCell, by value (not behind a pointer): then the static is writable. */
    private static boolean interiorMutable(Ty ty) {
        return switch (ty) {
            case Ty.Adt a -> a.def().layoutAttrs().unsafeCell() || a.def().variants().stream()
                .flatMap(v -> v.fields().stream()).anyMatch(f -> interiorMutable(f.type().subst(a.args())));
            case Ty.Tuple t -> t.elements().stream().anyMatch(ImageBuilder::interiorMutable);
            case Ty.Array arr -> interiorMutable(arr.element());
            default -> false;
        };
    }

    private int line(Span span) { return diags.file().line(span.lo()); }

    private static long alignUp(long v, long align) { return (v + align - 1) / align * align; }
}
