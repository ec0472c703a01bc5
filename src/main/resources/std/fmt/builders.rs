// Formatter's debug_struct/debug_tuple/debug_list/debug_set/debug_map, with `{:#?}`'s indentation written
// through a pad adapter, as core's builders.rs.
use super::{Debug, Formatter, Result, Write};

/// Writes what it is given indented by four spaces after each newline ({:#?}).
struct PadAdapter<'buf, 'state> {
    buf: &'buf mut (dyn Write + 'buf),
    state: &'state mut PadAdapterState,
}

struct PadAdapterState {
    on_newline: bool,
}

impl Default for PadAdapterState {
    fn default() -> Self { PadAdapterState { on_newline: true } }
}

impl Write for PadAdapter<'_, '_> {
    fn write_str(&mut self, s: &str) -> Result {
        for line in s.split_inclusive('\n') {
            if self.state.on_newline {
                self.buf.write_str("    ")?;
            }
            self.state.on_newline = line.ends_with('\n');
            self.buf.write_str(line)?;
        }
        Ok(())
    }
    fn write_char(&mut self, c: char) -> Result {
        if self.state.on_newline {
            self.buf.write_str("    ")?;
        }
        self.state.on_newline = c == '\n';
        self.buf.write_char(c)
    }
}

/// Formats value with fmt's options through a pad adapter over fmt's buffer.
fn pad_fmt(fmt: &mut Formatter<'_>, value: &dyn Debug, state: &mut PadAdapterState) -> Result {
    let mut slot = PadAdapter { buf: fmt.buf, state };
    let mut writer = Formatter { flags: fmt.flags, fill: fmt.fill, align: fmt.align, width: fmt.width, precision: fmt.precision,
        buf: &mut slot };
    value.fmt(&mut writer)
}

fn pad_str(fmt: &mut Formatter<'_>, s: &str, state: &mut PadAdapterState) -> Result {
    let mut slot = PadAdapter { buf: fmt.buf, state };
    slot.write_str(s)
}

pub struct DebugStruct<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    has_fields: bool,
}

pub(super) fn debug_struct_new<'a, 'b>(fmt: &'a mut Formatter<'b>, name: &str) -> DebugStruct<'a, 'b> {
    let result = fmt.write_str(name);
    DebugStruct { fmt, result, has_fields: false }
}

impl<'a, 'b: 'a> DebugStruct<'a, 'b> {
    pub fn field(&mut self, name: &str, value: &dyn Debug) -> &mut Self {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                if !self.has_fields {
                    self.fmt.write_str(" {\n")
                } else {
                    Ok(())
                }.and_then(|_| {
                    let mut state = PadAdapterState::default();
                    pad_str(self.fmt, name, &mut state)?;
                    pad_str(self.fmt, ": ", &mut state)?;
                    pad_fmt(self.fmt, value, &mut state)?;
                    pad_str(self.fmt, ",\n", &mut state)
                })
            } else {
                let prefix = if self.has_fields { ", " } else { " { " };
                self.fmt.write_str(prefix).and_then(|_| {
                    self.fmt.write_str(name)?;
                    self.fmt.write_str(": ")?;
                    value.fmt(self.fmt)
                })
            };
        }
        self.has_fields = true;
        self
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        if self.result.is_ok() {
            self.result = if self.has_fields {
                if self.fmt.alternate() {
                    let mut state = PadAdapterState::default();
                    pad_str(self.fmt, "..\n", &mut state).and_then(|_| self.fmt.write_str("}"))
                } else {
                    self.fmt.write_str(", .. }")
                }
            } else {
                self.fmt.write_str(" { .. }")
            };
        }
        self.result
    }

    pub fn finish(&mut self) -> Result {
        if self.has_fields && self.result.is_ok() {
            self.result = if self.fmt.alternate() { self.fmt.write_str("}") } else { self.fmt.write_str(" }") };
        }
        self.result
    }
}

pub struct DebugTuple<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    fields: usize,
    empty_name: bool,
}

pub(super) fn debug_tuple_new<'a, 'b>(fmt: &'a mut Formatter<'b>, name: &str) -> DebugTuple<'a, 'b> {
    let result = fmt.write_str(name);
    DebugTuple { fmt, result, fields: 0, empty_name: name.is_empty() }
}

impl<'a, 'b: 'a> DebugTuple<'a, 'b> {
    pub fn field(&mut self, value: &dyn Debug) -> &mut Self {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                if self.fields == 0 { self.fmt.write_str("(\n") } else { Ok(()) }.and_then(|_| {
                    let mut state = PadAdapterState::default();
                    pad_fmt(self.fmt, value, &mut state)?;
                    pad_str(self.fmt, ",\n", &mut state)
                })
            } else {
                let prefix = if self.fields == 0 { "(" } else { ", " };
                self.fmt.write_str(prefix).and_then(|_| value.fmt(self.fmt))
            };
        }
        self.fields = self.fields + 1;
        self
    }

    pub fn finish(&mut self) -> Result {
        if self.fields > 0 && self.result.is_ok() {
            if self.fields == 1 && self.empty_name && !self.fmt.alternate() {
                self.result = self.fmt.write_str(",");
                if self.result.is_err() {
                    return self.result;
                }
            }
            self.result = self.fmt.write_str(")");
        }
        self.result
    }
}

