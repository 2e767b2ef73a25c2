// Runtime-visible annotations on classes, methods, fields, constructors and parameters: lookup,
// presence, HotSpot 17's toString format for every element kind, equals/hashCode between
// instances, @Inherited through superclasses, CLASS/SOURCE retention, and repeatable annotations.
import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class Annotations {
    enum Level { LOW, HIGH }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Info {
        String name();
        int count();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @interface Everything {
        boolean z();
        byte b();
        char c();
        short s();
        int i();
        long l();
        float f();
        double d();
        String str();
        Class<?> type();
        Level level();
        Info info();
        int[] ints();
        String[] strings();
        Class<?>[] types();
        Level[] levels();
        Info[] infos();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Inherited
    @interface Heritable {
        String value();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface NotInherited {
        int value();
    }

    @Retention(RetentionPolicy.CLASS)
    @interface ClassOnly {}

    @Retention(RetentionPolicy.SOURCE)
    @interface SourceOnly {}

    @Retention(RetentionPolicy.RUNTIME)
    @interface Marker {}

    @Retention(RetentionPolicy.RUNTIME)
    @Repeatable(Tags.class)
    @interface Tag {
        String value();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Tags {
        Tag[] value();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface Param {
        String value();
    }

    @Heritable("base")
    @NotInherited(1)
    @ClassOnly
    @SourceOnly
    static class Base {}

    @Marker
    static class Derived extends Base {}

    @Heritable("override")
    static class Overriding extends Base {}

    @Everything(z = true, b = -2, c = '\'', s = 300, i = -7, l = 1L << 40, f = 1.5f, d = 1e-9, str = "tab\there \"q\" \\ \u00e9",
            type = String[][].class, level = Level.HIGH, info = @Info(name = "nested", count = 3),
            ints = {1, 2, 3}, strings = {"a", "b"}, types = {int.class, void.class, Level.class},
            levels = {Level.LOW, Level.HIGH}, infos = {@Info(name = "x", count = 1), @Info(name = "y", count = 2)})
    @Tag("one")
    @Tag("two")
    static class Loaded {
        @Info(name = "field", count = 10)
        @Marker
        public int annotatedField;

        @Info(name = "ctor", count = 0)
        public Loaded() {}

        @Tag("single")
        @Deprecated
        public void method(@Param("first") int a, int b, @Param("third") @Marker String c) {}
    }

    static String sorted(Annotation[] annotations) {
        List<String> list = new ArrayList<>();
        for (Annotation a : annotations) {
            list.add(a.toString());
        }
        Collections.sort(list);
        return list.toString();
    }

    public static void main(String[] args) throws Exception {
        Everything e = Loaded.class.getAnnotation(Everything.class);
        System.out.println(e);
        System.out.println("annotationType " + e.annotationType().getName() + " isAnnotation "
                + e.annotationType().isAnnotation());
        System.out.println("values: " + e.z() + " " + e.b() + " " + e.c() + " " + e.s() + " " + e.i() + " " + e.l()
                + " " + e.f() + " " + e.d() + " [" + e.str() + "] " + e.type().getName() + " " + e.level() + " "
                + e.info().name() + " " + e.ints().length + " " + e.strings()[1] + " " + e.types()[1] + " "
                + e.levels()[0] + " " + e.infos()[1].count());
        System.out.println("Tags container: " + Loaded.class.getAnnotation(Tags.class));
        System.out.println("Tag direct: " + Loaded.class.getAnnotation(Tag.class));
        Tag[] tags = Loaded.class.getAnnotationsByType(Tag.class);
        System.out.println("Tag by type: " + tags.length + " " + tags[0].value() + " " + tags[1].value());

        System.out.println("Base annotations: " + sorted(Base.class.getAnnotations()));
        System.out.println("Derived annotations: " + sorted(Derived.class.getAnnotations()));
        System.out.println("Derived declared: " + sorted(Derived.class.getDeclaredAnnotations()));
        System.out.println("Overriding annotations: " + sorted(Overriding.class.getAnnotations()));
        System.out.println("Derived has Heritable: " + Derived.class.isAnnotationPresent(Heritable.class)
                + ", declared: " + Derived.class.getDeclaredAnnotation(Heritable.class)
                + ", NotInherited: " + Derived.class.getAnnotation(NotInherited.class)
                + ", ClassOnly on Base: " + Base.class.isAnnotationPresent(ClassOnly.class)
                + ", SourceOnly: " + Base.class.isAnnotationPresent(SourceOnly.class));
        System.out.println("Retention of Info: " + Info.class.getAnnotation(Retention.class)
                + " Documented on Everything: " + Everything.class.isAnnotationPresent(Documented.class)
                + " Target of Param: " + Param.class.getAnnotation(Target.class));

        Method method = Loaded.class.getMethod("method", int.class, int.class, String.class);
        System.out.println("method annotations: " + sorted(method.getAnnotations()));
        System.out.println("deprecated: " + method.getAnnotation(Deprecated.class));
        Annotation[][] params = method.getParameterAnnotations();
        for (int i = 0; i < params.length; i++) {
            System.out.println("param " + i + ": " + sorted(params[i]));
        }
        System.out.println("field: " + sorted(Loaded.class.getField("annotatedField").getDeclaredAnnotations()));
        System.out.println("constructor: " + sorted(Loaded.class.getConstructor().getAnnotations()));
        System.out.println("no annotations: " + Object.class.getAnnotations().length + " "
                + String.class.getMethod("length").getAnnotations().length);

        Info a = Loaded.class.getField("annotatedField").getAnnotation(Info.class);
        Info b = Loaded.class.getField("annotatedField").getAnnotation(Info.class);
        Info c = Loaded.class.getConstructor().getAnnotation(Info.class);
        System.out.println("equals same source: " + a.equals(b) + ", different: " + a.equals(c) + ", vs string: "
                + a.equals("x") + ", nested equal: " + e.infos()[0].equals(e.infos()[0]));
        int expected = (127 * "name".hashCode() ^ "field".hashCode()) + (127 * "count".hashCode() ^ Integer.valueOf(10).hashCode());
        System.out.println("hashCode " + a.hashCode() + " expected " + expected + " equal hashes " + (a.hashCode() == b.hashCode()));
        Tags container = Loaded.class.getAnnotation(Tags.class);
        Tags same = Loaded.class.getAnnotation(Tags.class);
        System.out.println("array member equals " + container.equals(same) + " hash " + (container.hashCode() == same.hashCode()));
        int[] ints = e.ints();
        ints[0] = 100;
        System.out.println("arrays are copies: " + e.ints()[0]);
        System.out.println("instanceof Info: " + (a instanceof Info) + " Annotation: " + (a instanceof Annotation));
        try {
            Loaded.class.getAnnotation(null);
        } catch (NullPointerException ex) {
            System.out.println("null type -> NullPointerException");
        }
    }
}
