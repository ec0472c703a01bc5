// Operator traits, ranges, Deref, Index, Drop, the Fn traits and `?`'s Try.

macro_rules! binop_trait {
    ($Trait:ident, $method:ident, $lang:literal, $msg:literal, $label:literal, $path:literal) => {
        #[def_path = $path]
        #[lang = $lang]
        #[rustc_on_unimplemented(message = $msg, label = $label)]
        pub trait $Trait<Rhs = Self> {
            type Output;
            fn $method(self, rhs: Rhs) -> Self::Output;
        }
    };
}

binop_trait!(Add, add, "add", "cannot add `{Rhs}` to `{Self}`", "no implementation for `{Self} + {Rhs}`", "core::ops::arith");
binop_trait!(Sub, sub, "sub", "cannot subtract `{Rhs}` from `{Self}`", "no implementation for `{Self} - {Rhs}`", "core::ops::arith");
binop_trait!(Mul, mul, "mul", "cannot multiply `{Self}` by `{Rhs}`", "no implementation for `{Self} * {Rhs}`", "core::ops::arith");
binop_trait!(Div, div, "div", "cannot divide `{Self}` by `{Rhs}`", "no implementation for `{Self} / {Rhs}`", "core::ops::arith");
binop_trait!(Rem, rem, "rem", "cannot calculate the remainder of `{Self}` divided by `{Rhs}`", "no implementation for `{Self} % {Rhs}`", "core::ops::arith");
binop_trait!(BitAnd, bitand, "bitand", "no implementation for `{Self} & {Rhs}`", "no implementation for `{Self} & {Rhs}`", "core::ops::bit");
binop_trait!(BitOr, bitor, "bitor", "no implementation for `{Self} | {Rhs}`", "no implementation for `{Self} | {Rhs}`", "core::ops::bit");
binop_trait!(BitXor, bitxor, "bitxor", "no implementation for `{Self} ^ {Rhs}`", "no implementation for `{Self} ^ {Rhs}`", "core::ops::bit");
binop_trait!(Shl, shl, "shl", "no implementation for `{Self} << {Rhs}`", "no implementation for `{Self} << {Rhs}`", "core::ops::bit");
binop_trait!(Shr, shr, "shr", "no implementation for `{Self} >> {Rhs}`", "no implementation for `{Self} >> {Rhs}`", "core::ops::bit");

macro_rules! assign_trait {
    ($Trait:ident, $method:ident, $lang:literal, $sym:literal, $path:literal) => {
        #[def_path = $path]
        #[lang = $lang]
        #[rustc_on_unimplemented(message = "cannot apply `{Self} $sym {Rhs}`", label = "no implementation for `{Self} $sym {Rhs}`")]
        pub trait $Trait<Rhs = Self> {
            fn $method(&mut self, rhs: Rhs);
        }
    };
}

assign_trait!(AddAssign, add_assign, "add_assign", "+=", "core::ops::arith");
assign_trait!(SubAssign, sub_assign, "sub_assign", "-=", "core::ops::arith");
assign_trait!(MulAssign, mul_assign, "mul_assign", "*=", "core::ops::arith");
assign_trait!(DivAssign, div_assign, "div_assign", "/=", "core::ops::arith");
assign_trait!(RemAssign, rem_assign, "rem_assign", "%=", "core::ops::arith");
assign_trait!(BitAndAssign, bitand_assign, "bitand_assign", "&=", "core::ops::bit");
assign_trait!(BitOrAssign, bitor_assign, "bitor_assign", "|=", "core::ops::bit");
assign_trait!(BitXorAssign, bitxor_assign, "bitxor_assign", "^=", "core::ops::bit");
assign_trait!(ShlAssign, shl_assign, "shl_assign", "<<=", "core::ops::bit");
assign_trait!(ShrAssign, shr_assign, "shr_assign", ">>=", "core::ops::bit");

#[def_path = "core::ops::arith"]

#[lang = "neg"]
pub trait Neg {
    type Output;
    fn neg(self) -> Self::Output;
}

