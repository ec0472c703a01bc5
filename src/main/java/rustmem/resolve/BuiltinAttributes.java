package rustmem.resolve;

import java.util.Set;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.syntax.ast.AstWalk;
import rustmem.syntax.ast.Attribute;
import rustmem.syntax.ast.Crate;

/**
 * The attributes a program may use without defining them (rustc_feature's `BUILTIN_ATTRIBUTES`, stable ones, and
 * the tool namespaces): any other is `error: cannot find attribute `x` in this scope`, as rustc resolves it.
 */
final class BuiltinAttributes {
    private BuiltinAttributes() {}

    private static final Set<String> BUILTIN = Set.of(
        // conditional compilation, testing
        "cfg", "cfg_attr", "test", "ignore", "should_panic", "bench",
        // macros and derives
        "derive", "automatically_derived", "macro_export", "macro_use", "proc_macro", "proc_macro_derive",
        "proc_macro_attribute", "collapse_debuginfo",
        // lints and diagnostics
        "allow", "expect", "warn", "deny", "forbid", "deprecated", "must_use", "doc", "diagnostic",
        // ABI, linking, symbols
        "link", "link_name", "link_ordinal", "no_link", "repr", "export_name", "link_section", "no_mangle", "used",
        "unsafe", "naked", "instruction_set",
        // code generation
        "inline", "cold", "no_builtins", "target_feature", "track_caller", "coverage",
        // crate level
        "crate_name", "crate_type", "no_main", "no_std", "no_implicit_prelude", "recursion_limit", "type_length_limit",
        "windows_subsystem", "feature", "debugger_visualizer", "path",
        // types and items
        "non_exhaustive", "global_allocator", "panic_handler", "patchable_function_entry");

    /** Attribute paths whose first segment is a tool's: `#[rustfmt::skip]`, `#[clippy::...]`. */
    private static final Set<String> TOOLS = Set.of("rustfmt", "clippy", "rustdoc", "rust_analyzer", "diagnostic", "miri");

    static void check(Crate program, Diagnostics diags) {
        for (Attribute a : program.attrs()) check(a, false, diags);
        // `#[default]` is the helper attribute of `#[derive(Default)]`: in scope on the variants of such an enum
        Set<Object> defaultInScope = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        AstWalk.walk(program.items(), node -> {
            if (node instanceof rustmem.syntax.ast.Item item && item.kind() instanceof rustmem.syntax.ast.Item.Enum en
                && Derives.derivesDefault(item.attrs())) {
                defaultInScope.addAll(en.variants());
            }
            java.util.List<Attribute> attrs = AstWalk.attrsOf(node);
            if (attrs != null) for (Attribute a : attrs) check(a, defaultInScope.contains(node), diags);
            return true;
        });
    }

    private static void check(Attribute a, boolean defaultInScope, Diagnostics diags) {
        if (a.docComment() || a.path().segments().isEmpty()) return;
        var first = a.path().segments().get(0).ident();
        String name = first.name();
        if (defaultInScope && name.equals("default") && a.path().segments().size() == 1) return;
        if (a.path().segments().size() > 1 ? TOOLS.contains(name) : BUILTIN.contains(name)) return;
        if (name.startsWith("rustc_")) return;   // rustc's internal attributes: a feature-gate error in rustc, not this one
        String shown = a.path().segments().size() > 1 ? a.path().segments().stream().map(s -> s.ident().name())
            .collect(java.util.stream.Collectors.joining("::")) : name;
        diags.emit(Diagnostic.error("cannot find attribute `" + shown + "` in this scope").span(a.path().span()));
    }
}
