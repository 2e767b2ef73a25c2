// Field access through method handles: findGetter/findSetter/findStaticGetter/findStaticSetter,
// unreflectGetter/unreflectSetter, inherited fields, class initialization on static access, and the
// failures (missing field, wrong staticness, final fields, access from publicLookup). Messages are
// printed up to ", from" because HotSpot appends an identity hash there.
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;

public class MethodHandlesFieldAccess {
    static class Base {
        protected String inherited = "from base";
    }

    static class Holder extends Base {
        int count = 1;
        private long big = 1L << 33;
        final String fixed = "fixed";
        static double ratio = 0.5;
        static final int CONSTANT = 7;
        boolean flag;
        char letter = 'q';
    }

    static class Lazy {
        static {
            System.out.println("  Lazy initialized");
        }

        static int value = 42;
    }

    public static class PublicHolder {
        private int hidden = 3;
        public int visible = 4;
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
                    + (from >= 0 ? message.substring(0, from) : message)
                    + (t.getCause() != null ? " / cause " + t.getCause() : ""));
        }
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        Holder h = new Holder();
        MethodHandle getCount = l.findGetter(Holder.class, "count", int.class);
        MethodHandle setCount = l.findSetter(Holder.class, "count", int.class);
        System.out.println(getCount + " " + setCount);
        setCount.invokeExact(h, 10);
        System.out.println("count " + (int) getCount.invokeExact(h) + " via invoke " + getCount.invoke(h));
        setCount.invoke(h, (short) 11);
        System.out.println("count " + h.count);
        MethodHandle getBig = l.findGetter(Holder.class, "big", long.class);
        System.out.println("big " + (long) getBig.invokeExact(h) + " as double " + (double) getBig.invoke(h));
        MethodHandle getInherited = l.findGetter(Holder.class, "inherited", String.class);
        System.out.println(getInherited + " -> " + (String) getInherited.invokeExact(h));
        MethodHandle getRatio = l.findStaticGetter(Holder.class, "ratio", double.class);
        MethodHandle setRatio = l.findStaticSetter(Holder.class, "ratio", double.class);
        setRatio.invokeExact(2.25);
        System.out.println(getRatio + " " + setRatio + " -> " + (double) getRatio.invokeExact());
        MethodHandle flag = l.findSetter(Holder.class, "flag", boolean.class);
        flag.invokeExact(h, true);
        MethodHandle letter = l.findGetter(Holder.class, "letter", char.class);
        System.out.println("flag " + h.flag + " letter " + (char) letter.invokeExact(h) + " as int " + (int) letter.invoke(h));
        System.out.println("CONSTANT " + (int) l.findStaticGetter(Holder.class, "CONSTANT", int.class).invokeExact());

        System.out.println("before Lazy getter");
        MethodHandle lazy = l.findStaticGetter(Lazy.class, "value", int.class);
        System.out.println("handle made");
        System.out.println("Lazy.value " + (int) lazy.invokeExact());

        Field countField = Holder.class.getDeclaredField("count");
        MethodHandle ug = l.unreflectGetter(countField);
        MethodHandle us = l.unreflectSetter(countField);
        us.invokeExact(h, 99);
        System.out.println("unreflect " + ug + " " + us + " -> " + (int) ug.invokeExact(h));
        Field fixedField = Holder.class.getDeclaredField("fixed");
        System.out.println("final getter " + (String) l.unreflectGetter(fixedField).invokeExact(h));
        attempt("unreflectSetter final", () -> l.unreflectSetter(fixedField));
        fixedField.setAccessible(true);
        attempt("unreflectSetter final accessible", () -> l.unreflectSetter(fixedField).invoke(h, "changed"));
        System.out.println("fixed via reflection now " + fixedField.get(h));

        attempt("null receiver", () -> { int c = (int) getCount.invokeExact((Holder) null); });
        attempt("missing field", () -> l.findGetter(Holder.class, "missing", int.class));
        attempt("wrong type", () -> l.findGetter(Holder.class, "count", long.class));
        attempt("static as instance", () -> l.findGetter(Holder.class, "ratio", double.class));
        attempt("instance as static", () -> l.findStaticGetter(Holder.class, "count", int.class));
        attempt("setter on final", () -> l.findSetter(Holder.class, "fixed", String.class));
        attempt("static setter on final", () -> l.findStaticSetter(Holder.class, "CONSTANT", int.class));
        MethodHandles.Lookup pub = MethodHandles.publicLookup();
        attempt("publicLookup public field", () -> System.out.println("  visible "
                + (int) pub.findGetter(PublicHolder.class, "visible", int.class).invokeExact(new PublicHolder())));
        attempt("publicLookup private field", () -> pub.findGetter(PublicHolder.class, "hidden", int.class));
        attempt("publicLookup package class", () -> pub.findGetter(Holder.class, "count", int.class));
        attempt("wrong receiver via invoke", () -> getCount.invoke((Object) "string"));
    }
}