#[def_path = "core::ops::bit"]

#[lang = "not"]
pub trait Not {
    type Output;
    fn not(self) -> Self::Output;
}

#[def_path = "core::ops::deref"]

#[lang = "deref"]
pub trait Deref {
    #[lang = "deref_target"]
    type Target: ?Sized;
    fn deref(&self) -> &Self::Target;
}

#[def_path = "core::ops::deref"]

#[lang = "deref_mut"]
pub trait DerefMut: Deref {
    fn deref_mut(&mut self) -> &mut Self::Target;
}

impl<T: ?Sized> Deref for &T {
    type Target = T;
    fn deref(&self) -> &T { *self }
}

impl<T: ?Sized> Deref for &mut T {
    type Target = T;
    fn deref(&self) -> &T { &**self }
}

impl<T: ?Sized> DerefMut for &mut T {
    fn deref_mut(&mut self) -> &mut T { &mut **self }
}

#[def_path = "core::ops::index"]

#[lang = "index"]
#[rustc_on_unimplemented(message = "the type `{Self}` cannot be indexed by `{Idx}`", label = "`{Self}` cannot be indexed by `{Idx}`")]
pub trait Index<Idx: ?Sized> {
    #[lang = "index_output"]
    type Output: ?Sized;
    #[track_caller]
    fn index(&self, index: Idx) -> &Self::Output;
}

#[def_path = "core::ops::index"]

#[lang = "index_mut"]
pub trait IndexMut<Idx: ?Sized>: Index<Idx> {
    #[track_caller]
    fn index_mut(&mut self, index: Idx) -> &mut Self::Output;
}

#[def_path = "core::ops::drop"]

#[lang = "drop"]
pub trait Drop {
    fn drop(&mut self);
}

#[def_path = "core::ops::function"]

#[lang = "fn_once"]
#[rustc_on_unimplemented(message = "expected a `FnOnce{Args}` closure, found `{Self}`", label = "expected an `FnOnce{Args}` closure, found `{Self}`")]
pub trait FnOnce<Args> {
    #[lang = "fn_once_output"]
    type Output;
    fn call_once(self, args: Args) -> Self::Output;
}

#[def_path = "core::ops::function"]

#[lang = "fn_mut"]
#[rustc_on_unimplemented(message = "expected a `FnMut{Args}` closure, found `{Self}`", label = "expected an `FnMut{Args}` closure, found `{Self}`")]
pub trait FnMut<Args>: FnOnce<Args> {
    fn call_mut(&mut self, args: Args) -> Self::Output;
}

#[def_path = "core::ops::function"]

#[lang = "fn"]
#[rustc_on_unimplemented(message = "expected a `Fn{Args}` closure, found `{Self}`", label = "expected an `Fn{Args}` closure, found `{Self}`")]
pub trait Fn<Args>: FnMut<Args> {
    fn call(&self, args: Args) -> Self::Output;
}

// a reference to a callable is callable (core::ops::function's impls)
impl<A, F: ?Sized + Fn<A>> Fn<A> for &F {
    fn call(&self, args: A) -> F::Output { (**self).call(args) }
}
impl<A, F: ?Sized + Fn<A>> FnMut<A> for &F {
    fn call_mut(&mut self, args: A) -> F::Output { (**self).call(args) }
}
impl<A, F: ?Sized + Fn<A>> FnOnce<A> for &F {
    type Output = F::Output;
    fn call_once(self, args: A) -> F::Output { (*self).call(args) }
}
impl<A, F: ?Sized + FnMut<A>> FnMut<A> for &mut F {
    fn call_mut(&mut self, args: A) -> F::Output { (**self).call_mut(args) }
}
impl<A, F: ?Sized + FnMut<A>> FnOnce<A> for &mut F {
    type Output = F::Output;
    fn call_once(self, args: A) -> F::Output { (*self).call_mut(args) }
}

#[lang = "coerce_unsized"]
pub trait CoerceUnsized<T: ?Sized> {}

