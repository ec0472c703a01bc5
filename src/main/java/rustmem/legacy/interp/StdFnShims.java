package rustmem.legacy.interp;

import rustmem.legacy.ir.Lowering;
import rustmem.legacy.ir.Mir;
import rustmem.legacy.types.Ty;

/**
 * The std functions the type checker knows by their signatures ({@code Mir.StdCall}, by path) that the
 * interpreter runs: what each does to memory, on the layouts the layout engine gives. A path without a
 * shim here is reported as unsupported when the program reaches it.
 */
final class StdFnShims {
    private final Interpreter in;
    private final StdShims heap;

    StdFnShims(Interpreter in, StdShims heap) {
        this.in = in;
        this.heap = heap;
    }

    /** Runs the call; its result goes to dest (an address) of type destTy. */
    void call(Interpreter.Frame f, Mir.StdCall c, long dest, Ty destTy) {
        switch (c.path()) {
            case "Option::take" -> {
                // mem::replace(self, None): the value moves to the caller, None stays behind
                long self = in.scalar(f, c.args().get(0));
                Ty option = ((Ty.Ref) c.argTys().get(0)).pointee();
                heap.copy(self, dest, in.layout(option).size());
                in.writeVariant(self, option, 0);   // None
            }
            case "f64::trunc" -> {
                double x = Double.longBitsToDouble(in.scalar(f, c.args().get(0)));
                heap.setWord(dest, Double.doubleToRawLongBits(x < 0 ? Math.ceil(x) : Math.floor(x)));
            }
            case "*const T::add", "*mut T::add", "*const T::offset", "*mut T::offset" -> {
                long p = in.scalar(f, c.args().get(0));
                long n = in.scalar(f, c.args().get(1));
                heap.setWord(dest, p + n * in.layout(((Ty.RawPtr) c.argTys().get(0)).pointee()).size());
            }
            case "ptr::eq" -> in.writeScalar(dest, 1, in.scalar(f, c.args().get(0)) == in.scalar(f, c.args().get(1)) ? 1 : 0);
            case "*const T::is_null", "*mut T::is_null" -> in.writeScalar(dest, 1, in.scalar(f, c.args().get(0)) == 0 ? 1 : 0);
            case "slice::from_raw_parts", "slice::from_raw_parts_mut" -> {
                heap.setWord(dest, in.scalar(f, c.args().get(0)));
                heap.setWord(dest + 8, in.scalar(f, c.args().get(1)));
            }
            case "Duration::from_secs", "Duration::from_millis" -> {
                long v = in.scalar(f, c.args().get(0));
                boolean millis = c.path().endsWith("millis");
                heap.setWord(in.field(dest, destTy, "secs"), millis ? Long.divideUnsigned(v, 1000) : v);
                in.writeScalar(in.field(dest, destTy, "nanos"), 4, millis ? Long.remainderUnsigned(v, 1000) * 1_000_000 : 0);
            }
            case "Duration::as_secs" -> {
                heap.setWord(dest, heap.word(in.field(in.scalar(f, c.args().get(0)), ((Ty.Ref) c.argTys().get(0)).pointee(), "secs")));
            }
            // libc's abs: i32 in, i32 out (abs(INT_MIN) stays INT_MIN, as glibc's two's-complement code gives)
            case "abs" -> in.writeScalar(dest, 4, Math.abs((int) in.scalar(f, c.args().get(0))));
            case "str::chars", "str::char_indices", "str::lines", "str::split_whitespace", "str::split" -> {
                long ptr = in.strPtr(f, c.args().get(0));
                long len = in.strLen(f, c.args().get(0));
                StrIterShims strs = heap.strIterators();
                switch (c.path()) {
                    case "str::chars" -> strs.chars(ptr, len, dest, destTy);
                    case "str::char_indices" -> strs.charIndices(ptr, len, dest, destTy);
                    case "str::lines" -> strs.lines(ptr, len, dest, destTy);
                    case "str::split_whitespace" -> strs.splitWhitespace(ptr, len, dest, destTy);
                    default -> {
                        if (!(c.argTys().get(1) instanceof Ty.Char)) {
                            throw new Lowering.Unsupported(c.span(), "splitting a str by a `&str` (std's two-way searcher) in `run`");
                        }
                        strs.splitChar(ptr, len, (int) in.scalar(f, c.args().get(1)), dest, destTy);
                    }
                }
            }
            case "Arc::new" -> heap.rcNew(f, c.args().get(0), c.argTys().get(0), dest, destTy, "Arc::new", heap.site(c.span()));
            case "Arc::clone" -> heap.rcClone(in.scalar(f, c.args().get(0)), ((Ty.Ref) c.argTys().get(0)).pointee(), dest);
            case "Arc::strong_count" -> {
                Ty arc = ((Ty.Ref) c.argTys().get(0)).pointee();
                heap.setWord(dest, heap.word(heap.word(in.scalar(f, c.args().get(0))) + heap.rcLayout(arc).strong()));
            }
            case "Mutex::new" -> in.threads().mutexNew(f, c.args().get(0), c.argTys().get(0), dest, destTy);
            case "Mutex::lock" -> in.threads().lock(in.scalar(f, c.args().get(0)), ((Ty.Ref) c.argTys().get(0)).pointee(), dest, destTy, c.span());
            case "thread::spawn" -> in.threads().spawn(f, c, dest, destTy);
            case "JoinHandle::join" -> in.threads().join(f, c, dest, destTy);
            case "JoinHandle::is_finished" -> in.writeScalar(dest, 1, 1);   // it ran to its end when spawned
            case "sync::mpsc::channel" -> in.threads().channel(c.span(), dest, destTy);
            case "Sender::clone" -> in.threads().cloneSender(in.scalar(f, c.args().get(0)), ((Ty.Ref) c.argTys().get(0)).pointee(), dest);
            case "Sender::send" -> in.threads().send(f, c, dest, destTy);
            case "Receiver::recv" ->
                in.threads().recv(in.scalar(f, c.args().get(0)), ((Ty.Ref) c.argTys().get(0)).pointee(), dest, destTy, c.span());
            case "HashMap::new", "HashSet::new" -> heap.maps.create(dest, destTy, 0, heap.site(c.span()));
            case "HashMap::with_capacity" -> heap.maps.create(dest, destTy, in.scalar(f, c.args().get(0)), heap.site(c.span()));
            case "HashMap::insert", "HashSet::insert" -> heap.maps.insert(f, c, dest, destTy);
            case "HashMap::get", "HashMap::get_mut", "HashMap::contains_key", "HashMap::remove", "HashSet::contains", "HashSet::remove" ->
                heap.maps.query(f, c, dest, destTy);
            case "HashMap::len", "HashSet::len", "HashMap::is_empty", "HashSet::is_empty" -> {
                long n = heap.maps.len(in.scalar(f, c.args().get(0)), ((Ty.Ref) c.argTys().get(0)).pointee());
                if (c.path().endsWith("len")) heap.setWord(dest, n);
                else in.writeScalar(dest, 1, n == 0 ? 1 : 0);
            }
            case "HashMap::entry" -> heap.maps.entry(f, c, dest, destTy);
            case "HashSet::reserve_for" -> heap.maps.reserveFor(in.scalar(f, c.args().get(0)), ((Ty.Ref) c.argTys().get(0)).pointee(),
                heap.sizeHint(in.scalar(f, c.args().get(1)), ((Ty.Ref) c.argTys().get(1)).pointee()), heap.site(c.span()));
            case "Entry::or_insert", "Entry::or_default" -> heap.maps.orInsert(f, c, dest);
            case "HashMap::iter", "HashMap::keys", "HashMap::values", "HashSet::iter" ->
                heap.maps.iter(in.scalar(f, c.args().get(0)), ((Ty.Ref) c.argTys().get(0)).pointee(), dest, destTy);
            case "Box::call_once_release" -> {
                // after a Box<dyn FnOnce> call: an FnOnce closure moved out of the Box (the block freed), any
                // other closure dropped with it
                long holder = in.scalar(f, c.args().get(0));
                Ty boxTy = ((Ty.Ref) c.argTys().get(0)).pointee();
                Ty concrete = in.vtables.at(heap.word(holder + 8)).concrete();
                if (concrete instanceof Ty.Closure cl && cl.def().kind() == rustmem.legacy.types.ClosureDef.Kind.FN_ONCE) {
                    if (in.layout(concrete).size() > 0) heap.freeBlock(heap.word(holder));
                } else {
                    heap.drop(holder, boxTy);
                }
            }
            case "str::from_utf8" -> {
                long ptr = in.strPtr(f, c.args().get(0)), len = in.strLen(f, c.args().get(0));
                long[] error = utf8Error(heap.read(ptr, len));
                long payload = dest + in.variantFieldOffset(destTy, error == null ? 0 : 1, 0);
                if (error == null) {
                    heap.setWord(payload, ptr);
                    heap.setWord(payload + 8, len);
                } else {
                    // Utf8Error { valid_up_to, error_len: Option<u8> }
                    Ty errTy = Interpreter.fieldTy(destTy, 1, 0);
                    heap.setWord(in.field(payload, errTy, "valid_up_to"), error[0]);
                    long opt = in.field(payload, errTy, "error_len");
                    Ty optTy = Interpreter.fieldTy(errTy, "error_len");
                    if (error[1] > 0) in.writeScalar(opt + in.variantFieldOffset(optTy, 1, 0), 1, error[1]);
                    in.writeVariant(opt, optTy, error[1] > 0 ? 1 : 0);
                }
                in.writeVariant(dest, destTy, error == null ? 0 : 1);
            }
            // the simulated process has no clock: sleeping changes nothing it can observe
            case "thread::sleep" -> { }
            default -> throw new Lowering.Unsupported(c.span(), "running `std::" + c.path() + "`");
        }
    }