/// The entries of a list, set or map: `[a, b]`, `{a, b}`; `{:#?}` one per line.
struct DebugInner<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    has_fields: bool,
}

impl<'a, 'b: 'a> DebugInner<'a, 'b> {
    fn entry(&mut self, entry: &dyn Debug) {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                if !self.has_fields { self.fmt.write_str("\n") } else { Ok(()) }.and_then(|_| {
                    let mut state = PadAdapterState::default();
                    pad_fmt(self.fmt, entry, &mut state)?;
                    pad_str(self.fmt, ",\n", &mut state)
                })
            } else {
                if self.has_fields { self.fmt.write_str(", ") } else { Ok(()) }.and_then(|_| entry.fmt(self.fmt))
            };
        }
        self.has_fields = true;
    }
}

pub struct DebugSet<'a, 'b: 'a> {
    inner: DebugInner<'a, 'b>,
}

pub(super) fn debug_set_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugSet<'a, 'b> {
    let result = fmt.write_str("{");
    DebugSet { inner: DebugInner { fmt, result, has_fields: false } }
}

impl<'a, 'b: 'a> DebugSet<'a, 'b> {
    pub fn entry(&mut self, entry: &dyn Debug) -> &mut Self {
        self.inner.entry(entry);
        self
    }
    pub fn entries<D: Debug, I: IntoIterator<Item = D>>(&mut self, entries: I) -> &mut Self {
        for entry in entries {
            self.entry(&entry);
        }
        self
    }
    pub fn finish(&mut self) -> Result { self.inner.result.and_then(|_| self.inner.fmt.write_str("}")) }
}

pub struct DebugList<'a, 'b: 'a> {
    inner: DebugInner<'a, 'b>,
}

pub(super) fn debug_list_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugList<'a, 'b> {
    let result = fmt.write_str("[");
    DebugList { inner: DebugInner { fmt, result, has_fields: false } }
}

impl<'a, 'b: 'a> DebugList<'a, 'b> {
    pub fn entry(&mut self, entry: &dyn Debug) -> &mut Self {
        self.inner.entry(entry);
        self
    }
    pub fn entries<D: Debug, I: IntoIterator<Item = D>>(&mut self, entries: I) -> &mut Self {
        for entry in entries {
            self.entry(&entry);
        }
        self
    }
    pub fn finish(&mut self) -> Result { self.inner.result.and_then(|_| self.inner.fmt.write_str("]")) }
}

pub struct DebugMap<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    has_fields: bool,
    has_key: bool,
    state: PadAdapterState,
}

pub(super) fn debug_map_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugMap<'a, 'b> {
    let result = fmt.write_str("{");
    DebugMap { fmt, result, has_fields: false, has_key: false, state: PadAdapterState::default() }
}

impl<'a, 'b: 'a> DebugMap<'a, 'b> {
    pub fn entry(&mut self, key: &dyn Debug, value: &dyn Debug) -> &mut Self { self.key(key).value(value) }

    pub fn key(&mut self, key: &dyn Debug) -> &mut Self {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                if !self.has_fields { self.fmt.write_str("\n") } else { Ok(()) }.and_then(|_| {
                    self.state = PadAdapterState::default();
                    pad_fmt(self.fmt, key, &mut self.state)?;
                    pad_str(self.fmt, ": ", &mut self.state)
                })
            } else {
                if self.has_fields { self.fmt.write_str(", ") } else { Ok(()) }.and_then(|_| {
                    key.fmt(self.fmt)?;
                    self.fmt.write_str(": ")
                })
            };
        }
        self.has_key = true;
        self
    }

    pub fn value(&mut self, value: &dyn Debug) -> &mut Self {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                pad_fmt(self.fmt, value, &mut self.state).and_then(|_| pad_str(self.fmt, ",\n", &mut self.state))
            } else {
                value.fmt(self.fmt)
            };
        }
        self.has_key = false;
        self.has_fields = true;
        self
    }

    pub fn entries<K: Debug, V: Debug, I: IntoIterator<Item = (K, V)>>(&mut self, entries: I) -> &mut Self {
        for (k, v) in entries {
            self.entry(&k, &v);
        }
        self
    }

    pub fn finish(&mut self) -> Result { self.result.and_then(|_| self.fmt.write_str("}")) }
}