impl<'a, T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> CoerceUnsized<&'a U> for &'a T {}
impl<'a, T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> CoerceUnsized<&'a mut U> for &'a mut T {}
impl<'a, T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> CoerceUnsized<*const U> for &'a T {}
impl<'a, T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> CoerceUnsized<*mut U> for &'a mut T {}
impl<T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> CoerceUnsized<*const U> for *const T {}
impl<T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> CoerceUnsized<*mut U> for *mut T {}
impl<T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> CoerceUnsized<*const U> for *mut T {}

// ------------------------------------------------------------------ ranges

#[def_path = "core::ops::range"]

#[lang = "RangeFull"]
#[derive(Copy, Clone, Default, PartialEq, Eq, Hash)]
pub struct RangeFull;

#[def_path = "core::ops::range"]

#[lang = "Range"]
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}

#[def_path = "core::ops::range"]

#[lang = "RangeFrom"]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct RangeFrom<Idx> {
    pub start: Idx,
}

#[def_path = "core::ops::range"]

#[lang = "RangeTo"]
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
pub struct RangeTo<Idx> {
    pub end: Idx,
}

#[def_path = "core::ops::range"]

#[lang = "RangeInclusive"]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct RangeInclusive<Idx> {
    pub(crate) start: Idx,
    pub(crate) end: Idx,
    pub(crate) exhausted: bool,
}

#[def_path = "core::ops::range"]

#[lang = "RangeToInclusive"]
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
pub struct RangeToInclusive<Idx> {
    pub end: Idx,
}

impl<Idx> RangeInclusive<Idx> {
    #[lang = "range_inclusive_new"]
    pub const fn new(start: Idx, end: Idx) -> Self { RangeInclusive { start, end, exhausted: false } }
    pub const fn start(&self) -> &Idx { &self.start }
    pub const fn end(&self) -> &Idx { &self.end }
    pub fn into_inner(self) -> (Idx, Idx) { (self.start, self.end) }
}

impl<Idx: PartialOrd<Idx>> Range<Idx> {
    pub fn contains<U: ?Sized + PartialOrd<Idx>>(&self, item: &U) -> bool where Idx: PartialOrd<U> {
        *item >= self.start && *item < self.end
    }
    pub fn is_empty(&self) -> bool { !(self.start < self.end) }
}

impl<Idx: PartialOrd<Idx>> RangeInclusive<Idx> {
    pub fn contains<U: ?Sized + PartialOrd<Idx>>(&self, item: &U) -> bool where Idx: PartialOrd<U> {
        *item >= self.start && *item <= self.end
    }
    pub fn is_empty(&self) -> bool { self.exhausted || !(self.start <= self.end) }
}

impl<Idx: PartialOrd<Idx>> RangeFrom<Idx> {
    pub fn contains<U: ?Sized + PartialOrd<Idx>>(&self, item: &U) -> bool where Idx: PartialOrd<U> { *item >= self.start }
}

impl<Idx: PartialOrd<Idx>> RangeTo<Idx> {
    pub fn contains<U: ?Sized + PartialOrd<Idx>>(&self, item: &U) -> bool where Idx: PartialOrd<U> { *item < self.end }
}

impl<Idx: PartialOrd<Idx>> RangeToInclusive<Idx> {
    pub fn contains<U: ?Sized + PartialOrd<Idx>>(&self, item: &U) -> bool where Idx: PartialOrd<U> { *item <= self.end }
}

impl<Idx: crate::fmt::Debug> crate::fmt::Debug for Range<Idx> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        self.start.fmt(f)?;
        f.write_str("..")?;
        self.end.fmt(f)
    }
}
impl<Idx: crate::fmt::Debug> crate::fmt::Debug for RangeInclusive<Idx> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        self.start.fmt(f)?;
        f.write_str("..=")?;
        self.end.fmt(f)?;
        if self.exhausted { f.write_str(" (exhausted)")?; }
        Ok(())
    }
}
impl<Idx: crate::fmt::Debug> crate::fmt::Debug for RangeFrom<Idx> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        self.start.fmt(f)?;
        f.write_str("..")
    }
}
impl<Idx: crate::fmt::Debug> crate::fmt::Debug for RangeTo<Idx> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str("..")?;
        self.end.fmt(f)
    }
}
impl crate::fmt::Debug for RangeFull {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { f.write_str("..") }
}

