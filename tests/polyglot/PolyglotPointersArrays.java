// POINTER and [TYPE] arguments through the nfi language: null and non-null pointers, pointers
// from malloc, Java primitive arrays lent to a call (the callee's writes land in the Java array),
// and element types that do not match.
import java.util.Arrays;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

public class PolyglotPointersArrays {

    public static void main(String[] args) {
        try (Context context = Context.newBuilder().allowNativeAccess(true).build()) {
            Value lib = context.eval("nfi", "load \"" + args[0] + "\" { id_pointer(POINTER):POINTER;"
                    + " null_pointer():POINTER; is_null(POINTER):SINT32; read_i64(POINTER):SINT64;"
                    + " sum_i32_array([SINT32], SINT32):SINT64; fill_squares([SINT32], SINT32):VOID;"
                    + " scale_doubles([DOUBLE], SINT32, DOUBLE):VOID; fill_bytes([UINT8], SINT32):VOID;"
                    + " sum_floats([FLOAT], SINT32):DOUBLE; }");
            Value none = lib.invokeMember("null_pointer");
            System.out.println("null_pointer isNull=" + none.isNull() + " isNativePointer=" + none.isNativePointer()
                    + " asNativePointer=" + none.asNativePointer() + " isNumber=" + none.isNumber());
            System.out.println("is_null(null) = " + lib.invokeMember("is_null", (Object) null));
            System.out.println("is_null(null_pointer()) = " + lib.invokeMember("is_null", none));
            Value libc = context.eval("nfi", "default { malloc(UINT64):POINTER; free(POINTER):VOID;"
                    + " memset(POINTER, SINT32, UINT64):POINTER; }");
            Value block = libc.invokeMember("malloc", 16);
            System.out.println("malloc(16) isNull=" + block.isNull() + " isNativePointer=" + block.isNativePointer());
            Value same = lib.invokeMember("id_pointer", block);
            System.out.println("id_pointer keeps the address: " + (same.asNativePointer() == block.asNativePointer()));
            System.out.println("is_null(block) = " + lib.invokeMember("is_null", block));
            libc.invokeMember("memset", block, 0x7f, 8);
            System.out.println("read_i64 after memset 0x7f = " + Long.toHexString(lib.invokeMember("read_i64", block).asLong()));
            // A raw address passed as a number is a pointer too.
            System.out.println("read_i64(address) = " + Long.toHexString(lib.invokeMember("read_i64", block.asNativePointer()).asLong()));
            libc.invokeMember("free", block);

            int[] values = {1, -2, 3, 2_000_000_000, 2_000_000_000};
            System.out.println("sum_i32_array = " + lib.invokeMember("sum_i32_array", values, values.length));
            int[] squares = new int[6];
            lib.invokeMember("fill_squares", squares, squares.length);
            System.out.println("fill_squares -> " + Arrays.toString(squares));
            double[] doubles = {1.5, -2.0, 0.25};
            lib.invokeMember("scale_doubles", doubles, doubles.length, 4.0);
            System.out.println("scale_doubles -> " + Arrays.toString(doubles));
            byte[] bytes = new byte[8];
            lib.invokeMember("fill_bytes", bytes, bytes.length);
            System.out.println("fill_bytes -> " + Arrays.toString(bytes));
            float[] floats = {0.5f, 1.25f, -2.0f, 0.1f};
            System.out.println("sum_floats bits = " + Long.toHexString(Double.doubleToRawLongBits(
                    lib.invokeMember("sum_floats", floats, floats.length).asDouble())));
            // An array passed where a POINTER is expected is lent the same way.
            Value asPointer = context.eval("nfi", "load \"" + args[0] + "\" { read_i64(POINTER):SINT64; }");
            System.out.println("read_i64(long[]{-9}) = " + asPointer.invokeMember("read_i64", new long[] {-9, 4}));
            try {
                lib.invokeMember("sum_i32_array", new long[] {1, 2}, 2);
            } catch (PolyglotException e) {
                System.out.println("long[] for [SINT32]: " + e.getMessage());
            }
            try {
                lib.invokeMember("sum_i32_array", new boolean[] {true}, 1);
            } catch (PolyglotException e) {
                System.out.println("boolean[] for [SINT32]: " + e.getMessage());
            }
        }
    }
}
