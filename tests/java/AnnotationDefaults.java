// Annotation element defaults (AnnotationDefault): values when elements are omitted, the order
// toString lists them in (defaults first, in HotSpot's hash order, then explicit values),
// Method.getDefaultValue for every kind, and equality of instances that differ only in defaults.
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

public class AnnotationDefaults {
    enum Mode { FAST, SAFE }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Inner {
        int weight() default 5;
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Config {
        String name() default "default-name";
        int retries() default 3;
        long limit() default 30_000L;
        boolean enabled() default true;
        double ratio() default 0.75;
        float scale() default -0.0f;
        char separator() default ',';
        byte flags() default 0x7f;
        short port() default 8080;
        Mode mode() default Mode.SAFE;
        Class<?> target() default Object.class;
        Inner inner() default @Inner;
        String[] paths() default {"/tmp", "/var"};
        int[] codes() default {};
        String required();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface OnlyDefaults {
        int a() default 1;
        int b() default 2;
        int c() default 3;
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Value {
        String value() default "v";
        int other() default 0;
    }

    @Config(required = "r")
    static class Minimal {}

    @Config(required = "r2", name = "custom", paths = {}, mode = Mode.FAST, inner = @Inner(weight = 9), codes = {404, 500})
    static class Custom {}

    @Config(name = "default-name", retries = 3, required = "r")
    static class ExplicitDefaults {}

    @OnlyDefaults
    static class AllDefault {}

    @OnlyDefaults(c = 30, a = 10)
    static class SomeSet {}

    @Value
    static class ValueDefault {}

    @Value("x")
    static class ValueSet {}

    @Value(other = 1)
    static class OtherSet {}

    public static void main(String[] args) throws Exception {
        Config minimal = Minimal.class.getAnnotation(Config.class);
        System.out.println(minimal);
        System.out.println(Custom.class.getAnnotation(Config.class));
        System.out.println("values: " + minimal.name() + " " + minimal.retries() + " " + minimal.limit() + " "
                + minimal.enabled() + " " + minimal.ratio() + " " + minimal.scale() + " " + minimal.separator() + " "
                + minimal.flags() + " " + minimal.port() + " " + minimal.mode() + " " + minimal.target().getSimpleName()
                + " " + minimal.inner().weight() + " " + Arrays.toString(minimal.paths()) + " "
                + minimal.codes().length + " " + minimal.required());
        Config explicit = ExplicitDefaults.class.getAnnotation(Config.class);
        System.out.println("explicit defaults equal minimal: " + explicit.equals(minimal) + " hash equal: "
                + (explicit.hashCode() == minimal.hashCode()));
        System.out.println(AllDefault.class.getAnnotation(OnlyDefaults.class));
        System.out.println(SomeSet.class.getAnnotation(OnlyDefaults.class));
        System.out.println("hash " + AllDefault.class.getAnnotation(OnlyDefaults.class).hashCode() + " "
                + SomeSet.class.getAnnotation(OnlyDefaults.class).hashCode());
        System.out.println(ValueDefault.class.getAnnotation(Value.class) + " " + ValueSet.class.getAnnotation(Value.class)
                + " " + OtherSet.class.getAnnotation(Value.class));

        List<String> defaults = new ArrayList<>();
        for (Method m : Config.class.getDeclaredMethods()) {
            Object d = m.getDefaultValue();
            String text = d == null ? "none" : d instanceof java.lang.annotation.Annotation ? "annotation " + d
                    : d.getClass().isArray() ? d.getClass().getSimpleName() + " length "
                    + java.lang.reflect.Array.getLength(d) : d.getClass().getSimpleName() + " " + d;
            defaults.add(m.getName() + " -> " + text);
        }
        Collections.sort(defaults);
        for (String line : defaults) {
            System.out.println(line);
        }
        System.out.println("non-annotation method default: " + Object.class.getMethod("toString").getDefaultValue());
        System.out.println("Inner default toString: " + Config.class.getMethod("inner").getDefaultValue());
    }
}
