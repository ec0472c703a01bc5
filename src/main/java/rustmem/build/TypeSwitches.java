package rustmem.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.Label;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A build step (Maven's process-classes phase) that gives every pattern {@code switch} over types its own code, as
 * javac did before Java 21, instead of the {@code invokedynamic} of {@link java.lang.runtime.SwitchBootstraps#typeSwitch}
 * that javac emits now. That bootstrap generates a hidden class for each switch the first time it runs: a short run
 * of rustmem reached some 160 of them, which the JDK's AOT cache does not keep, and generating them (and compiling the
 * class-file library that writes them) took about a tenth of its start-up.
 *
 * <p>Each such call site becomes a call of a private static method of its class, {@code typeSwitch$N(selector,
 * restart)}, that answers what the bootstrap's method handle answers: -1 for null, else the index of the first label
 * from {@code restart} on that the selector is an instance of, else the number of labels. Only switches whose labels
 * are all classes are rewritten; the others (labels that are strings, numbers or enum constants) keep the bootstrap.
 * Rewriting is idempotent: a class rewritten before has no such call site left.
 */
public final class TypeSwitches {
    private TypeSwitches() {}

    private static final ClassDesc SWITCH_BOOTSTRAPS = ClassDesc.of("java.lang.runtime.SwitchBootstraps");

    /** Rewrites the class files under args[0] in place; prints how many call sites it rewrote and kept. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
            ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing(TypeSwitches.class.getClassLoader()))));
        int[] counts = new int[2];
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                byte[] in = Files.readAllBytes(p);
                byte[] out = rewrite(cf, in, counts);
                if (out != in) Files.write(p, out);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        System.out.println("type switches: " + counts[0] + " given their own code, " + counts[1] + " kept");
    }

    /** A call site rewritten: the method that replaces it, its type (the call site's), its labels. */
    private record Site(String name, MethodTypeDesc type, List<ClassDesc> labels) {}

    /** The class file with its type switches rewritten, or in itself when it has none to rewrite. */
    static byte[] rewrite(ClassFile cf, byte[] bytes, int[] counts) {
        ClassModel cm = cf.parse(bytes);
        ClassDesc owner = cm.thisClass().asSymbol();
        boolean isInterface = (cm.flags().flagsMask() & ClassFile.ACC_INTERFACE) != 0;
        List<Site> sites = new ArrayList<>();
        CodeTransform calls = (cob, e) -> {
            List<ClassDesc> labels = e instanceof InvokeDynamicInstruction indy ? classLabels(indy) : null;
            if (labels == null) {
                if (e instanceof InvokeDynamicInstruction indy && isTypeSwitch(indy)) counts[1]++;
                cob.with(e);
                return;
            }
            InvokeDynamicInstruction indy = (InvokeDynamicInstruction) e;
            Site site = new Site("typeSwitch$" + sites.size(), indy.typeSymbol(), labels);
            sites.add(site);
            cob.invokestatic(owner, site.name(), site.type(), isInterface);
        };
        if (!hasTypeSwitch(cm)) return bytes;
        byte[] out = cf.transformClass(cm, ClassTransform.transformingMethodBodies(calls).andThen(ClassTransform.endHandler(clb -> {
            for (Site s : sites) {
                clb.withMethodBody(s.name(), s.type(), ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC | ClassFile.ACC_SYNTHETIC,
                    cob -> body(cob, s));
            }
        })));
        counts[0] += sites.size();
        return sites.isEmpty() ? bytes : out;
    }

    private static boolean hasTypeSwitch(ClassModel cm) {
        return cm.methods().stream().flatMap(m -> m.code().stream()).flatMap(c -> c.elementStream())
            .anyMatch(e -> e instanceof InvokeDynamicInstruction indy && isTypeSwitch(indy));
    }

    private static boolean isTypeSwitch(InvokeDynamicInstruction indy) {
        var bsm = indy.bootstrapMethod();
        return bsm.owner().equals(SWITCH_BOOTSTRAPS) && bsm.methodName().equals("typeSwitch");
    }

    /** The call site's labels when it is a type switch whose labels are all (reference) classes, else null. */
    private static List<ClassDesc> classLabels(InvokeDynamicInstruction indy) {
        if (!isTypeSwitch(indy)) return null;
        MethodTypeDesc t = indy.typeSymbol();
        if (t.parameterCount() != 2 || t.parameterType(0).isPrimitive() || !t.parameterType(1).equals(ConstantDescs.CD_int)
            || !t.returnType().equals(ConstantDescs.CD_int)) {
            return null;
        }
        List<ClassDesc> labels = new ArrayList<>();
        for (ConstantDesc arg : indy.bootstrapArgs()) {
            if (!(arg instanceof ClassDesc c) || c.isPrimitive()) return null;
            labels.add(c);
        }
        return labels;
    }

    /**
     * The switch's code: null answers -1; the restart index picks the first label to test; each label in turn is
     * tested with instanceof; no label matching answers the number of labels.
     */
    private static void body(CodeBuilder cob, Site s) {
        int n = s.labels().size();
        Label nonNull = cob.newLabel(), none = cob.newLabel();
        cob.aload(0).ifnonnull(nonNull).iconst_m1().ireturn();
        cob.labelBinding(nonNull);
        List<Label> tests = new ArrayList<>(n);
        List<SwitchCase> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Label l = cob.newLabel();
            tests.add(l);
            cases.add(SwitchCase.of(i, l));
        }
        if (n > 0) cob.iload(1).tableswitch(0, n - 1, none, cases);
        for (int i = 0; i < n; i++) {
            Label next = cob.newLabel();
            cob.labelBinding(tests.get(i));
            cob.aload(0).instanceOf(s.labels().get(i)).ifeq(next).loadConstant(i).ireturn();
            cob.labelBinding(next);
        }
        cob.labelBinding(none);
        cob.loadConstant(n).ireturn();
    }
}
