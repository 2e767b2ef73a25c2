// Lifetimes and threads: many calls with callbacks and OBJECT handles while the collector runs
// (the Java objects native code refers to must survive, the rest be reclaimed), values of many
// contexts, and a callback called by native code on a thread that is not a Java thread, which
// the VM attaches for the call (as GraalVM's NFI does): C gets the callback's result.
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

public class PolyglotThreadsGc {

    public static void main(String[] args) {
        long total = 0;
        for (int round = 0; round < 20; round++) {
            try (Context context = Context.newBuilder().allowNativeAccess(true).build()) {
                Value lib = context.eval("nfi", "load \"" + args[0] + "\" { apply_int((SINT32):SINT32, SINT32):SINT32;"
                        + " keep_object(ENV, OBJECT):OBJECT; return_kept(ENV):OBJECT; }");
                Value apply = lib.getMember("apply_int");
                for (int i = 0; i < 200; i++) {
                    int[] box = {i};
                    // Each callback allocates, so collections happen while C frames are active.
                    total += apply.execute((ProxyExecutable) a -> {
                        StringBuilder text = new StringBuilder();
                        for (int k = 0; k < 8; k++) {
                            text.append(k).append(',');
                        }
                        return a[0].asInt() + box[0] + text.length() - 16;
                    }, round).asInt();
                    lib.invokeMember("keep_object", new StringBuilder("kept " + i));
                    Object back = lib.invokeMember("return_kept").asHostObject();
                    if (!back.toString().equals("kept " + i)) {
                        System.out.println("lost object " + i + ": " + back);
                    }
                }
                // Lookups create values that become garbage: their native state is reclaimed.
                for (int i = 0; i < 500; i++) {
                    lib.getMember("apply_int");
                }
            }
        }
        System.out.println("total = " + total);

        try (Context context = Context.newBuilder().allowNativeAccess(true).build()) {
            Value lib = context.eval("nfi", "load \"" + args[0] + "\" { apply_on_thread((SINT32):SINT32, SINT32):SINT32;"
                    + " apply_int((SINT32):SINT32, SINT32):SINT32; }");
            Value result = lib.invokeMember("apply_on_thread", (ProxyExecutable) a -> a[0].asInt() + 1, 41);
            System.out.println("callback on a foreign thread returned " + result + " to C");
            System.out.println("same thread still works: " + lib.invokeMember("apply_int",
                    (ProxyExecutable) a -> a[0].asInt() + 1, 41));
        }
    }
}
