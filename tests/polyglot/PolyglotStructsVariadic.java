// islet's STRUCT(...) types and variadic signatures from Java: struct results read as arrays of
// their fields, struct arguments given as Object[] of field values (nested structs as nested
// arrays), and the same variadic C function bound to several argument lists.
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

public class PolyglotStructsVariadic {

    static String fields(Value struct) {
        StringBuilder text = new StringBuilder("{");
        for (long i = 0; i < struct.getArraySize(); i++) {
            Value field = struct.getArrayElement(i);
            text.append(i == 0 ? "" : ", ").append(field.hasArrayElements() ? fields(field) : field.toString());
        }
        return text.append('}').toString();
    }

    public static void main(String[] args) {
        try (Context context = Context.newBuilder().allowNativeAccess(true).build()) {
            Value lib = context.eval("nfi", "load \"" + args[0] + "\" {"
                    + " make_point(SINT32, DOUBLE):STRUCT(SINT32, DOUBLE); point_sum(STRUCT(SINT32, DOUBLE)):DOUBLE;"
                    + " swap_pair(STRUCT(SINT32, SINT32)):STRUCT(SINT32, SINT32);"
                    + " big_scale(STRUCT(SINT64, SINT64, SINT64, DOUBLE), SINT64):STRUCT(SINT64, SINT64, SINT64, DOUBLE);"
                    + " make_outer(SINT32, SINT32, FLOAT, UINT8):STRUCT(STRUCT(SINT32, SINT32), FLOAT, UINT8);"
                    + " outer_total(STRUCT(STRUCT(SINT32, SINT32), FLOAT, UINT8)):DOUBLE;"
                    + " apply_point((STRUCT(SINT32, DOUBLE)):STRUCT(SINT32, DOUBLE), SINT32, DOUBLE):STRUCT(SINT32, DOUBLE);"
                    + " sum_variadic_mixed(STRING, ...SINT32, DOUBLE, SINT64, STRING, FLOAT):DOUBLE; }");
            Value point = lib.invokeMember("make_point", 7, 0.5);
            System.out.println("make_point(7, 0.5) hasArrayElements=" + point.hasArrayElements() + " "
                    + fields(point));
            System.out.println("point_sum(make_point(7, 0.5)) = " + lib.invokeMember("point_sum", point));
            System.out.println("point_sum({-3, 1.25}) = " + lib.invokeMember("point_sum", (Object) new Object[] {-3, 1.25}));
            System.out.println("swap_pair({1, 2}) = " + fields(lib.invokeMember("swap_pair", (Object) new Object[] {1, 2})));
            System.out.println("big_scale = " + fields(lib.invokeMember("big_scale",
                    new Object[] {1L, -2L, 1L << 40, 0.75}, 4)));
            Value outer = lib.invokeMember("make_outer", 3, 4, 1.5f, 200);
            System.out.println("make_outer = " + fields(outer));
            System.out.println("outer_total(make_outer) = " + lib.invokeMember("outer_total", outer));
            System.out.println("outer_total({{1, 1}, 0.5, 255}) = " + lib.invokeMember("outer_total",
                    (Object) new Object[] {new Object[] {1, 1}, 0.5f, 255}));
            System.out.println("apply_point = " + fields(lib.invokeMember("apply_point", (ProxyExecutable) a -> {
                Value p = a[0];
                return new Object[] {p.getArrayElement(0).asInt() * 2, p.getArrayElement(1).asDouble() + 1};
            }, 21, 0.5)));
            try {
                lib.invokeMember("point_sum", (Object) new Object[] {1});
            } catch (PolyglotException e) {
                System.out.println("struct with a missing field: " + e.getMessage());
            }
            try {
                point.getArrayElement(2);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("field 2: " + e.getMessage());
            }

            // Variadic: bind sum_variadic_ints once per argument list.
            Value symbol = context.eval("nfi", "load \"" + args[0] + "\"").getMember("sum_variadic_ints");
            Value threeInts = symbol.invokeMember("bind", "(SINT32, ...SINT32, SINT32, SINT32):SINT32");
            Value oneInt = symbol.invokeMember("bind", "(SINT32, ...SINT32):SINT32");
            System.out.println("sum_variadic_ints(3, 10, 20, 30) = " + threeInts.execute(3, 10, 20, 30));
            System.out.println("sum_variadic_ints(1, -5) = " + oneInt.execute(1, -5));
            // 'i' int, 'd' double, 'l' int64, 's' string length, 'd' float promoted to double.
            System.out.println("sum_variadic_mixed = " + lib.invokeMember("sum_variadic_mixed", "idlsd",
                    4, 0.5, 1L << 40, "four", 0.25f));
        }
    }
}
