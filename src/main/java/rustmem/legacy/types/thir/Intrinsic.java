package rustmem.legacy.types.thir;

/**
 * Operations of std's heap types that the interpreter implements as shims on their real layouts
 * (Box, String, Vec): they allocate through the simulated malloc and follow RawVec's growth policy.
 * Arguments are listed as the std method takes them (receivers by reference where std borrows).
 */
public enum Intrinsic {
    /** Box::new(value) → Box<T>. */
    BOX_NEW,
    /**
     * Integer arithmetic with std's overflow policies: {@code wrapping_op}, {@code checked_op} (→ Option),
     * {@code saturating_op}, {@code overflowing_op} (→ (T, bool)); args (self, rhs, the BinOp's ordinal).
     */
    INT_WRAPPING, INT_CHECKED, INT_SATURATING, INT_OVERFLOWING,
    /** count_ones, count_zeros, leading_zeros, trailing_zeros (→ u32) and is_power_of_two (→ bool) of an integer. */
    COUNT_ONES, COUNT_ZEROS, LEADING_ZEROS, TRAILING_ZEROS, IS_POWER_OF_TWO,
    /**
     * mem::size_of_val and mem::align_of_val of a dynamically sized value, from its pointer's metadata: a
     * str's or slice's length, a trait object's vtable.
     */
    SIZE_OF_VAL, ALIGN_OF_VAL,
    /** String::new() → String (no allocation). */
    STRING_NEW,
    /** String::with_capacity(n). */
    STRING_WITH_CAPACITY,
    /** String::from(&str), str::to_string, str::to_owned, String::from for literals: exact capacity. */
    STRING_FROM_STR,
    /** String::push_str(&mut String, &str). */
    STRING_PUSH_STR,
    /** String::push(&mut String, char). */
    STRING_PUSH,
    /** &String → &str (Deref; also the deref coercion). */
    STRING_AS_STR,
    /** String::clear(&mut String): length 0, capacity kept. */
    STRING_CLEAR,
    /** String::clone(&String): a new buffer of exactly the length. */
    STRING_CLONE,
    /** String + &str: appends in place and moves the String on. */
    STRING_ADD,
    /** Weak::new() (dangling, no allocation), Rc::downgrade(&Rc), Rc::weak_count(&Rc), Weak::upgrade(&Weak) → Option<Rc>. */
    WEAK_NEW, RC_DOWNGRADE, RC_WEAK_COUNT, WEAK_UPGRADE,
    /** std::env::args(): the process's arguments (not run: the simulated process has no command line yet). */
    ENV_ARGS,
    /** RefCell::new(value): borrow flag 0. */
    REFCELL_NEW,
    /** RefCell::borrow / borrow_mut (&RefCell<T>) → Ref<T> / RefMut<T>, panicking as std does when the flag forbids it. */
    REFCELL_BORROW, REFCELL_BORROW_MUT,
    /** PartialEq/PartialOrd on non-scalars: (&l, &r, the operator's BinOp ordinal) → bool. */
    COMPARE,
    /** str::as_bytes(&str) → &[u8]: the same pointer and length. */
    STR_AS_BYTES,
    /** A `&mut` to an unsized value (slice, str) used as a shared reference: the same two words. */
    SHARED_REBORROW,
    /** str::len(&str), also through &String. */
    STR_LEN,
    /** String::capacity(&String). */
    STRING_CAPACITY,
    /** Vec::new() (no allocation). */
    VEC_NEW,
    /** Vec::with_capacity(n). */
    VEC_WITH_CAPACITY,
    /** vec![a, b, c]: argument is an array [T; N], moved into a buffer of capacity N. */
    VEC_FROM_ARRAY,
    /** vec![x; n] for Copy x: capacity n. */
    VEC_FROM_ELEM,
    /** Vec::push(&mut Vec<T>, T). */
    VEC_PUSH,
    /** Vec::pop(&mut Vec<T>) → Option<T>. */
    VEC_POP,
    /** Vec::len(&Vec<T>). */
    VEC_LEN,
    /** Vec::capacity(&Vec<T>). */
    VEC_CAPACITY,
    /** Vec::clear(&mut Vec<T>) for elements without drop glue. */
    VEC_CLEAR,
    /** v[i]: a pointer to element i after the bounds check ("index out of bounds: the len is … but the index is …"). */
    VEC_INDEX,
    /** get(i), first (i = 0), last of a Vec (by reference) or a slice: Option<&T>, None past the end. */
    VEC_GET, VEC_LAST,
    /** Vec::clone(&Vec<T>) for Copy elements: a buffer of capacity len. */
    VEC_CLONE,
    /** Vec::as_ptr / String::as_ptr: the buffer's address. */
    AS_PTR,
    /** Rc::new(value): a heap block {strong: 1, weak: 1, value}. */
    RC_NEW,
    /** Rc::clone(&rc): the strong count goes up, the pointer is copied. */
    RC_CLONE,
    /** Rc::strong_count(&rc). */
    RC_STRONG_COUNT,
    /** &[T; N] (or &mut) as &[T]: the pointer and N. */
    ARRAY_AS_SLICE,
    /** &Vec<T> as &[T] (Deref): the buffer pointer and the length. */
    VEC_AS_SLICE,
    /** <[T]>::len(&[T]). */
    SLICE_LEN,
    /** s[i] on a slice: a pointer to element i after the bounds check. */
    SLICE_INDEX,
    /** &s[a..b] (bounds optional) on a slice or str: std's range checks, then the sub-slice. */
    SLICE_RANGE,
    /** The char starting at byte i of a str, and its UTF-8 length: (char, usize). */
    STR_DECODE,
    /** The byte at i of a str. */
    STR_BYTE,
    /** str::parse::<integer>() → Result<T, ParseIntError>, with std's error kinds. */
    STR_PARSE_INT,
    /** Clone::clone(&T) for derived and std Clone impls: the bytes copied, heap-owning parts cloned deeply. */
    CLONE,
    /** abs of an integer or float (an integer's MIN has no absolute value: std panics). */
    ABS,
    /** Ord::min / f64::min (NaN loses), of two values of one numeric type. */
    MIN,
    /** Ord::max / f64::max. */
    MAX,
    /** i32::pow(u32) and friends (overflow panics in a debug build). */
    POW,
    /** f64::powi(i32), multiplied out as LLVM's __powidf2 does. */
    POWI,
    /** f64::sqrt, floor, ceil, round (exact IEEE operations). */
    SQRT, FLOOR, CEIL, ROUND,
    /** Vec::iter(&Vec) / Vec::iter_mut(&mut Vec) → slice::Iter / IterMut over its elements. */
    VEC_ITER, VEC_ITER_MUT,
    /** <[T]>::iter(&[T]) → slice::Iter. */
    SLICE_ITER,
    /** <[T]>::windows(&[T], n) and <[T]>::chunks(&[T], n): the iterator over the slice (std's panic for n = 0). */
    SLICE_WINDOWS, SLICE_CHUNKS,
    /** Vec::into_iter(Vec) → vec::IntoIter owning the buffer (the Vec is moved in). */
    VEC_INTO_ITER,
    /** <[T; N]>::into_iter (edition 2021 on): array::IntoIter holding the elements, all alive. */
    ARRAY_INTO_ITER,
    /** Iterator::next(&mut I) → Option<I::Item> for the iterators and adapters rustmem models. */
    ITER_NEXT,
    /** <[String]>::join(&str) / <[&str]>::join: a String of exactly the joined length, as std reserves it. */
    VEC_JOIN,
    /** <[T]>::sort / sort_unstable (&mut [T]) on integers, chars, bools and strings. */
    SLICE_SORT, SLICE_SORT_UNSTABLE,
    /** <[T]>::sort_by_key(&mut [T], &mut F): std's stable sort calling the key function as std does. */
    SLICE_SORT_BY_KEY,
    /** A function's address as a fn pointer (argument: the function's body index), for `f as fn(…)` coercions. */
    FN_ADDR
}
