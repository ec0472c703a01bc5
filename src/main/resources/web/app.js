// rustmem's page: write or pick a program, run / check / trace it through the JSON API (docs/api.md), and step
// through the memory of the trace (docs/trace-format.md). Without a server (a downloaded trace), window.RUSTMEM_STANDALONE
// holds the program and its trace and only the timeline works.
"use strict";
(function () {
  const $ = id => document.getElementById(id);
  const standalone = window.RUSTMEM_STANDALONE || null;
  const state = { trace: null, index: 0, program: null, prevValues: new Map(), replayed: new Map(), total: 0 };

  const DEFAULT_PROGRAM = `fn main() {
    let v = vec![1, 2, 3];
    let b = Box::new(v.len());
    let s = String::from("hello");
    println!("{v:?} {b} {s}");
}
`;

  // ------------------------------------------------------------------ editor

  const editor = RustmemEditor.create($("editor"), {
    doc: standalone ? standalone.source : DEFAULT_PROGRAM,
    onChange: () => { state.dirty = true; },
  });
  window.rustmemEditor = editor;   // for tests and the console

  // ------------------------------------------------------------------ API

  async function api(endpoint, extra = {}) {
    const body = { source: editor.getText(), edition: $("edition").value, ...extra };
    const res = await fetch("api/" + endpoint, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    });
    if (endpoint === "svg" && res.ok) return res.text();
    let json;
    try { json = await res.json(); } catch (e) { throw new Error("the server answered " + res.status + " without JSON"); }
    if (!res.ok) throw new Error(json.error || ("HTTP " + res.status));
    return json;
  }

  function busy(on) {
    for (const b of document.querySelectorAll("#toolbar button")) b.disabled = on;
    document.body.classList.toggle("busy", on);
  }

  async function action(name, fn) {
    busy(true);
    setStatus(name + "…", "");
    try { await fn(); } catch (e) { setStatus(e.message, "error"); } finally { busy(false); }
  }

  function setStatus(text, cls) {
    const s = $("status");
    s.textContent = text;
    s.className = cls || "";
  }

  function showDiagnostics(list, rendered) {
    const ul = $("diagnostics");
    ul.innerHTML = "";
    const marks = [];
    for (const d of list || []) {
      const li = document.createElement("li");
      li.className = d.level;
      const where = d.line ? `main.rs:${d.line}:${d.column}: ` : "";
      li.textContent = `${where}${d.level}${d.code ? "[" + d.code + "]" : ""}: ${d.message}${d.label ? " — " + d.label : ""}`;
      li.dataset.line = d.line || "";
      if (d.line) {
        li.addEventListener("click", () => editor.highlightLine(d.line));
        marks.push({ line: d.line, col: d.column, endLine: d.endLine, endCol: d.endColumn,
          severity: d.level === "warning" ? "warning" : d.level === "error" ? "error" : "info",
          message: (d.code ? "[" + d.code + "] " : "") + d.message + (d.label ? "\n" + d.label : "") });
      }
      ul.appendChild(li);
    }
    editor.setDiagnostics(marks);
    if ((!list || list.length === 0) && rendered) {
      const li = document.createElement("li");
      li.className = "error";
      li.textContent = rendered;
      ul.appendChild(li);
    }
  }

  function showOutput(r) {
    $("stdout").textContent = r.stdout || "";
    $("stderr").textContent = (r.stderr || "") + (r.error || "") + (r.compiled !== false && r.rendered ? r.rendered : "");
  }

  const plural = (n, word) => n + " " + word + (n === 1 ? "" : "s");

  function exitText(r) {
    if (r.limit) return "stopped: " + r.limit.message;
    if (r.compiled === false) return "does not compile (" + plural((r.diagnostics || []).filter(d => d.level === "error").length, "error") + ")";
    return "exit code " + r.exit;
  }

  async function run() {
    const r = await api("run");
    showDiagnostics(r.diagnostics, r.compiled === false ? r.rendered : "");
    showOutput(r);
    setStatus(exitText(r), r.exit === 0 && !r.limit ? "ok" : "error");
  }

  async function check() {
    const r = await api("check");
    showDiagnostics(r.diagnostics, r.rendered);
    $("stderr").textContent = r.rendered;
    $("stdout").textContent = "";
    setStatus(r.ok ? "no errors" : plural(r.diagnostics.filter(d => d.level === "error").length, "error"), r.ok ? "ok" : "error");
  }

  async function trace(step) {
    // the program traced: its steps are asked of the server for it, even once the editor holds another
    const program = { source: editor.getText(), edition: $("edition").value };
    const r = await api("trace", program);
    state.program = program;
    showDiagnostics(r.diagnostics || [], r.compiled === false ? r.rendered : "");
    showOutput(r);
    if (r.compiled === false) {
      setStatus(exitText(r), "error");
      return;
    }
    loadTrace(r, step);
    setStatus(exitText(r) + " after " + plural(r.steps, "step") + (r.snapshotsLeftOut && (r.replayableSteps || 0) < r.steps ? " (the first " + r.snapshots.length + " shown)" : ""),
      r.exit === 0 && !r.limit ? "ok" : "error");
    showTab("memory-view");
  }

  // ------------------------------------------------------------------ the timeline

  function loadTrace(t, step) {
    state.trace = t;
    state.prevValues = new Map();
    state.replayed = new Map();
    // the steps past the snapshots sent are replayed by the server from the run's recording, when asked for
    const n = standalone ? t.snapshots.length : Math.max(t.snapshots.length, t.replayableSteps || 0);
    state.total = n;
    const slider = $("slider");
    slider.min = 1;
    slider.max = Math.max(n, 1);
    slider.disabled = n === 0;
    const i = step ? t.snapshots.findIndex(s => s.step === step) : 0;
    show(i >= 0 ? i : step && step <= n ? step - 1 : 0);
  }

  /** The snapshot at index i (step i + 1): one sent with the trace, or one the server replayed. */
  function snapshotAt(i) { return state.trace.snapshots[i] || state.replayed.get(i + 1); }

  function show(i) {
    const t = state.trace;
    if (!t || state.total === 0) {
      $("step-label").textContent = t ? "the program ran no line of its own" : "";
      return;
    }
    i = Math.max(0, Math.min(i, state.total - 1));
    if (!snapshotAt(i)) {
      $("step-label").textContent = `step ${i + 1} of ${t.steps} — replaying…`;
      api("snapshot", { ...state.program, step: i + 1 }).then(s => {
        state.replayed.set(i + 1, s);
        if (state.trace === t) show(i);
      }, e => setStatus(e.message, "error"));
      return;
    }
    const previous = state.index;
    state.index = i;
    const s = snapshotAt(i);
    $("slider").value = i + 1;
    $("step-label").textContent = `step ${s.step} of ${t.steps} — line ${s.line} in ${s.fn}`;
    editor.highlightLine(s.line);
    renderEvents(t, s);
    renderSnapshot(s, Math.abs(previous - i) === 1);
    updateHash();
  }

  function renderEvents(t, s) {
    const ol = $("events");
    ol.innerHTML = "";
    // what happened while the previous step ran: the events between its line and this one
    const from = state.index > 0 ? s.step - 1 : 0;
    for (const e of t.events) {
      if (e.step < from || e.step >= s.step || e.kind === "line") continue;
      const li = document.createElement("li");
      li.textContent = describeEvent(e);
      ol.appendChild(li);
    }
    ol.start = 1;
  }

  function describeEvent(e) {
    switch (e.kind) {
      case "call": return `call ${e.fn}: frame at ${e.base}, ${e.size} bytes`;
      case "return": return `return from ${e.fn}${e.unwinding ? " (unwinding)" : ""}`;
      case "init": return `${e.local} = ${valueText(e.value)}  (${e.type} at ${e.addr})`;
      case "dead": return `${e.local} goes out of scope (${e.addr})`;
      case "move": return `${e.local} moved out: the binding is invalid`;
      case "drop": return `drop ${e.type} at ${e.addr}`;
      case "alloc": return `malloc(${e.size}) = ${e.addr} (chunk ${e.chunk}${e.mmap ? ", mmap" : ""})`;
      case "free": return `free(${e.addr}), ${e.size} bytes`;
      case "realloc": return `realloc(${e.from}, ${e.size}) = ${e.to}${e.from === e.to ? " (in place)" : " (moved; old block freed)"}`;
      case "output": return `write to ${e.fd === 1 ? "stdout" : "stderr"}: ${JSON.stringify(e.text)}`;
      case "panic": return `panic in thread ${e.thread}`;
      default: return e.kind;
    }
  }

  // ------------------------------------------------------------------ values

  function valueText(v) {
    if (!v) return "";
    switch (v.kind) {
      case "scalar": return v.text;
      case "pointer": return (v.text !== undefined ? JSON.stringify(v.text) + " @ " : "") + v.addr + (v.len !== undefined ? ` (len ${v.len})` : "");
      case "composite": return (v.name || "") + (v.tupleLike ? "(" : " { ")
        + v.fields.map(f => (v.tupleLike ? "" : f.name + ": ") + valueText(f.value)).join(", ") + (v.tupleLike ? ")" : " }");
      case "elements": return "[" + v.shown.map(valueText).join(", ") + (v.total > v.shown.length ? ", …" : "") + "]";
      case "text": return JSON.stringify(v.text);
      case "bytes": return v.hex;
      default: return "";
    }
  }

  /** A value as DOM: pointers become dots that arrows start from. */
  function valueNode(v) {
    const span = document.createElement("span");
    if (!v) return span;
    switch (v.kind) {
      case "pointer": {
        const dot = document.createElement("span");
        dot.className = "ptr";
        dot.textContent = "●";
        dot.dataset.target = v.addr;
        span.appendChild(dot);
        let text = " " + v.addr;
        if (v.len !== undefined) text += ` len ${v.len}`;
        if (v.vtable) text += ` vtable ${v.vtable}`;
        if (v.text !== undefined) text += " " + JSON.stringify(v.text);
        span.appendChild(document.createTextNode(text));
        return span;
      }
      case "composite": {
        span.appendChild(document.createTextNode((v.name || "") + (v.tupleLike ? "(" : " { ")));
        v.fields.forEach((f, i) => {
          if (i > 0) span.appendChild(document.createTextNode(", "));
          if (!v.tupleLike) {
            const n = document.createElement("span");
            n.className = "field-name";
            n.textContent = f.name + ": ";
            span.appendChild(n);
          }
          span.appendChild(valueNode(f.value));
        });
        span.appendChild(document.createTextNode(v.tupleLike ? ")" : " }"));
        return span;
      }
      case "elements": {
        span.appendChild(document.createTextNode("["));
        v.shown.forEach((x, i) => {
          if (i > 0) span.appendChild(document.createTextNode(", "));
          span.appendChild(valueNode(x));
        });
        if (v.total > v.shown.length) span.appendChild(document.createTextNode(`, … ${v.total - v.shown.length} more`));
        span.appendChild(document.createTextNode("]"));
        return span;
      }
      default:
        span.textContent = valueText(v);
        return span;
    }
  }

  function tip(el, info) { el.dataset.tip = JSON.stringify(info); }

  function spacedHex(hex) { return (hex || "").replace(/(..)(?!$)/g, "$1 "); }

  // ------------------------------------------------------------------ the snapshot

  /** Every element an arrow may point at: [addr, addr+size) and the element. */
  let targets = [];

  function renderSnapshot(s, animate) {
    targets = [];
    const seen = new Map();
    const stack = $("stack"), heap = $("heap"), statics = $("statics");
    stack.innerHTML = heap.innerHTML = statics.innerHTML = "";
    for (const t of s.threads) {
      if (s.threads.length > 1) {
        const h = document.createElement("div");
        h.className = "thread-name";
        h.textContent = "thread " + t.name;
        stack.appendChild(h);
      }
      // innermost frame first: the top of the stack (the lowest addresses) at the top
      for (const f of [...t.frames].reverse()) {
        const fr = document.createElement("div");
        fr.className = "frame" + (f.std ? " std" : "") + (f.id === currentFrameId(s, t) ? " current" : "");
        fr.dataset.addr = f.base;
        fr.dataset.size = f.size;
        fr.id = "frame-" + f.id;
        const head = document.createElement("div");
        head.className = "head";
        head.innerHTML = `<span class="fn"></span><span class="addr"></span>`;
        head.querySelector(".fn").textContent = f.fn + (f.std ? "" : " · line " + f.line);
        head.querySelector(".addr").textContent = `${f.base} · ${f.size} B`;
        fr.appendChild(head);
        for (const l of f.locals) {
          const row = document.createElement("div");
          row.className = "slot " + l.state;
          row.id = "slot-" + f.id + "-" + l.name + "-" + l.addr;
          row.dataset.addr = l.addr;
          row.dataset.size = l.size;
          const name = document.createElement("span");
          name.className = "name";
          name.textContent = l.name;
          const value = document.createElement("span");
          value.className = "value";
          if (l.state === "live") value.appendChild(valueNode(l.value));
          row.append(name, value);
          tip(row, { name: l.name, type: l.type, addr: l.addr, size: l.size, state: l.state, bytes: l.bytes });
          const key = row.id, text = valueText(l.value);
          if (animate && state.prevValues.has(key) && state.prevValues.get(key) !== text) row.classList.add("changed");
          seen.set(key, text);
          fr.appendChild(row);
          targets.push({ addr: BigInt(l.addr), size: BigInt(l.size), el: row });
        }
        stack.appendChild(fr);
        targets.push({ addr: BigInt(f.base), size: BigInt(f.size), el: fr, outer: true });
      }
    }
    // live blocks and, from the events so far, the chunks freed and not handed out again, in address order
    const own = s.heap.filter(b => !b.runtime);
    const overlaps = f => s.heap.some(b => BigInt(b.addr) < BigInt(f.addr) + BigInt(f.size) && BigInt(f.addr) < BigInt(b.addr) + BigInt(b.size));
    const blocks = own.map(b => ({ live: true, b }))
      .concat(freeChunks(state.trace, s.step).filter(f => !overlaps(f)).map(b => ({ live: false, b })))
      .sort((x, y) => (BigInt(x.b.addr) < BigInt(y.b.addr) ? -1 : 1));
    for (const { live, b } of blocks) {
      const el = document.createElement("div");
      el.className = "block" + (live ? "" : " free");
      el.id = (live ? "block-" : "free-") + b.addr;
      el.dataset.addr = b.addr;
      el.dataset.size = b.size;
      const head = document.createElement("div");
      head.className = "head";
      head.innerHTML = `<span class="what"></span><span class="addr"></span>`;
      head.querySelector(".what").textContent = live ? (b.type || "block") + (b.site ? " · " + b.site : "") : "free chunk" + (b.site ? " · freed " + b.site : "");
      head.querySelector(".addr").textContent = `${b.addr} · ${b.size} B` + (live ? ` (chunk ${b.chunk}${b.mmap ? ", mmap" : ""})` : "");
      el.appendChild(head);
      if (live) {
        const body = document.createElement("div");
        body.className = "body";
        body.appendChild(b.value ? valueNode(b.value) : document.createTextNode(spacedHex(b.bytes) + (b.size > 64 ? " …" : "")));
        el.appendChild(body);
        tip(el, { type: b.type || "(untyped)", addr: b.addr, size: b.size, chunk: b.chunk, bytes: b.bytes });
      } else {
        tip(el, { type: "free chunk (its bytes are glibc's again)", addr: b.addr, size: b.size });
      }
      const text = live ? valueText(b.value) : "free";
      if (animate && state.prevValues.has(el.id) && state.prevValues.get(el.id) !== text) el.classList.add("changed");
      seen.set(el.id, text);
      heap.appendChild(el);
      targets.push({ addr: BigInt(b.addr), size: BigInt(b.size), el });
    }
    for (const st of s.statics) {
      const el = document.createElement("div");
      el.className = "static";
      el.id = "static-" + st.addr;
      el.dataset.addr = st.addr;
      el.dataset.size = st.size;
      const head = document.createElement("div");
      head.className = "head";
      head.innerHTML = `<span class="what"></span><span class="addr"></span>`;
      head.querySelector(".what").textContent = `${st.section} · ${st.label}`;
      head.querySelector(".addr").textContent = `${st.addr} · ${st.size} B`;
      el.appendChild(head);
      if (st.value) {
        const body = document.createElement("div");
        body.className = "body";
        body.appendChild(valueNode(st.value));
        el.appendChild(body);
      }
      tip(el, { type: st.type || st.label, addr: st.addr, size: st.size, section: st.section });
      statics.appendChild(el);
      targets.push({ addr: BigInt(st.addr), size: BigInt(st.size), el });
    }
    state.prevValues = seen;
    requestAnimationFrame(drawArrows);
  }

  /**
   * The blocks freed before step (free, or the old block of a moving realloc) whose address no allocation has taken
   * again since: what the trace's events say of the allocator.
   */
  function freeChunks(t, step) {
    const free = new Map();
    for (const e of t.events) {
      if (e.step >= step) break;
      if (e.kind === "alloc") free.delete(e.addr);
      else if (e.kind === "free") free.set(e.addr, { addr: e.addr, size: e.size, site: e.site });
      else if (e.kind === "realloc" && e.from !== e.to) {
        free.set(e.from, { addr: e.from, size: e.oldSize, site: e.site });
        free.delete(e.to);
      }
    }
    return [...free.values()];
  }

  function currentFrameId(s, t) {
    const own = t.frames.filter(f => !f.std);
    return t.name === s.thread && own.length ? own[own.length - 1].id : -1;
  }

  // ------------------------------------------------------------------ arrows

  /** The most specific element holding addr: a slot or block before the frame around it. */
  function targetOf(addr) {
    let a;
    try { a = BigInt(addr); } catch (e) { return null; }
    let best = null;
    for (const t of targets) {
      const end = t.addr + (t.size > 0n ? t.size : 1n);
      if (a >= t.addr && a < end && (!best || best.outer && !t.outer || t.size < best.size)) best = t;
    }
    return best;
  }

  function drawArrows() {
    const svg = $("arrows");
    for (const p of [...svg.querySelectorAll("path.arrow")]) p.remove();
    const box = $("memory").getBoundingClientRect();
    let n = 0;
    for (const dot of document.querySelectorAll("#memory .ptr")) {
      const t = targetOf(dot.dataset.target);
      if (!t) continue;
      const src = dot.getBoundingClientRect();
      const srcPanel = dot.closest(".scroll").getBoundingClientRect();
      if (src.bottom < srcPanel.top || src.top > srcPanel.bottom) continue;   // its start is scrolled away
      const dst = t.el.getBoundingClientRect();
      const dstPanel = t.el.closest(".scroll").getBoundingClientRect();
      const x1 = src.left + src.width / 2 - box.left, y1 = src.top + src.height / 2 - box.top;
      // the target's left edge (its right edge when it is left of the start), clamped to its panel's visible part
      const leftward = dst.left > src.right ? false : dst.right < src.left;
      let x2 = (leftward ? dst.right + 2 : dst.left - 2) - box.left;
      let yTarget = dst.top + Math.min(dst.height / 2, 11);
      const clipped = yTarget < dstPanel.top || yTarget > dstPanel.bottom;
      yTarget = Math.max(dstPanel.top, Math.min(dstPanel.bottom, yTarget));
      const y2 = yTarget - box.top;
      const sameColumn = Math.abs(dst.left - src.left) < 40 || (dst.left < src.right && dst.right > src.left);
      let d;
      if (sameColumn) {   // a pointer into its own panel: loop out to the left
        x2 = dst.left - 2 - box.left;
        const bend = Math.min(x1, x2) - 30;
        d = `M ${x1} ${y1} C ${bend} ${y1}, ${bend} ${y2}, ${x2} ${y2}`;
      } else {
        const mid = (x1 + x2) / 2;
        d = `M ${x1} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${x2} ${y2}`;
      }
      const p = document.createElementNS("http://www.w3.org/2000/svg", "path");
      p.setAttribute("d", d);
      p.setAttribute("class", "arrow" + (clipped ? " clipped" : ""));
      p.setAttribute("marker-end", "url(#arrowhead)");
      const from = dot.closest("[id]");
      p.dataset.from = from ? from.id : "";
      p.dataset.to = t.el.id;
      p.dataset.target = dot.dataset.target;
      p.dataset.x1 = x1.toFixed(1); p.dataset.y1 = y1.toFixed(1);
      p.dataset.x2 = x2.toFixed(1); p.dataset.y2 = y2.toFixed(1);
      svg.appendChild(p);
      n++;
    }
    svg.dataset.count = n;
  }

  $("memory").addEventListener("scroll", () => drawArrows(), true);
  window.addEventListener("resize", () => drawArrows());

  // ------------------------------------------------------------------ hover

  const tooltip = $("tooltip");
  document.addEventListener("mouseover", e => {
    const el = e.target.closest && e.target.closest("[data-tip]");
    if (!el) { tooltip.hidden = true; return; }
    const info = JSON.parse(el.dataset.tip);
    const lines = [];
    if (info.name) lines.push(info.name + ": " + info.type);
    else lines.push(info.type);
    lines.push("address " + info.addr + (info.section ? " in " + info.section : ""));
    lines.push("size " + info.size + " bytes" + (info.chunk ? " (chunk " + info.chunk + ")" : ""));
    if (info.state && info.state !== "live") lines.push(info.state);
    if (info.bytes !== undefined) lines.push("bytes " + (spacedHex(info.bytes) || "(none)") + (info.size > 64 ? " …" : ""));
    tooltip.textContent = lines.join("\n");
    tooltip.hidden = false;
  });
  document.addEventListener("mousemove", e => {
    if (tooltip.hidden) return;
    tooltip.style.left = Math.min(e.clientX + 14, window.innerWidth - tooltip.offsetWidth - 4) + "px";
    tooltip.style.top = Math.min(e.clientY + 14, window.innerHeight - tooltip.offsetHeight - 4) + "px";
  });

  // ------------------------------------------------------------------ layout explorer

  const COLORS = ["#8ecae6", "#ffb703", "#a7c957", "#f4a3c0", "#cdb4db", "#90be6d", "#f9c74f", "#4cc9f0"];

  async function layout() {
    const r = await api("layout", { type: $("layout-type").value || null, target: $("layout-target").value });
    showDiagnostics(r.diagnostics, r.rendered);
    const out = $("layout-result");
    out.innerHTML = "";
    if (!r.layout) {
      out.textContent = r.rendered;
      setStatus("no layout", "error");
      return;
    }
    for (const ty of r.layout.types) out.appendChild(layoutNode(ty));
    for (const note of r.layout.notes || []) {
      const p = document.createElement("p");
      p.textContent = "note: " + note;
      out.appendChild(p);
    }
    setStatus(plural(r.layout.types.length, "type") + " on " + r.layout.target, r.ok ? "ok" : "error");
    showTab("layout-view");
  }

  function layoutNode(ty) {
    const div = document.createElement("div");
    div.className = "layout-type";
    const h = document.createElement("h3");
    h.textContent = `${ty.kind} ${ty.name} — size ${ty.size}, align ${ty.align}${ty.uninhabited ? ", uninhabited" : ""}`;
    div.appendChild(h);
    // the byte map: which field (of which variant) each byte holds; the rest is padding
    const owner = new Array(ty.size).fill(null);
    const rows = [];
    const add = (f, variant) => {
      const color = COLORS[rows.length % COLORS.length];
      rows.push({ ...f, variant, color });
      for (let b = f.offset; b < f.offset + f.size && b < ty.size; b++) if (!owner[b]) owner[b] = { color, name: (variant ? variant + "." : "") + f.name };
    };
    for (const f of ty.fields || []) add(f, null);
    if (ty.tag) add({ name: "tag", type: ty.tag.type + " (" + ty.tag.encoding + ")", offset: ty.tag.offset, size: ty.tag.size }, null);
    for (const v of ty.variants || []) for (const f of v.fields) add(f, v.name);
    const map = document.createElement("div");
    map.className = "bytemap";
    for (let b = 0; b < ty.size && b < 512; b++) {
      const cell = document.createElement("span");
      cell.className = "byte" + (owner[b] ? "" : " padding");
      if (owner[b]) cell.style.background = owner[b].color;
      if (ty.niche && b >= ty.niche.offset && b < ty.niche.offset + ty.niche.size) cell.classList.add("niche");
      cell.textContent = b;
      cell.title = owner[b] ? owner[b].name : "padding";
      map.appendChild(cell);
    }
    div.appendChild(map);
    const table = document.createElement("table");
    table.innerHTML = "<tr><th>field</th><th>type</th><th>offset</th><th>size</th></tr>";
    for (const r of rows) {
      const tr = document.createElement("tr");
      for (const [i, text] of [(r.variant ? r.variant + "." : "") + r.name, r.type, r.offset, r.size].entries()) {
        const td = document.createElement("td");
        if (i === 0) {
          const sw = document.createElement("span");
          sw.className = "swatch";
          sw.style.background = r.color;
          td.appendChild(sw);
        }
        td.appendChild(document.createTextNode(text));
        tr.appendChild(td);
      }
      table.appendChild(tr);
    }
    div.appendChild(table);
    if (ty.niche) {
      const p = document.createElement("p");
      p.className = "niche-text";
      p.textContent = `niche: ${ty.niche.type} at offset ${ty.niche.offset}, valid ${ty.niche.valid_start}..=${ty.niche.valid_end}, `
        + `${ty.niche.available} invalid values free for an enclosing enum's tag`;
      div.appendChild(p);
    }
    return div;
  }

  // ------------------------------------------------------------------ permalink, downloads

  function b64encode(text) {
    const bytes = new TextEncoder().encode(text);
    let bin = "";
    for (const b of bytes) bin += String.fromCharCode(b);
    return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function b64decode(s) {
    const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder().decode(Uint8Array.from(bin, c => c.charCodeAt(0)));
  }

  function permalink() {
    const params = new URLSearchParams();
    params.set("code", b64encode(editor.getText()));
    params.set("edition", $("edition").value);
    const s = state.trace && snapshotAt(state.index);
    if (s) params.set("step", s.step);
    return location.origin + location.pathname + "#" + params.toString();
  }

  function updateHash() {
    if (standalone || !state.trace) return;
    history.replaceState(null, "", permalink());
  }

  async function openFromHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    if (!params.has("code")) return false;
    editor.setText(b64decode(params.get("code")));
    if (params.has("edition")) $("edition").value = params.get("edition");
    const step = params.has("step") ? Number(params.get("step")) : 0;
    await action("Tracing", () => trace(step));
    return true;
  }

  function download(name, type, content) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([content], { type }));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  async function downloadSvg() {
    const s = state.trace && snapshotAt(state.index);
    if (!s) throw new Error("trace the program first: the SVG is the memory at the step shown");
    const svg = await api("svg", { ...state.program, step: s.step });
    download(`rustmem-step-${s.step}-line-${s.line}.svg`, "image/svg+xml", svg);
    setStatus("saved the memory at step " + s.step + " as SVG", "ok");
  }

  /** The page, its script and style and this trace in one file that needs no server. */
  async function downloadHtml() {
    if (!state.trace) throw new Error("trace the program first: the file holds its trace");
    const text = async url => { const r = await fetch(url); if (!r.ok) throw new Error("cannot read " + url); return r.text(); };
    const [html, css, editorJs, appJs] = await Promise.all([text("index.html"), text("app.css"), text("vendor/editor.js"), text("app.js")]);
    const data = JSON.stringify({ source: editor.getText(), trace: state.trace }).replace(/</g, "\\u003c");
    const inline = js => js.replace(/<\/script/gi, "<\\/script");
    const page = html
      .replace('<link rel="stylesheet" href="app.css">', () => "<style>\n" + css + "\n</style>")
      .replace('<script src="vendor/editor.js"></script>', () => "<script>\n" + inline(editorJs) + "\n</script>")
      .replace('<script src="app.js"></script>', () => "<script>\nwindow.RUSTMEM_STANDALONE = " + data + ";\n</script>\n<script>\n"
        + inline(appJs) + "\n</script>");
    download("rustmem-trace.html", "text/html", page);
    setStatus("saved the trace as a standalone HTML page", "ok");
  }

  // ------------------------------------------------------------------ wiring

  function showTab(id) {
    for (const v of document.querySelectorAll(".view")) v.hidden = v.id !== id;
    for (const t of document.querySelectorAll(".tab")) t.classList.toggle("active", t.dataset.view === id);
    if (id === "memory-view") requestAnimationFrame(drawArrows);
  }

  for (const t of document.querySelectorAll(".tab")) t.addEventListener("click", () => showTab(t.dataset.view));
  $("run").addEventListener("click", () => action("Running", run));
  $("check").addEventListener("click", () => action("Checking", check));
  $("trace").addEventListener("click", () => action("Tracing", () => trace(0)));
  $("show-layout").addEventListener("click", () => action("Laying out", layout));
  $("layout-form").addEventListener("submit", e => { e.preventDefault(); action("Laying out", layout); });
  $("permalink").addEventListener("click", async () => {
    const link = permalink();
    history.replaceState(null, "", link);
    try { await navigator.clipboard.writeText(link); setStatus("permalink copied", "ok"); } catch (e) { setStatus("permalink in the address bar", "ok"); }
  });
  $("download-svg").addEventListener("click", () => action("Drawing", downloadSvg));
  $("download-html").addEventListener("click", () => action("Saving", downloadHtml));
  $("slider").addEventListener("input", e => show(Number(e.target.value) - 1));
  $("first").addEventListener("click", () => show(0));
  $("prev").addEventListener("click", () => show(state.index - 1));
  $("next").addEventListener("click", () => show(state.index + 1));
  $("last").addEventListener("click", () => show(Infinity));
  document.addEventListener("keydown", e => {
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
      e.preventDefault();
      if (!standalone) (e.shiftKey ? action("Tracing", () => trace(0)) : action("Running", run));
      return;
    }
    if (e.target.closest && e.target.closest(".cm-editor, input, select, textarea")) return;
    if (e.key === "ArrowRight") { show(state.index + 1); e.preventDefault(); }
    else if (e.key === "ArrowLeft") { show(state.index - 1); e.preventDefault(); }
    else if (e.key === "Home") { show(0); e.preventDefault(); }
    else if (e.key === "End") { show(Infinity); e.preventDefault(); }
  });

  async function start() {
    if (standalone) {
      document.body.classList.add("standalone");
      loadTrace(standalone.trace, 0);
      setStatus(exitText(standalone.trace) + " after " + standalone.trace.steps + " steps (saved trace)", "ok");
      showOutput(standalone.trace);
      document.body.dataset.ready = "true";
      return;
    }
    try {
      const res = await fetch("api/examples");
      const list = res.ok ? await res.json() : [];
      const select = $("examples");
      for (const ex of list) {
        const o = document.createElement("option");
        o.value = ex.name;
        o.textContent = ex.name + " — " + ex.title;
        o.dataset.source = ex.source;
        select.appendChild(o);
      }
      select.addEventListener("change", () => {
        const o = select.selectedOptions[0];
        if (o && o.dataset.source) {
          editor.setText(o.dataset.source);
          action("Tracing", () => trace(0));
        }
      });
    } catch (e) {
      setStatus("cannot list the examples: " + e.message, "error");
    }
    await openFromHash();
    document.body.dataset.ready = "true";
  }
  start();
})();
