// Java callbacks (ProxyExecutable) called by native code through function pointers: every
// argument and result kind, strings returned to C (malloc'ed copies C frees), libc's qsort and
// bsearch with Java comparators, a callback that calls native code again, closures made with
// createClosure, and a Java exception thrown by a callback travelling back through C frames.
import java.util.Arrays;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

public class PolyglotCallbacks {

    static final StringBuilder seen = new StringBuilder();

    public static void main(String[] args) {
        try (Context context = Context.newBuilder().allowNativeAccess(true).build()) {
            Value lib = context.eval("nfi", "load \"" + args[0] + "\" {"
                    + " apply_int((SINT32):SINT32, SINT32):SINT32; apply_int_twice((SINT32):SINT32, SINT32):SINT32;"
                    + " apply_double((DOUBLE, DOUBLE):DOUBLE, DOUBLE, DOUBLE):DOUBLE;"
                    + " repeat_void((SINT32):VOID, SINT32):VOID;"
                    + " apply_u64((UINT64, UINT8):UINT64, UINT64):SINT64;"
                    + " give_string((STRING):SINT32, STRING):SINT32; take_string((SINT32):STRING, SINT32):SINT32;"
                    + " narrow_results(():SINT8, ():UINT8, ():SINT16):SINT32;"
                    + " apply_float((FLOAT):FLOAT, FLOAT):FLOAT; read_i64(POINTER):SINT64; }");
            ProxyExecutable triple = arguments -> arguments[0].asInt() * 3;
            System.out.println("apply_int(x3, 7) = " + lib.invokeMember("apply_int", triple, 7));
            System.out.println("apply_int_twice(+10, 1) = " + lib.invokeMember("apply_int_twice",
                    (ProxyExecutable) a -> a[0].asInt() + 10, 1));
            System.out.println("apply_double(a/b, 1, 8) = " + lib.invokeMember("apply_double",
                    (ProxyExecutable) a -> a[0].asDouble() / a[1].asDouble(), 1, 8));
            lib.invokeMember("repeat_void", (ProxyExecutable) a -> seen.append(a[0].asInt()).append(' '), 5);
            System.out.println("repeat_void saw " + seen.toString().trim());
            // The UINT64 argument arrives above Long.MAX_VALUE; the UINT8 one as 255.
            Value high = lib.invokeMember("apply_u64", (ProxyExecutable) a -> {
                System.out.println("  apply_u64 callback got " + a[0] + " (fitsInLong=" + a[0].fitsInLong() + ") and " + a[1]);
                return a[0];
            }, new java.math.BigInteger("18446744069414584320"));
            System.out.println("apply_u64 -> " + high);
            System.out.println("give_string -> " + lib.invokeMember("give_string", (ProxyExecutable) a -> {
                System.out.println("  give_string callback got \"" + a[0].asString() + "\" isString=" + a[0].isString());
                return a[0].asString().length();
            }, "native text"));
            System.out.println("take_string(5) -> " + lib.invokeMember("take_string",
                    (ProxyExecutable) a -> "*".repeat(a[0].asInt()), 5));
            System.out.println("take_string(null result) -> " + lib.invokeMember("take_string",
                    (ProxyExecutable) a -> null, 5));
            System.out.println("narrow_results -> " + lib.invokeMember("narrow_results",
                    (ProxyExecutable) a -> -1, (ProxyExecutable) a -> 255, (ProxyExecutable) a -> -2));
            System.out.println("apply_float(x*0.5, 3) = " + lib.invokeMember("apply_float",
                    (ProxyExecutable) a -> a[0].asFloat() * 0.5f, 3.0f));

            // qsort with a Java comparator that reads the elements through another native call.
            Value readI64 = lib.getMember("read_i64");
            Value libc = context.eval("nfi", "default { qsort([SINT64], UINT64, UINT64, (POINTER, POINTER):SINT32):VOID;"
                    + " bsearch(POINTER, [SINT64], UINT64, UINT64, (POINTER, POINTER):SINT32):POINTER; }");
            long[] numbers = {42, -7, 1L << 40, 0, 13, -7, Long.MIN_VALUE};
            int[] comparisons = {0};
            ProxyExecutable compare = a -> {
                comparisons[0]++;
                return Long.compare(readI64.execute(a[0]).asLong(), readI64.execute(a[1]).asLong());
            };
            libc.invokeMember("qsort", numbers, numbers.length, 8, compare);
            System.out.println("qsort -> " + Arrays.toString(numbers) + " comparisons>0: " + (comparisons[0] > 0));
            long[] key = {13};
            Value found = libc.invokeMember("bsearch", key, numbers, numbers.length, 8, compare);
            System.out.println("bsearch(13) found=" + !found.isNull() + " value=" + readI64.execute(found));
            Value missing = libc.invokeMember("bsearch", new long[] {5}, numbers, numbers.length, 8, compare);
            System.out.println("bsearch(5) isNull=" + missing.isNull());

            // A closure made explicitly from a signature; it is executable from Java too.
            Value closure = context.eval("nfi", "(SINT32):SINT32").invokeMember("createClosure",
                    (ProxyExecutable) a -> a[0].asInt() - 1);
            System.out.println("closure isNativePointer=" + closure.isNativePointer() + " canExecute=" + closure.canExecute());
            System.out.println("apply_int(closure, 100) = " + lib.invokeMember("apply_int", closure, 100));
            System.out.println("closure.execute(5) = " + closure.execute(5));

            // A Java exception thrown in a callback comes out of the downcall as a host exception.
            try {
                lib.invokeMember("apply_int", (ProxyExecutable) a -> {
                    throw new IllegalStateException("callback refused " + a[0]);
                }, 9);
                System.out.println("no exception");
            } catch (PolyglotException e) {
                System.out.println("host exception: " + e.isHostException() + " " + e.getMessage() + " / "
                        + e.asHostException().getClass().getName());
            }
            try {
                lib.invokeMember("apply_int", (ProxyExecutable) a -> "not a number", 9);
            } catch (PolyglotException e) {
                System.out.println("bad callback result: " + e.getMessage());
            }
            System.out.println("still working: " + lib.invokeMember("apply_int", triple, -4));
        }
    }
}
