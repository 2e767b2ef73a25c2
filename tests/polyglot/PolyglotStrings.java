// STRING through the nfi language: Java strings passed as zero-terminated UTF-8, native char*
// results readable as strings (and still pointers), null strings, strings the caller must free,
// and libc's strlen/snprintf (a variadic function writing into a Java byte array).
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

public class PolyglotStrings {

    public static void main(String[] args) {
        try (Context context = Context.newBuilder().allowNativeAccess(true).build()) {
            Value lib = context.eval("nfi", "load \"" + args[0] + "\" { string_length(STRING):UINT64;"
                    + " greeting():STRING; null_string():STRING; string_is_null(STRING):SINT32;"
                    + " upper_copy(STRING):STRING; free_string(POINTER):VOID; }");
            System.out.println("string_length(\"hello\") = " + lib.invokeMember("string_length", "hello"));
            // "héllo" is 6 bytes of UTF-8; a char outside the BMP is 4.
            System.out.println("string_length(\"h\u00e9llo\") = " + lib.invokeMember("string_length", "h\u00e9llo"));
            System.out.println("string_length(\"\uD83D\uDE00\") = " + lib.invokeMember("string_length", "\uD83D\uDE00"));
            System.out.println("string_length(\"\") = " + lib.invokeMember("string_length", ""));
            System.out.println("string_length('x') = " + lib.invokeMember("string_length", 'x'));
            Value greeting = lib.invokeMember("greeting");
            System.out.println("greeting isString=" + greeting.isString() + " isNativePointer=" + greeting.isNativePointer()
                    + " isNull=" + greeting.isNull() + " pointer!=0: " + (greeting.asNativePointer() != 0));
            System.out.println("greeting = " + greeting.asString() + " (" + greeting.asString().length() + " chars)");
            System.out.println("greeting as(String) equals asString: " + greeting.as(String.class).equals(greeting.asString()));
            Value none = lib.invokeMember("null_string");
            System.out.println("null_string isNull=" + none.isNull() + " isString=" + none.isString()
                    + " asString=" + none.asString() + " pointer=" + none.asNativePointer());
            System.out.println("string_is_null(null) = " + lib.invokeMember("string_is_null", (Object) null));
            System.out.println("string_is_null(\"\") = " + lib.invokeMember("string_is_null", ""));
            System.out.println("string_is_null(null_string()) = " + lib.invokeMember("string_is_null", none));
            // A native string passed back to a STRING argument is the same char*.
            System.out.println("string_length(greeting()) = " + lib.invokeMember("string_length", greeting));
            Value upper = lib.invokeMember("upper_copy", "Mixed Case 123");
            System.out.println("upper_copy = " + upper.asString());
            lib.invokeMember("free_string", upper);  // ours to free, as the C function documents
            System.out.println("freed the copy");

            Value libc = context.eval("nfi", "default { strlen(STRING):UINT64;"
                    + " snprintf([UINT8], UINT64, STRING, ...SINT32, DOUBLE, STRING):SINT32; }");
            System.out.println("strlen(\"polyglot\") = " + libc.invokeMember("strlen", "polyglot"));
            byte[] buffer = new byte[32];
            Value written = libc.invokeMember("snprintf", buffer, buffer.length, "%d|%.3f|%s", -42, 2.5, "ok");
            int length = written.asInt();
            System.out.println("snprintf wrote " + length + " bytes: "
                    + new String(buffer, 0, length, StandardCharsets.UTF_8) + ", terminator " + buffer[length]);
            byte[] tiny = new byte[4];
            Value truncated = libc.invokeMember("snprintf", tiny, tiny.length, "%d|%.3f|%s", 12345, 0.5, "x");
            System.out.println("snprintf into 4 bytes returns " + truncated + " and keeps "
                    + new String(tiny, 0, 3, StandardCharsets.UTF_8) + tiny[3]);
        }
    }
}
