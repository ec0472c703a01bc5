package rustmem.legacy.interp;

import rustmem.legacy.interp.CompiledBody.Scalar;
import rustmem.legacy.interp.CompiledBody.Stmt;
import rustmem.legacy.interp.Interpreter.Frame;
import rustmem.legacy.interp.StdShims.VecLayout;
import rustmem.machine.Allocation;
import rustmem.legacy.types.Ty;

/**
 * Nodes for the std calls and drops that loops make on every iteration (a String's length, push_str,
 * Vec::push, dropping a String), with their layouts and operands resolved when the body is compiled.
 * They do what the general shim code in {@link StdShims} does for the same call, without its
 * look-ups per call; rarer calls keep going through it.
 */
final class ShimNodes {
    private ShimNodes() {}

    /** An operand of type &str: a fat pointer in the frame, or anything else the general code reads. */
    record StrOperand(Interpreter in, rustmem.legacy.ir.Mir.Operand op, int frameOffset) {
        long ptr(Frame f) { return frameOffset >= 0 ? Allocation.read(f.mem, f.base + frameOffset, 8, false) : in.strPtr(f, op); }

        long len(Frame f) { return frameOffset >= 0 ? Allocation.read(f.mem, f.base + frameOffset + 8, 8, false) : in.strLen(f, op); }
    }

    /**
     * Drop of a place with drop glue; its drop flag (frame offset, or -1 when it has none) is checked and
     * cleared first. vec is the layout of a Vec or String (null for other types), whose glue is known here.
     */
    record DropPlace(Interpreter in, int flag, CompiledPlace place, VecLayout vec, boolean heapOwner) implements Stmt {
        @Override public void exec(Frame f) {
            if (flag >= 0) {
                int at = f.base + flag;
                if (f.mem[at] == 0) return;
                f.mem[at] = 0;
            }
            long addr;
            if (place.inFrame()) {
                addr = f.alloc.base + f.base + place.start;
            } else {
                int off = in.resolve(f, place);
                addr = in.placeAlloc.base + off;
            }
            if (vec != null) in.heap.dropVec(addr, vec);
            else if (heapOwner) in.heap.drop(addr, place.ty);
            else in.dropInPlace(addr, place.ty);
        }
    }

    /** String::len and Vec::len through a reference: the length word. */
    record VecLen(Interpreter in, Scalar vec, int lenOffset, CompiledPlace dst) implements Stmt {
        @Override public void exec(Frame f) {
            long len = in.heap.word(vec.get(f) + lenOffset);
            int at = in.destination(f, dst);   // sets in.placeMem
            Allocation.write(in.placeMem, at, 8, len);
        }
    }

    /** String::as_str: the buffer's pointer and the length, as a &str. */
    record StringAsStr(Interpreter in, Scalar string, VecLayout layout, CompiledPlace dst) implements Stmt {
        @Override public void exec(Frame f) {
            long s = string.get(f);
            long ptr = in.heap.word(s + layout.ptr());
            long len = in.heap.word(s + layout.len());
            int at = in.destination(f, dst);
            Allocation.write(in.placeMem, at, 8, ptr);
            Allocation.write(in.placeMem, at + 8, 8, len);
        }
    }

    record PushStr(Interpreter in, Scalar string, VecLayout layout, StrOperand str, rustmem.source.Span span) implements Stmt {
        @Override public void exec(Frame f) {
            long n = str.len(f);
            in.heap.copy(str.ptr(f), in.heap.extend(string.get(f), layout, n, in.site(span)), n);
        }
    }

    /** Vec::push of a scalar element: grows as RawVec does when full, then writes the element after the last. */
    record VecPush(Interpreter in, Scalar vec, VecLayout layout, Scalar element, rustmem.source.Span span) implements Stmt {
        @Override public void exec(Frame f) {
            long v = vec.get(f);
            long x = element.get(f);
            in.heap.push(v, layout, x, in.site(span));
        }
    }

    /** One argument of a formatting macro, read as the value Formatter shows. */
    sealed interface FormatArg {
        rustmem.legacy.interp.shim.FormatValue read(Frame f);
    }

    record IntArg(Scalar value, int bits, boolean signed) implements FormatArg {
        @Override public rustmem.legacy.interp.shim.FormatValue read(Frame f) {
            return new rustmem.legacy.interp.shim.FormatValue.Int(value.get(f), bits, signed);
        }
    }

    record BoolArg(Scalar value) implements FormatArg {
        @Override public rustmem.legacy.interp.shim.FormatValue read(Frame f) { return new rustmem.legacy.interp.shim.FormatValue.Bool(value.get(f) != 0); }
    }

    record CharArg(Scalar value) implements FormatArg {
        @Override public rustmem.legacy.interp.shim.FormatValue read(Frame f) { return new rustmem.legacy.interp.shim.FormatValue.Char((int) value.get(f)); }
    }

    /** write!'s first argument: the Formatter written to, not a value. */
    record FormatterArg() implements FormatArg {
        @Override public rustmem.legacy.interp.shim.FormatValue read(Frame f) { return new rustmem.legacy.interp.shim.FormatValue.Unit(); }
    }

    /** Any other value: read by the general code (references, aggregates, the program's Display impls). */
    record ValueArg(Interpreter in, rustmem.legacy.ir.Mir.Operand op, Ty ty) implements FormatArg {
        @Override public rustmem.legacy.interp.shim.FormatValue read(Frame f) { return in.formatValue(f, op, ty); }
    }

    /**
     * A formatting macro whose slots all show an integer with plain `{}`: the decimal digits of each,
     * without the general formatter (the most common formatting of all).
     */
    record PrintIntegers(Interpreter in, rustmem.legacy.ir.Mir.Print print, IntArg[] slots) implements Stmt {
        @Override public void exec(Frame f) {
            String[] texts = new String[slots.length];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = rustmem.legacy.interp.shim.Formatter.decimal(slots[i].value().get(f), slots[i].signed());
            }
            in.printSlots(f, print, java.util.Arrays.asList(texts));
        }
    }

    /** format!, print!, write!, panic! and the rest, each argument read by its node. */
    record Print(Interpreter in, rustmem.legacy.ir.Mir.Print print, FormatArg[] args) implements Stmt {
        @Override public void exec(Frame f) {
            var values = new java.util.ArrayList<rustmem.legacy.interp.shim.FormatValue>(args.length);
            for (FormatArg a : args) values.add(a.read(f));
            in.print(f, print, values);
        }
    }
}
