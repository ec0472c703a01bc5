package rustmem.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pattern switch rewritten by {@link TypeSwitches} answers as javac's bootstrap does, for every kind of input. */
class TypeSwitchesTest {
    sealed interface Shape permits Circle, Square, Rect {}
    record Circle(int r) implements Shape {}
    record Square(int side) implements Shape {}
    record Rect(int w, int h) implements Shape {}

    /** The switches compiled by javac here (test classes are not rewritten by the build). */
    static final class Switches {
        static String shape(Shape s) {
            return switch (s) {
                case null -> "null";
                case Circle c when c.r() > 10 -> "big circle";   // a guard that fails restarts the switch at the next label
                case Circle c -> "circle " + c.r();
                case Square q when q.side() == 0 -> "empty square";
                case Square q -> "square " + q.side();
                case Rect r -> "rect " + r.w() + "x" + r.h();
            };
        }

        static String object(Object o) {
            return switch (o) {
                case Integer i when i < 0 -> "negative";
                case Integer i -> "int " + i;
                case CharSequence cs when cs.isEmpty() -> "empty text";
                case String s -> "string " + s;
                case CharSequence cs -> "text " + cs;
                case int[] a -> "ints " + a.length;
                default -> "other " + o.getClass().getSimpleName();
            };
        }
    }

    private static final List<Shape> SHAPES = List.of(new Circle(3), new Circle(11), new Square(0), new Square(4), new Rect(2, 5));
    private static final List<Object> OBJECTS = List.of(-1, 7, "", "abc", new StringBuilder("sb"), new StringBuilder(),
        new int[3], 2.5, List.of());

    @Test
    void rewrittenSwitchesAnswerAsTheBootstrapDoes() throws Exception {
        String name = Switches.class.getName();
        byte[] original;
        try (InputStream in = Switches.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
            original = in.readAllBytes();
        }
        int[] counts = new int[2];
        byte[] rewritten = TypeSwitches.rewrite(ClassFile.of(), original, counts);
        assertNotSame(original, rewritten);
        assertEquals(2, counts[0], "both switches rewritten");
        assertFalse(ClassFile.of().parse(rewritten).methods().stream().flatMap(m -> m.code().stream())
            .flatMap(c -> c.elementStream()).anyMatch(e -> e instanceof InvokeDynamicInstruction indy
                && indy.bootstrapMethod().methodName().equals("typeSwitch")), "no typeSwitch call site is left");

        // the rewritten class, defined beside the original (same package, so it sees the records)
        Class<?> copy = MethodHandles.privateLookupIn(Switches.class, MethodHandles.lookup())
            .defineHiddenClass(rewritten, true).lookupClass();
        Method shape = copy.getDeclaredMethod("shape", Shape.class), object = copy.getDeclaredMethod("object", Object.class);
        shape.setAccessible(true);
        object.setAccessible(true);
        List<Shape> shapes = new ArrayList<>(SHAPES);
        shapes.add(null);
        for (Shape s : shapes) assertEquals(Switches.shape(s), shape.invoke(null, s), String.valueOf(s));
        for (Object o : OBJECTS) assertEquals(Switches.object(o), object.invoke(null, o), String.valueOf(o));
    }

    @Test
    void aClassWithoutTypeSwitchesIsLeftAsItIs() throws Exception {
        byte[] bytes;
        try (InputStream in = Circle.class.getResourceAsStream("/" + Circle.class.getName().replace('.', '/') + ".class")) {
            bytes = in.readAllBytes();
        }
        int[] counts = new int[2];
        assertEquals(bytes, TypeSwitches.rewrite(ClassFile.of(), bytes, counts));
        assertEquals(0, counts[0] + counts[1]);
    }
}
