package rustmem.interp;

import rustmem.ir.Lowering;
import rustmem.ir.Mir;
import rustmem.layout.Layout;
import rustmem.machine.Allocation;
import rustmem.types.Ty;

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
                long size = in.layout(option).size();
                heap.copy(self, dest, size);
                var variants = ((Ty.Adt) option).def().variants();
                int none = 0;
                while (!variants.get(none).name().equals("None")) none++;
                Allocation a = in.memory().find(self, size);
                in.writeDiscriminant(a.bytes, (int) (self - a.base), option, none);
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
            case "*const T::is_null", "*mut T::is_null" -> heap.writeBytes(dest, new byte[] {(byte) (in.scalar(f, c.args().get(0)) == 0 ? 1 : 0)});
            case "slice::from_raw_parts", "slice::from_raw_parts_mut" -> {
                heap.setWord(dest, in.scalar(f, c.args().get(0)));
                heap.setWord(dest + 8, in.scalar(f, c.args().get(1)));
            }
            case "Duration::from_secs", "Duration::from_millis" -> {
                long v = in.scalar(f, c.args().get(0));
                boolean millis = c.path().endsWith("millis");
                Layout l = in.layout(destTy);
                var def = ((Ty.Adt) destTy).def();
                heap.setWord(dest + l.fields().offset(def.fieldIndex("secs")), millis ? Long.divideUnsigned(v, 1000) : v);
                long nanos = millis ? Long.remainderUnsigned(v, 1000) * 1_000_000 : 0;
                Allocation a = in.memory().find(dest, l.size());
                Allocation.write(a.bytes, (int) (dest - a.base + l.fields().offset(def.fieldIndex("nanos"))), 4, nanos);
            }
            case "Duration::as_secs" -> {
                long self = in.scalar(f, c.args().get(0));
                Ty duration = ((Ty.Ref) c.argTys().get(0)).pointee();
                heap.setWord(dest, heap.word(self + in.layout(duration).fields().offset(((Ty.Adt) duration).def().fieldIndex("secs"))));
            }
            // libc's abs: i32 in, i32 out (abs(INT_MIN) stays INT_MIN, as glibc's two's-complement code gives)
            case "abs" -> heap.writeBytes(dest, java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putInt(Math.abs((int) in.scalar(f, c.args().get(0)))).array());
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
            case "JoinHandle::is_finished" -> heap.writeBytes(dest, new byte[] {1});   // it ran to its end when spawned
            case "sync::mpsc::channel" -> in.threads().channel(c.span(), dest, destTy);
            case "Sender::clone" -> in.threads().cloneSender(in.scalar(f, c.args().get(0)), ((Ty.Ref) c.argTys().get(0)).pointee(), dest);
            case "Sender::send" -> in.threads().send(f, c, dest, destTy);
            case "Receiver::recv" -> in.threads().recv(in.scalar(f, c.args().get(0)), ((Ty.Ref) c.argTys().get(0)).pointee(), dest, destTy, c.span());
            case "HashMap::new", "HashSet::new" -> heap.maps.create(dest, destTy, 0, heap.site(c.span()));
            case "HashMap::with_capacity" -> heap.maps.create(dest, destTy, in.scalar(f, c.args().get(0)), heap.site(c.span()));
            case "HashMap::insert", "HashSet::insert" -> heap.maps.insert(f, c, dest, destTy);
            case "HashMap::get", "HashMap::get_mut", "HashMap::contains_key", "HashMap::remove", "HashSet::contains", "HashSet::remove" ->
                heap.maps.query(f, c, dest, destTy);
            case "HashMap::len", "HashSet::len", "HashMap::is_empty", "HashSet::is_empty" -> {
                long n = heap.maps.len(in.scalar(f, c.args().get(0)), ((Ty.Ref) c.argTys().get(0)).pointee());
                if (c.path().endsWith("len")) heap.setWord(dest, n);
                else heap.writeBytes(dest, new byte[] {(byte) (n == 0 ? 1 : 0)});
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
                if (concrete instanceof Ty.Closure cl && cl.def().kind() == rustmem.types.ClosureDef.Kind.FN_ONCE) {
                    if (in.layout(concrete).size() > 0) heap.freeBlock(heap.word(holder));
                } else {
                    heap.drop(holder, boxTy);
                }
            }
            // the simulated process has no clock: sleeping changes nothing it can observe
            case "thread::sleep" -> { }
            default -> throw new Lowering.Unsupported(c.span(), "running `std::" + c.path() + "`");
        }
    }

}