#[def_path = "core::ops::range"]

#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub enum Bound<T> {
    Included(T),
    Excluded(T),
    Unbounded,
}

impl<T> Bound<T> {
    pub fn as_ref(&self) -> Bound<&T> {
        match *self {
            Bound::Included(ref x) => Bound::Included(x),
            Bound::Excluded(ref x) => Bound::Excluded(x),
            Bound::Unbounded => Bound::Unbounded,
        }
    }
    pub fn as_mut(&mut self) -> Bound<&mut T> {
        match *self {
            Bound::Included(ref mut x) => Bound::Included(x),
            Bound::Excluded(ref mut x) => Bound::Excluded(x),
            Bound::Unbounded => Bound::Unbounded,
        }
    }
    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Bound<U> {
        match self {
            Bound::Unbounded => Bound::Unbounded,
            Bound::Included(x) => Bound::Included(f(x)),
            Bound::Excluded(x) => Bound::Excluded(f(x)),
        }
    }
}

impl<T: Clone> Bound<&T> {
    pub fn cloned(self) -> Bound<T> {
        match self {
            Bound::Unbounded => Bound::Unbounded,
            Bound::Included(x) => Bound::Included(x.clone()),
            Bound::Excluded(x) => Bound::Excluded(x.clone()),
        }
    }
}

#[def_path = "core::ops::range"]

pub trait RangeBounds<T: ?Sized> {
    fn start_bound(&self) -> Bound<&T>;
    fn end_bound(&self) -> Bound<&T>;
    fn contains<U>(&self, item: &U) -> bool where T: PartialOrd<U>, U: ?Sized + PartialOrd<T> {
        (match self.start_bound() {
            Bound::Included(start) => start <= item,
            Bound::Excluded(start) => start < item,
            Bound::Unbounded => true,
        }) && (match self.end_bound() {
            Bound::Included(end) => item <= end,
            Bound::Excluded(end) => item < end,
            Bound::Unbounded => true,
        })
    }
}

impl<T> RangeBounds<T> for (Bound<T>, Bound<T>) {
    fn start_bound(&self) -> Bound<&T> { self.0.as_ref() }
    fn end_bound(&self) -> Bound<&T> { self.1.as_ref() }
}
impl<'a, T: ?Sized + 'a> RangeBounds<T> for (Bound<&'a T>, Bound<&'a T>) {
    fn start_bound(&self) -> Bound<&T> { self.0 }
    fn end_bound(&self) -> Bound<&T> { self.1 }
}
impl<T> RangeBounds<T> for Range<&T> {
    fn start_bound(&self) -> Bound<&T> { Bound::Included(self.start) }
    fn end_bound(&self) -> Bound<&T> { Bound::Excluded(self.end) }
}
impl<T> RangeBounds<T> for RangeInclusive<&T> {
    fn start_bound(&self) -> Bound<&T> { Bound::Included(self.start) }
    fn end_bound(&self) -> Bound<&T> { Bound::Included(self.end) }
}
impl<T> RangeBounds<T> for RangeFrom<&T> {
    fn start_bound(&self) -> Bound<&T> { Bound::Included(self.start) }
    fn end_bound(&self) -> Bound<&T> { Bound::Unbounded }
}
impl<T> RangeBounds<T> for RangeTo<&T> {
    fn start_bound(&self) -> Bound<&T> { Bound::Unbounded }
    fn end_bound(&self) -> Bound<&T> { Bound::Excluded(self.end) }
}
impl<T> RangeBounds<T> for RangeToInclusive<&T> {
    fn start_bound(&self) -> Bound<&T> { Bound::Unbounded }
    fn end_bound(&self) -> Bound<&T> { Bound::Included(self.end) }
}

