// FLOAT, DOUBLE and FP80 through the nfi language: libm results compared bit for bit with values
// computed by C (glibc's libm, printed with %016llx), the polyglot exactness rules (0.1 is not a
// FLOAT), and calls whose many floating arguments spill to the stack.
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

public class PolyglotFloating {

    static void bits(String what, Value result, long expected) {
        long actual = Double.doubleToRawLongBits(result.asDouble());
        System.out.println(what + (actual == expected ? " matches C" : " = " + Long.toHexString(actual)
                + ", C gives " + Long.toHexString(expected)));
    }

    public static void main(String[] args) {
        try (Context context = Context.newBuilder().allowNativeAccess(true).build()) {
            Value libm = context.eval("nfi", "load \"libm.so.6\" { cos(double):double; sin(DOUBLE):DOUBLE;"
                    + " pow(DOUBLE, DOUBLE):DOUBLE; exp(DOUBLE):DOUBLE; atan2(DOUBLE, DOUBLE):DOUBLE; }");
            Value cos = libm.getMember("cos");
            System.out.println("cos canExecute=" + cos.canExecute() + " isNativePointer=" + cos.isNativePointer());
            bits("cos(1.0)", cos.execute(1.0), 0x3fe14a280fb5068cL);
            bits("sin(0.5)", libm.invokeMember("sin", 0.5), 0x3fdeaee8744b05f0L);
            bits("pow(2, 0.5)", libm.invokeMember("pow", 2, 0.5), 0x3ff6a09e667f3bcdL);
            bits("exp(1)", libm.invokeMember("exp", 1), 0x4005bf0a8b145769L);
            bits("atan2(1, 3)", libm.invokeMember("atan2", 1.0f, 3L), 0x3fd4978fa3269ee1L);
            System.out.println("pow(2, 10) = " + libm.invokeMember("pow", 2, 10).asDouble());
            // The classic step-by-step form: load, read the symbol, bind it to a signature.
            Value sqrt = context.eval("nfi", "load \"libm.so.6\"").getMember("sqrt");
            Value signature = context.eval("nfi", "(DOUBLE):DOUBLE");
            Value boundSqrt = signature.invokeMember("bind", sqrt);
            System.out.println("sqrt(2.25) = " + boundSqrt.execute(2.25));

            Value lib = context.eval("nfi", "load \"" + args[0] + "\" { mul_float(FLOAT, FLOAT):FLOAT;"
                    + " add_double(DOUBLE, DOUBLE):DOUBLE; fp80_add(FP80, FP80):FP80; fp80_fine():FP80;"
                    + " sum_ten_doubles(DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE):DOUBLE;"
                    + " mixed_stack(SINT8, DOUBLE, SINT16, FLOAT, SINT32, DOUBLE, SINT64, FLOAT, UINT8, DOUBLE,"
                    + "   UINT16, FP80, UINT32, DOUBLE, FLOAT, SINT64, DOUBLE, FLOAT):DOUBLE; }");
            Value product = lib.invokeMember("mul_float", 1.5f, 2.25f);
            System.out.println("mul_float(1.5, 2.25) = " + product + " fitsInFloat=" + product.fitsInFloat()
                    + " fitsInInt=" + product.fitsInInt() + " asFloat=" + product.asFloat());
            Value tenth = lib.invokeMember("mul_float", 0.1f, 3);
            System.out.println("mul_float(0.1f, 3) = " + tenth.asFloat() + " as double " + tenth.asDouble());
            try {
                lib.invokeMember("mul_float", 0.1, 3);
            } catch (PolyglotException e) {
                System.out.println("mul_float(0.1, 3): " + e.getMessage());
            }
            Value whole = lib.invokeMember("add_double", 1.5, 2.5);
            System.out.println("add_double(1.5, 2.5) = " + whole + " fitsInInt=" + whole.fitsInInt()
                    + " asInt=" + whole.asInt() + " fitsInFloat=" + whole.fitsInFloat());
            Value negativeZero = lib.invokeMember("add_double", -0.0, -0.0);
            System.out.println("-0.0 + -0.0 = " + negativeZero + " fitsInInt=" + negativeZero.fitsInInt()
                    + " fitsInLong=" + negativeZero.fitsInLong());
            Value nan = lib.invokeMember("add_double", Double.NaN, 1);
            System.out.println("NaN + 1 = " + nan + " fitsInFloat=" + nan.fitsInFloat() + " fitsInLong=" + nan.fitsInLong());
            System.out.println("add_double(2^53, 1) = " + lib.invokeMember("add_double", 1L << 53, 1).asLong());
            try {
                lib.invokeMember("add_double", (1L << 53) + 1, 0);
            } catch (PolyglotException e) {
                System.out.println("add_double(2^53+1, 0): " + e.getMessage());
            }
            System.out.println("fp80_add(0.5, 0.25) = " + lib.invokeMember("fp80_add", 0.5, 0.25));
            System.out.println("fp80_fine() rounded to double = " + lib.invokeMember("fp80_fine"));
            bits("sum_ten_doubles", lib.invokeMember("sum_ten_doubles", 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8,
                    0.9, 1.0), 0x4016000000000000L);
            bits("mixed_stack", lib.invokeMember("mixed_stack", -1, 2.5, -300, 0.25f, 100000, 1e10,
                    -5000000000L, 0.5f, 200, 3.75, 60000, 1.125, 4000000000L, -7.5, 0.125f, 123456789012L, 9.0, 1.0f),
                    0x423ed70ca4b9c000L);
        }
    }
}
