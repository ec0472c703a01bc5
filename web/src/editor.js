// The editor component of rustmem's page: CodeMirror 6 with Rust highlighting, diagnostics shown at their
// lines, and the line a trace step is at highlighted. Bundled by build.sh into one file the page loads as
// window.RustmemEditor (no CDN: the page works offline).
import { basicSetup } from "codemirror";
import { EditorView, Decoration } from "@codemirror/view";
import { EditorState, StateField, StateEffect } from "@codemirror/state";
import { rust } from "@codemirror/lang-rust";
import { setDiagnostics, lintGutter } from "@codemirror/lint";

const setCurrentLine = StateEffect.define();
const currentLineMark = Decoration.line({ class: "cm-step-line" });

/** The line of the trace step shown (0: none), as a line decoration. */
const currentLine = StateField.define({
  create() { return Decoration.none; },
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (e.is(setCurrentLine)) {
        const n = e.value;
        deco = n > 0 && n <= tr.state.doc.lines
          ? Decoration.set([currentLineMark.range(tr.state.doc.line(n).from)])
          : Decoration.none;
      }
    }
    return deco;
  },
  provide: f => EditorView.decorations.from(f),
});

function offset(doc, line, col) {
  if (line < 1) return 0;
  if (line > doc.lines) return doc.length;
  const l = doc.line(line);
  return Math.min(l.from + Math.max(col - 1, 0), l.to);
}

/**
 * Creates an editor in parent. options: doc (the text), onChange(text) after each edit.
 * Returns the handle the page uses.
 */
export function create(parent, options = {}) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc || "",
      extensions: [
        basicSetup,
        rust(),
        lintGutter(),
        currentLine,
        EditorView.updateListener.of(u => { if (u.docChanged && options.onChange) options.onChange(u.state.doc.toString()); }),
      ],
    }),
  });
  return {
    view,
    getText() { return view.state.doc.toString(); },
    setText(text) { view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }); },
    /** diagnostics: [{line, col, endLine, endCol, severity: "error"|"warning"|"info", message}], 1-based. */
    setDiagnostics(diags) {
      const doc = view.state.doc;
      const list = diags.map(d => {
        const from = offset(doc, d.line, d.col);
        let to = offset(doc, d.endLine || d.line, d.endCol || d.col);
        if (to <= from) to = Math.min(from + 1, doc.length);
        return { from, to, severity: d.severity || "error", message: d.message };
      });
      view.dispatch(setDiagnostics(view.state, list));
    },
    /** Highlights line n (1-based) and scrolls it into view; 0 removes the highlight. */
    highlightLine(n) {
      const effects = [setCurrentLine.of(n)];
      if (n > 0 && n <= view.state.doc.lines) {
        effects.push(EditorView.scrollIntoView(view.state.doc.line(n).from, { y: "nearest" }));
      }
      view.dispatch({ effects });
    },
  };
}