impl<T> RangeBounds<T> for Range<T> {
    fn start_bound(&self) -> Bound<&T> { Bound::Included(&self.start) }
    fn end_bound(&self) -> Bound<&T> { Bound::Excluded(&self.end) }
}
impl<T> RangeBounds<T> for RangeInclusive<T> {
    fn start_bound(&self) -> Bound<&T> { Bound::Included(&self.start) }
    fn end_bound(&self) -> Bound<&T> { Bound::Included(&self.end) }
}
impl<T> RangeBounds<T> for RangeFrom<T> {
    fn start_bound(&self) -> Bound<&T> { Bound::Included(&self.start) }
    fn end_bound(&self) -> Bound<&T> { Bound::Unbounded }
}
impl<T> RangeBounds<T> for RangeTo<T> {
    fn start_bound(&self) -> Bound<&T> { Bound::Unbounded }
    fn end_bound(&self) -> Bound<&T> { Bound::Excluded(&self.end) }
}
impl<T> RangeBounds<T> for RangeToInclusive<T> {
    fn start_bound(&self) -> Bound<&T> { Bound::Unbounded }
    fn end_bound(&self) -> Bound<&T> { Bound::Included(&self.end) }
}
impl<T: ?Sized> RangeBounds<T> for RangeFull {
    fn start_bound(&self) -> Bound<&T> { Bound::Unbounded }
    fn end_bound(&self) -> Bound<&T> { Bound::Unbounded }
}

/// The `start..end` a range bound gives within a sequence of length len (std's slice::range), or the panic.
#[track_caller]
pub(crate) fn to_range<R: RangeBounds<usize>>(range: R, len: usize) -> Range<usize> {
    into_slice_range(len, range.start_bound().cloned(), range.end_bound().cloned())
}

/// core's slice::index::into_slice_range. It has no #[track_caller]: its panics are at its own lines of std's source.
fn into_slice_range(len: usize, start: Bound<usize>, end: Bound<usize>) -> Range<usize> {
    let end = match end {
        Bound::Included(end) if end >= len => slice_index_fail(0, end, len, 1016, 52),
        Bound::Included(end) => end + 1,
        Bound::Excluded(end) if end > len => slice_index_fail(0, end, len, 1020, 51),
        Bound::Excluded(end) => end,
        Bound::Unbounded => len,
    };
    let start = match start {
        Bound::Excluded(start) if start >= end => slice_index_fail(start, end, len, 1027, 56),
        Bound::Excluded(start) => start + 1,
        Bound::Included(start) if start > end => slice_index_fail(start, end, len, 1031, 55),
        Bound::Included(start) => start,
        Bound::Unbounded => 0,
    };
    Range { start, end }
}

/// core's slice_index_fail, called from line:col of core/src/slice/index.rs.
fn slice_index_fail(start: usize, end: usize, len: usize, line: u32, col: u32) -> ! {
    crate::panicking::slice_index_fail_at(&std_location!("core/src/slice/index.rs", line, col), start, end, len)
}

// ------------------------------------------------------------------ `?`

#[def_path = "core::ops::control_flow"]

#[lang = "ControlFlow"]
pub enum ControlFlow<B, C = ()> {
    #[lang = "Continue"]
    Continue(C),
    #[lang = "Break"]
    Break(B),
}

#[def_path = "core::ops::try_trait"]

#[lang = "Try"]
pub trait Try: FromResidual<Self::Residual> {
    type Output;
    type Residual;
    fn from_output(output: Self::Output) -> Self;
    #[lang = "branch"]
    fn branch(self) -> ControlFlow<Self::Residual, Self::Output>;
}

#[rustc_on_unimplemented(message = "the `?` operator can only be used in a function that returns `Result` or `Option`",
    label = "cannot use the `?` operator in a function that returns `{Self}`")]
#[def_path = "core::ops::try_trait"]
pub trait FromResidual<R> {
    #[lang = "from_residual"]
    #[track_caller]
    fn from_residual(residual: R) -> Self;
}