    /**
     * core::str's UTF-8 validation: null when b is valid, else {valid_up_to, error_len} with error_len 0 for
     * an unexpected end (None) or the length of the invalid sequence (Some(1..=3)).
     */
    static long[] utf8Error(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int first = b[i] & 0xFF;
            if (first < 0x80) {
                i++;
                continue;
            }
            int w = first >= 0xC2 && first <= 0xDF ? 2 : first >= 0xE0 && first <= 0xEF ? 3 : first >= 0xF0 && first <= 0xF4 ? 4 : 0;
            if (w == 0) return new long[] {i, 1};
            if (i + 1 >= b.length) return new long[] {i, 0};
            int second = b[i + 1] & 0xFF;
            boolean ok = switch (w) {
                case 2 -> second >= 0x80 && second <= 0xBF;
                case 3 -> first == 0xE0 ? second >= 0xA0 && second <= 0xBF : first == 0xED ? second >= 0x80 && second <= 0x9F
                    : second >= 0x80 && second <= 0xBF;
                default -> first == 0xF0 ? second >= 0x90 && second <= 0xBF : first == 0xF4 ? second >= 0x80 && second <= 0x8F
                    : second >= 0x80 && second <= 0xBF;
            };
            if (!ok) return new long[] {i, 1};
            for (int k = 2; k < w; k++) {
                if (i + k >= b.length) return new long[] {i, 0};
                int cont = b[i + k] & 0xFF;
                if (cont < 0x80 || cont > 0xBF) return new long[] {i, k};
            }
            i += w;
        }
        return null;
    }
}
