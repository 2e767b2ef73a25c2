// java.lang.reflect.Proxy: handlers receive the interface Method and boxed arguments; results are
// unboxed and cast like HotSpot's generated proxies (NPE and ClassCastException messages);
// checked exceptions are passed through only when declared; Object methods, default methods,
// several interfaces, and the Proxy static queries.
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;

public class Proxies {
    interface Calculator {
        int add(int a, int b);
        long scale(long value, double factor);
        String name();
        void reset() throws java.io.IOException;

        default String describe() {
            return "calculator " + name();
        }
    }

    interface Named {
        String name();
        boolean check(char c, byte b, short s, float f);
    }

    static class Recorder implements InvocationHandler {
        final List<String> calls = new ArrayList<>();
        Object next;

        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            StringBuilder sb = new StringBuilder(method.getDeclaringClass().getSimpleName() + "." + method.getName() + "(");
            if (args != null) {
                for (int i = 0; i < args.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(args[i]).append(':').append(args[i] == null ? "null" : args[i].getClass().getSimpleName());
                }
            }
            calls.add(sb.append(')').toString());
            switch (method.getName()) {
                case "add":
                    return (Integer) args[0] + (Integer) args[1];
                case "scale":
                    return (long) ((Long) args[0] * (Double) args[1]);
                case "name":
                    return "proxy";
                case "hashCode":
                    return 1234;
                case "equals":
                    return proxy == args[0];
                case "toString":
                    return "Recorder proxy";
                case "check":
                    return (Character) args[0] == 'y';
                default:
                    return next;
            }
        }
    }

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (Throwable t) {
            System.out.println(label + ": " + t + (t.getCause() != null ? " / cause " + t.getCause() : ""));
        }
    }

    public static void main(String[] args) throws Exception {
        Recorder recorder = new Recorder();
        Object proxy = Proxy.newProxyInstance(Proxies.class.getClassLoader(), new Class<?>[] {Calculator.class, Named.class},
                recorder);
        Calculator calc = (Calculator) proxy;
        Named named = (Named) proxy;
        System.out.println("add " + calc.add(2, 3));
        System.out.println("scale " + calc.scale(10, 2.5));
        System.out.println("name " + calc.name() + " " + named.name());
        System.out.println("check " + named.check('y', (byte) 1, (short) 2, 3.5f) + " " + named.check('n', (byte) 0, (short) 0, 0f));
        System.out.println("describe " + calc.describe());
        System.out.println("hashCode " + proxy.hashCode() + " equals self " + proxy.equals(proxy) + " equals other "
                + proxy.equals("x") + " toString " + proxy);
        for (String call : recorder.calls) {
            System.out.println("  call " + call);
        }
        System.out.println("isProxyClass " + Proxy.isProxyClass(proxy.getClass()) + " " + Proxy.isProxyClass(String.class)
                + " handler same " + (Proxy.getInvocationHandler(proxy) == recorder));
        System.out.println("instanceof Calculator " + (proxy instanceof Calculator) + " Named " + (proxy instanceof Named)
                + " Proxy " + (proxy instanceof Proxy) + " Runnable " + (proxy instanceof Runnable));
        System.out.println("final " + java.lang.reflect.Modifier.isFinal(proxy.getClass().getModifiers())
                + " super " + proxy.getClass().getSuperclass().getName() + " interfaces "
                + proxy.getClass().getInterfaces().length);
        Object second = Proxy.newProxyInstance(Proxies.class.getClassLoader(), new Class<?>[] {Calculator.class, Named.class}, recorder);
        System.out.println("same proxy class for same interfaces: " + (second.getClass() == proxy.getClass()));

        InvocationHandler returnsNull = (p, m, a) -> null;
        Calculator nulls = (Calculator) Proxy.newProxyInstance(Proxies.class.getClassLoader(), new Class<?>[] {Calculator.class}, returnsNull);
        attempt("null for int", () -> nulls.add(1, 2));
        attempt("null for long", () -> nulls.scale(1, 1));
        attempt("null for String", () -> System.out.println("    name=" + nulls.name()));
        InvocationHandler wrongType = (p, m, a) -> m.getName().equals("add") ? (Object) 5L : (Object) 7;
        Calculator wrong = (Calculator) Proxy.newProxyInstance(Proxies.class.getClassLoader(), new Class<?>[] {Calculator.class}, wrongType);
        attempt("Long for int", () -> wrong.add(1, 2));
        attempt("Integer for String", () -> wrong.name());
        InvocationHandler throwing = (p, m, a) -> {
            switch (m.getName()) {
                case "reset": throw new java.io.IOException("declared");
                case "add": throw new Exception("undeclared");
                case "name": throw new IllegalStateException("runtime");
                default: throw new AssertionError("error");
            }
        };
        Calculator thrower = (Calculator) Proxy.newProxyInstance(Proxies.class.getClassLoader(), new Class<?>[] {Calculator.class}, throwing);
        try {
            thrower.reset();
        } catch (java.io.IOException e) {
            System.out.println("declared checked passes: " + e.getMessage());
        }
        try {
            thrower.add(1, 1);
        } catch (UndeclaredThrowableException e) {
            System.out.println("undeclared wrapped: " + e.getUndeclaredThrowable() + " message " + e.getMessage());
        }
        attempt("runtime passes", () -> thrower.name());
        attempt("error passes", () -> thrower.scale(1, 1));

        attempt("not an interface", () -> Proxy.newProxyInstance(null, new Class<?>[] {String.class}, returnsNull));
        attempt("repeated interface", () -> Proxy.newProxyInstance(null, new Class<?>[] {Runnable.class, Runnable.class}, returnsNull));
        attempt("null handler", () -> Proxy.newProxyInstance(null, new Class<?>[] {Runnable.class}, null));
        attempt("handler of non-proxy", () -> Proxy.getInvocationHandler("x"));
        Runnable r = (Runnable) Proxy.newProxyInstance(null, new Class<?>[] {Runnable.class},
                (p, m, a) -> {
                    System.out.println("    run via " + m.getName() + " args " + a);
                    return null;
                });
        r.run();
        Comparable<String> cmp = (Comparable<String>) Proxy.newProxyInstance(null, new Class<?>[] {Comparable.class},
                (p, m, a) -> ((String) a[0]).length());
        System.out.println("Comparable proxy: " + cmp.compareTo("four"));
    }
}
