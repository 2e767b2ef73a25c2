// Nested, inner, local and anonymous classes as reflection sees them: the kind predicates, simple,
// canonical and type names, declaring and enclosing classes, enclosing methods and constructors,
// and declared member classes (sorted by name).
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

public class ReflectNesting {
    static class StaticNested {
        class InnerOfNested {}
    }

    class Inner {
        Object make() {
            return new Object() {};
        }
    }

    public interface NestedInterface {
        enum NestedEnum { X }
    }

    private static Object fromInitializer;

    static {
        fromInitializer = new Object() {};
    }

    final Object fromConstructor;

    ReflectNesting() {
        class LocalInConstructor {}
        fromConstructor = new LocalInConstructor();
    }

    static Object localClassInstance() {
        class LocalInMethod {
            class InsideLocal {}
        }
        return new LocalInMethod();
    }

    static Class<?> insideLocal() {
        class Holder {
            class Deep {}
        }
        return Holder.Deep.class;
    }

    static void describe(Class<?> c) {
        Method em = c.getEnclosingMethod();
        Constructor<?> ec = c.getEnclosingConstructor();
        System.out.println(c.getName());
        System.out.println("  simple=" + c.getSimpleName() + " canonical=" + c.getCanonicalName() + " type="
                + c.getTypeName());
        System.out.println("  anonymous=" + c.isAnonymousClass() + " local=" + c.isLocalClass() + " member="
                + c.isMemberClass());
        System.out.println("  declaring=" + name(c.getDeclaringClass()) + " enclosing=" + name(c.getEnclosingClass()));
        System.out.println("  enclosingMethod=" + (em == null ? null : em.getName()) + " enclosingConstructor="
                + (ec == null ? null : ec.getParameterCount() + " params"));
    }

    static String name(Class<?> c) {
        return c == null ? "null" : c.getName();
    }

    public static void main(String[] args) {
        Runnable lambda = () -> {};
        Object anonymousInMain = new Object() {};
        List<Class<?>> classes = new ArrayList<>(Arrays.asList(ReflectNesting.class, StaticNested.class,
            StaticNested.InnerOfNested.class, Inner.class, NestedInterface.class, NestedInterface.NestedEnum.class,
            fromInitializer.getClass(), new ReflectNesting().fromConstructor.getClass(),
            localClassInstance().getClass(), insideLocal(), anonymousInMain.getClass(),
            new ReflectNesting().new Inner().make().getClass(), String.class, Thread.State.class,
            java.util.Map.Entry.class, int.class, int[].class, StaticNested[].class));
        for (Class<?> c : classes) {
            describe(c);
        }
        System.out.println("lambda: anonymous=" + lambda.getClass().isAnonymousClass() + " local="
                + lambda.getClass().isLocalClass() + " member=" + lambda.getClass().isMemberClass()
                + " enclosing=" + lambda.getClass().getEnclosingClass());

        List<String> members = new ArrayList<>();
        for (Class<?> c : ReflectNesting.class.getDeclaredClasses()) {
            members.add(c.getSimpleName());
        }
        Collections.sort(members);
        System.out.println("declared classes: " + members);
        System.out.println("StaticNested declared: " + Arrays.toString(StaticNested.class.getDeclaredClasses()));
        List<String> publicMembers = new ArrayList<>();
        for (Class<?> c : ReflectNesting.class.getClasses()) {
            publicMembers.add(c.getSimpleName());
        }
        Collections.sort(publicMembers);
        System.out.println("public classes: " + publicMembers);
        System.out.println("Map classes: " + Arrays.toString(java.util.Map.class.getDeclaredClasses()));
        System.out.println("int declared classes: " + int.class.getDeclaredClasses().length);
    }
}
