package rustmem.elf;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import rustmem.view.SectionsJson;
import rustmem.view.SectionsText;

/**
 * Random damage to real ELF files never crashes the reader or the views: the answer is a table
 * (possibly with odd names) or an ElfFormatException with a sentence.
 */
class ElfFuzzProperties {
    private static final List<String> SMALL = List.of("c_debug", "c_object.o", "i386_static", "be32.o", "be64.o");
    private static final Map<String, byte[]> FILES =
        SMALL.stream().collect(Collectors.toMap(n -> n, ElfFixtures::bytes));

    /** One change: {@code kind} 0 overwrites bytes, 1 truncates, 2 writes an extreme 16/32/64-bit value. */
    record Damage(int kind, double where, long value, int width) {}

    @Provide
    Arbitrary<List<Damage>> damages() {
        Arbitrary<Damage> one = Combinators.combine(Arbitraries.integers().between(0, 2),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.longs().withDistribution(net.jqwik.api.RandomDistribution.uniform())
                .edgeCases(c -> c.add(0L, -1L, 0xffffL, 0xffffffffL, Long.MAX_VALUE, Long.MIN_VALUE)),
            Arbitraries.of(1, 2, 4, 8)).as(Damage::new);
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 3000)
    void damagedFilesGiveATableOrAClearError(@ForAll("names") String name, @ForAll("damages") List<Damage> damages,
                                             @ForAll boolean headersOnly) {
        byte[] data = FILES.get(name).clone();
        for (Damage d : damages) data = apply(data, d, headersOnly);
        try {
            ElfFile elf = ElfFile.read(data);
            SectionsText.render(name, elf);
            SectionsJson.render(name, elf, null);
            elf.lookup("main");
            for (Symbol s : elf.symbols()) elf.sectionOf(s);
        } catch (ElfFormatException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Provide
    Arbitrary<String> names() { return Arbitraries.of(SMALL); }

    /** Damage lands in the headers most of the time: random bytes in section contents rarely matter. */
    private static byte[] apply(byte[] data, Damage d, boolean headersOnly) {
        if (data.length == 0) return data;
        int span = headersOnly ? Math.min(data.length, 0x40) : data.length;
        int at = (int) Math.min(span - 1, Math.floor(d.where() * span));
        return switch (d.kind()) {
            case 1 -> java.util.Arrays.copyOf(data, at);
            case 0 -> {
                data[at] = (byte) d.value();
                yield data;
            }
            default -> {
                if (at + d.width() > data.length) yield data;
                ByteBuffer b = ByteBuffer.wrap(data).order(d.value() % 2 == 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
                switch (d.width()) {
                    case 1 -> b.put(at, (byte) d.value());
                    case 2 -> b.putShort(at, (short) d.value());
                    case 4 -> b.putInt(at, (int) d.value());
                    default -> b.putLong(at, d.value());
                }
                yield data;
            }
        };
    }
}
