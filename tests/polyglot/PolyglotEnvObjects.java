// ENV and OBJECT through the nfi language: the injected TruffleEnv argument, Java objects passed
// to native code as opaque TruffleObject handles and returned as the same Java objects, handles
// kept by native code beyond a call (newObjectRef), isSameObject, and closures kept by native
// code with newClosureRef and released with releaseClosureRef.
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

public class PolyglotEnvObjects {

    static final class Token {
        final String name;

        Token(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return "Token(" + name + ")";
        }
    }

    public static void main(String[] args) {
        try (Context context = Context.newBuilder().allowNativeAccess(true).build()) {
            Value lib = context.eval("nfi", "load \"" + args[0] + "\" {"
                    + " env_add(ENV, SINT32, SINT32):SINT32; env_in_middle(SINT32, ENV, SINT32):SINT32;"
                    + " call_with_env((ENV, SINT32):SINT32, ENV, SINT32):SINT32;"
                    + " keep_object(ENV, OBJECT):OBJECT; return_kept(ENV):OBJECT;"
                    + " same_object(ENV, OBJECT, OBJECT):SINT32;"
                    + " object_from_callback(ENV, (OBJECT):OBJECT, OBJECT):OBJECT;"
                    + " use_factory(ENV, ():(SINT32):SINT32, SINT32):SINT32;"
                    + " store_callback(ENV, (SINT32):SINT32):VOID; call_stored(SINT32):SINT32;"
                    + " release_stored(ENV):VOID; }");
            // ENV is injected: Java passes only the other arguments.
            System.out.println("env_add(2, 3) = " + lib.invokeMember("env_add", 2, 3));
            System.out.println("env_in_middle(10, 4) = " + lib.invokeMember("env_in_middle", 10, 4));
            System.out.println("call_with_env -> " + lib.invokeMember("call_with_env",
                    (ProxyExecutable) a -> a[0].asInt() * 2, 21));

            Token token = new Token("alpha");
            Value back = lib.invokeMember("keep_object", token);
            System.out.println("keep_object returns the same Java object: " + (back.asHostObject() == token)
                    + " isHostObject=" + back.isHostObject());
            token = null;
            System.gc();  // only native code holds the kept reference now
            List<Object> garbage = new ArrayList<>();
            for (int i = 0; i < 20000; i++) {
                garbage.add(new int[16]);
            }
            garbage = null;
            System.gc();
            Value kept = lib.invokeMember("return_kept");
            System.out.println("return_kept after collections: " + kept.asHostObject() + " as(Token) "
                    + kept.as(Token.class).name);

            Token beta = new Token("beta");
            List<String> list = new ArrayList<>();
            System.out.println("same_object(beta, beta) = " + lib.invokeMember("same_object", beta, beta));
            System.out.println("same_object(beta, list) = " + lib.invokeMember("same_object", beta, list));
            Value fromCallback = lib.invokeMember("object_from_callback", (ProxyExecutable) a -> {
                System.out.println("  callback got " + a[0].asHostObject());
                list.add("touched by " + ((Token) a[0].asHostObject()).name);
                return list;
            }, beta);
            System.out.println("object_from_callback -> " + fromCallback.asHostObject() + " same list: "
                    + (fromCallback.asHostObject() == list));
            // Numbers and strings travel through OBJECT too, as values.
            System.out.println("keep_object(42) -> " + lib.invokeMember("keep_object", 42).asInt()
                    + ", return_kept -> " + lib.invokeMember("return_kept").asInt());
            System.out.println("keep_object(\"text\") -> " + lib.invokeMember("keep_object", "text").asString()
                    + ", return_kept -> " + lib.invokeMember("return_kept").asString());
            System.out.println("keep_object(null) isNull=" + lib.invokeMember("keep_object", (Object) null).isNull());
            lib.invokeMember("return_kept");

            // A callback returning a Java function as a function pointer, owned and released by C.
            System.out.println("use_factory -> " + lib.invokeMember("use_factory",
                    (ProxyExecutable) a -> (ProxyExecutable) b -> b[0].asInt() * 100, 7));
            // A closure native code keeps after the call that received it.
            lib.invokeMember("store_callback", (ProxyExecutable) a -> a[0].asInt() + 1000);
            System.gc();
            System.out.println("call_stored(1) = " + lib.invokeMember("call_stored", 1)
                    + ", call_stored(2) = " + lib.invokeMember("call_stored", 2));
            lib.invokeMember("release_stored");
            System.out.println("released");
        }
    }
}
