// MethodHandles.Lookup itself: lookup classes and modes, toString forms, in() teleporting,
// publicLookup restrictions, findClass, and the NoSuchMethodException/IllegalAccessException
// messages of failed method lookups (cut before HotSpot's ", from ..." suffix with a hash).
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

public class MethodHandlesLookup {
    static int helper(int x) {
        return x;
    }

    private static void hidden() {}

    void instance() {}

    static class Nested {
        static MethodHandles.Lookup nestedLookup() {
            return MethodHandles.lookup();
        }
    }

    interface Step {
        void run() throws Throwable;
    }

    static void attempt(String label, Step step) {
        try {
            step.run();
            System.out.println(label + ": ok");
        } catch (Throwable t) {
            String message = String.valueOf(t.getMessage());
            int from = message.indexOf(", from ");
            System.out.println(label + ": " + t.getClass().getName() + ": "
                    + (from >= 0 ? message.substring(0, from) : message));
        }
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        System.out.println(lookup + " class " + lookup.lookupClass().getName() + " modes " + lookup.lookupModes()
                + " full " + lookup.hasFullPrivilegeAccess());
        MethodHandles.Lookup pub = MethodHandles.publicLookup();
        System.out.println(pub + " class " + pub.lookupClass().getName() + " modes " + pub.lookupModes()
                + " full " + pub.hasFullPrivilegeAccess());
        MethodHandles.Lookup nested = Nested.nestedLookup();
        System.out.println(nested + " modes " + nested.lookupModes());
        MethodHandles.Lookup toString = lookup.in(String.class);
        System.out.println(toString + " modes " + toString.lookupModes());
        MethodHandles.Lookup toNested = lookup.in(Nested.class);
        System.out.println(toNested + " modes " + toNested.lookupModes());
        System.out.println("in same class is same: " + (lookup.in(MethodHandlesLookup.class) == lookup));
        System.out.println("dropped private: " + lookup.dropLookupMode(MethodHandles.Lookup.PRIVATE) + " "
                + lookup.dropLookupMode(MethodHandles.Lookup.PRIVATE).lookupModes());
        System.out.println("constants " + MethodHandles.Lookup.PUBLIC + " " + MethodHandles.Lookup.PRIVATE + " "
                + MethodHandles.Lookup.PROTECTED + " " + MethodHandles.Lookup.PACKAGE + " " + MethodHandles.Lookup.MODULE
                + " " + MethodHandles.Lookup.UNCONDITIONAL + " " + MethodHandles.Lookup.ORIGINAL);
        System.out.println("findClass " + lookup.findClass("MethodHandlesLookup$Nested").getSimpleName());

        MethodType intToInt = MethodType.methodType(int.class, int.class);
        System.out.println("nested lookup reaches private: "
                + nested.findStatic(MethodHandlesLookup.class, "hidden", MethodType.methodType(void.class)));
        attempt("missing method", () -> lookup.findStatic(MethodHandlesLookup.class, "nothing", intToInt));
        attempt("wrong return type", () -> lookup.findStatic(MethodHandlesLookup.class, "helper",
                MethodType.methodType(long.class, int.class)));
        attempt("static as virtual", () -> lookup.findVirtual(MethodHandlesLookup.class, "helper", intToInt));
        attempt("virtual as static", () -> lookup.findStatic(MethodHandlesLookup.class, "instance",
                MethodType.methodType(void.class)));
        attempt("interface virtual kind", () -> lookup.findVirtual(Runnable.class, "go", MethodType.methodType(void.class)));
        attempt("missing constructor", () -> lookup.findConstructor(MethodHandlesLookup.class,
                MethodType.methodType(void.class, String.class)));
        attempt("public lookup of package class", () -> pub.findStatic(MethodHandlesLookup.class, "helper", intToInt));
        attempt("public lookup of public method", () -> System.out.println("  "
                + pub.findVirtual(String.class, "isEmpty", MethodType.methodType(boolean.class))));
        attempt("public lookup private method", () -> pub.findStatic(MethodHandlesLookup.class, "hidden",
                MethodType.methodType(void.class)));
        attempt("lookup in String private", () -> toString.findStatic(MethodHandlesLookup.class, "hidden",
                MethodType.methodType(void.class)));
        attempt("findSpecial wrong caller", () -> lookup.findSpecial(Object.class, "toString",
                MethodType.methodType(String.class), String.class));
        attempt("private method of java.base", () -> lookup.findVirtual(Integer.class, "nope",
                MethodType.methodType(void.class)));
    }
}
