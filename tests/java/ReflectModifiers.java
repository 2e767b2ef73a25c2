// Modifiers as reflection reports them: classes (top-level, nested, local, anonymous, interfaces,
// annotations, enums, records, arrays, primitives), members (including the bridge, varargs and
// synthetic bits Method.getModifiers keeps), and Modifier's predicates and toString forms.
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class ReflectModifiers {
    public static class PublicStatic {}
    private static final class PrivateFinal {}
    protected abstract static class ProtectedAbstract {}
    static class PackageStatic {}
    class Inner {}
    interface Iface {}
    public @interface Marker {}
    enum Kind { A, B { } }
    record Pair(int a, int b) {}
    sealed interface Shape permits Circle {}
    static final class Circle implements Shape {}

    static abstract class Members {
        public static final int A = 1;
        protected transient int b;
        private volatile long c;
        int d;
        public abstract void abs();
        public static synchronized void sync() {}
        protected final native int nat();
        private void priv(String... args) {}
    }

    static String describe(Class<?> c) {
        int m = c.getModifiers();
        return c.getName() + " -> " + m + " [" + Modifier.toString(m) + "] interface=" + c.isInterface()
                + " annotation=" + c.isAnnotation() + " enum=" + c.isEnum() + " record=" + c.isRecord()
                + " synthetic=" + c.isSynthetic();
    }

    public static void main(String[] args) {
        Runnable anonymous = new Runnable() {
            public void run() {}
        };
        class Local {}
        Class<?>[] classes = {ReflectModifiers.class, PublicStatic.class, PrivateFinal.class,
            ProtectedAbstract.class, PackageStatic.class, Inner.class, Iface.class, Marker.class, Kind.class,
            Kind.B.getClass(), Pair.class, Shape.class, Circle.class, anonymous.getClass(), Local.class,
            int.class, void.class, int[].class, PrivateFinal[].class, Iface[][].class, String.class,
            Runnable.class, Object.class, Override.class, Thread.State.class};
        for (Class<?> c : classes) {
            System.out.println(describe(c));
        }

        List<String> lines = new ArrayList<>();
        for (Field f : Members.class.getDeclaredFields()) {
            lines.add("field " + f.getName() + " " + f.getModifiers() + " [" + Modifier.toString(f.getModifiers()) + "]");
        }
        for (Method m : Members.class.getDeclaredMethods()) {
            lines.add("method " + m.getName() + " " + m.getModifiers() + " [" + Modifier.toString(m.getModifiers()) + "]");
        }
        for (Field f : Kind.class.getDeclaredFields()) {
            lines.add("enum field " + f.getName() + " " + f.getModifiers() + " enumConstant=" + f.isEnumConstant()
                    + " synthetic=" + f.isSynthetic());
        }
        Collections.sort(lines);
        for (String line : lines) {
            System.out.println(line);
        }

        int[] samples = {0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 0xFFF, 0x7FF, 0x409, 0x1000};
        for (int mod : samples) {
            System.out.println(mod + ": [" + Modifier.toString(mod) + "] public=" + Modifier.isPublic(mod)
                    + " static=" + Modifier.isStatic(mod) + " abstract=" + Modifier.isAbstract(mod)
                    + " interface=" + Modifier.isInterface(mod) + " strict=" + Modifier.isStrict(mod));
        }
        System.out.println("class " + Modifier.classModifiers() + " interface " + Modifier.interfaceModifiers()
                + " constructor " + Modifier.constructorModifiers() + " method " + Modifier.methodModifiers()
                + " field " + Modifier.fieldModifiers() + " parameter " + Modifier.parameterModifiers());
    }
}
