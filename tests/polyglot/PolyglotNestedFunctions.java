// Function-pointer types nested both ways: native functions returning function pointers (bound
// to their signature and executable from Java), callbacks receiving native function pointers,
// and a Java callback handed back to native code inside another callback.
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

public class PolyglotNestedFunctions {

    public static void main(String[] args) {
        try (Context context = Context.newBuilder().allowNativeAccess(true).build()) {
            Value lib = context.eval("nfi", "load \"" + args[0] + "\" {"
                    + " get_operation(SINT32):(SINT32, SINT32):SINT32; no_operation():(SINT32, SINT32):SINT32;"
                    + " give_native_function(((SINT32):SINT32, SINT32):SINT32, SINT32):SINT32;"
                    + " compose(((SINT32):SINT32, SINT32):SINT32, (SINT32):SINT32, SINT32):SINT32;"
                    + " apply_int((SINT32):SINT32, SINT32):SINT32; }");
            Value add = lib.invokeMember("get_operation", 0);
            Value mul = lib.invokeMember("get_operation", 1);
            System.out.println("get_operation(0) canExecute=" + add.canExecute() + " isNativePointer="
                    + add.isNativePointer() + " isNull=" + add.isNull());
            System.out.println("add(20, 22) = " + add.execute(20, 22) + ", mul(6, 7) = " + mul.execute(6, 7));
            System.out.println("different functions: " + (add.asNativePointer() != mul.asNativePointer()));
            Value none = lib.invokeMember("no_operation");
            System.out.println("no_operation isNull=" + none.isNull() + " canExecute=" + none.canExecute());
            // A returned function pointer passed on to a POINTER-taking bind: same address.
            Value rebound = context.eval("nfi", "(SINT32, SINT32):SINT32").invokeMember("bind", add);
            System.out.println("rebound add(1, 2) = " + rebound.execute(1, 2));

            // The callback receives native_double_it as an executable value and calls it.
            Value given = lib.invokeMember("give_native_function", (ProxyExecutable) a -> {
                Value nativeFunction = a[0];
                System.out.println("  callback got canExecute=" + nativeFunction.canExecute());
                return nativeFunction.execute(a[1]).asInt() + 1;
            }, 20);
            System.out.println("give_native_function -> " + given);
            // Java -> C -> Java (outer) -> C closure of a Java function (inner) -> Java.
            Value composed = lib.invokeMember("compose", (ProxyExecutable) a -> {
                int once = a[0].execute(a[1]).asInt();
                return lib.invokeMember("apply_int", a[0], once).asInt() * 10;
            }, (ProxyExecutable) a -> a[0].asInt() + 3, 1);
            System.out.println("compose -> " + composed);
            // A native function pointer passed where a callback is expected is called directly.
            System.out.println("apply_int(native_double_it, 50) = "
                    + lib.invokeMember("give_native_function", (ProxyExecutable) a ->
                            lib.invokeMember("apply_int", a[0], a[1]), 50));
        }
    }
}
