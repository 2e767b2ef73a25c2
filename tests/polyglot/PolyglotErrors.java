// Errors of the nfi language seen from Java: missing libraries (with dlerror() text), missing
// symbols, malformed sources (with their column), unknown backends, wrong arity and argument
// types, and the API's own checks (native access, unknown language, closed context).
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

public class PolyglotErrors {

    static String testlib;

    // The library's path depends on the build folder, and glibc names the main program in
    // errors about the default namespace: both are replaced by fixed words.
    static String stable(String message) {
        String text = message.replace(testlib, "TESTLIB");
        int undefined = text.indexOf(": undefined symbol: ");
        int prefix = text.indexOf("'default': ");
        if (prefix >= 0 && undefined > prefix) {
            text = text.substring(0, prefix + 11) + "PROGRAM" + text.substring(undefined);
        }
        return text;
    }

    static void attempt(String what, Runnable action) {
        try {
            action.run();
            System.out.println(what + ": no error");
        } catch (PolyglotException e) {
            System.out.println(what + ": PolyglotException" + (e.isSyntaxError() ? " (syntax)" : "")
                    + (e.isGuestException() ? "" : " (host)") + ": " + stable(e.getMessage()));
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + stable(e.getMessage()));
        }
    }

    public static void main(String[] args) throws Exception {
        testlib = args[0];
        attempt("no native access", () -> Context.create().eval("nfi", "default"));
        attempt("unknown language", () -> Context.create().eval("js", "1 + 1"));
        attempt("not permitted", () -> Context.newBuilder("python").allowNativeAccess(true).build()
                .eval("nfi", "default"));
        try (Context context = Context.newBuilder("nfi").allowNativeAccess(true).build()) {
            attempt("missing library", () -> context.eval("nfi", "load \"libislet_no_such_library.so\""));
            attempt("empty file", () -> context.eval("nfi", "load \"\""));
            Value plain = context.eval("nfi", "load \"" + testlib + "\"");
            System.out.println("getMember of a missing symbol: " + plain.getMember("no_such_function"));
            System.out.println("hasMember of a missing symbol: " + plain.hasMember("no_such_function"));
            attempt("missing symbol", () -> plain.invokeMember("no_such_function", 1));
            attempt("missing bound symbol", () -> context.eval("nfi", "default { islet_nope(SINT32):SINT32; }"));
            attempt("unterminated string", () -> context.eval("nfi", "load \"libm.so.6"));
            attempt("unknown type", () -> context.eval("nfi", "(SINT33):VOID"));
            attempt("missing colon", () -> context.eval("nfi", "(SINT32)SINT32"));
            attempt("bad flag", () -> context.eval("nfi", "load (RTLD_NOWW) \"libm.so.6\""));
            attempt("void argument", () -> context.eval("nfi", "(VOID):VOID"));
            attempt("llvm backend", () -> context.eval("nfi", "with llvm load \"libm.so.6\""));
            attempt("source object", () -> context.eval(Source.create("nfi", "(SINT32 SINT32):VOID")));

            Value lib = context.eval("nfi", "load \"" + testlib + "\" { add_s32(SINT32, SINT32):SINT32; id_s8(SINT8):SINT8; }");
            Value add = lib.getMember("add_s32");
            attempt("too few arguments", () -> add.execute(1));
            attempt("too many arguments", () -> add.execute(1, 2, 3));
            attempt("string for SINT32", () -> add.execute("one", 2));
            attempt("double for SINT32", () -> add.execute(1.5, 2));
            attempt("out of range for SINT8", () -> lib.getMember("id_s8").execute(256));
            attempt("boolean for SINT32", () -> add.execute(true, 2));
            attempt("bind bad signature", () -> context.eval("nfi", "load \"" + testlib + "\"")
                    .getMember("add_s32").invokeMember("bind", "(SINT32,"));
            attempt("execute unbound symbol", () -> context.eval("nfi", "load \"" + testlib + "\"")
                    .getMember("add_s32").execute(1, 2));
            attempt("execute a number", () -> add.execute(1, 2).execute());
            attempt("asInt of a library", () -> lib.asInt());
            System.out.println("unknown member is null: " + (lib.getMember("no_such_binding") == null));
            System.out.println("library members: " + lib.getMemberKeys());
            System.out.println("has add_s32: " + lib.hasMember("add_s32"));
            System.out.println("1 + 2 = " + add.execute(1, 2).asInt());
        }
        Context closed = Context.newBuilder().allowNativeAccess(true).build();
        Value abs = closed.eval("nfi", "default { abs(SINT32):SINT32; }").getMember("abs");
        System.out.println("abs(-3) = " + abs.execute(-3));
        closed.close();
        attempt("closed context eval", () -> closed.eval("nfi", "default"));
        attempt("closed context execute", () -> abs.execute(-3));
    }
}
