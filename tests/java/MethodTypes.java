// java.lang.invoke.MethodType: factories, queries, transformations (change, insert, append, drop,
// wrap, unwrap, erase, generic), descriptor strings both ways, value equality, and the exceptions
// for invalid arguments.
import java.lang.invoke.MethodType;
import java.util.List;

public class MethodTypes {
    interface Step {
        void run() throws Throwable;
    }

    static void attempt(String label, Step step) {
        try {
            step.run();
            System.out.println(label + ": ok");
        } catch (Throwable t) {
            System.out.println(label + ": " + t);
        }
    }

    public static void main(String[] args) {
        MethodType mt = MethodType.methodType(String.class, int.class, long[].class, List.class);
        System.out.println(mt + " count " + mt.parameterCount() + " return " + mt.returnType().getName()
                + " p1 " + mt.parameterType(1).getName() + " last " + mt.lastParameterType().getSimpleName());
        System.out.println("list " + mt.parameterList() + " array length " + mt.parameterArray().length);
        System.out.println("descriptor " + mt.toMethodDescriptorString() + " / " + mt.descriptorString());
        System.out.println("changeReturnType " + mt.changeReturnType(void.class));
        System.out.println("changeParameterType " + mt.changeParameterType(0, Integer.class));
        System.out.println("insert " + mt.insertParameterTypes(1, char.class, Object.class));
        System.out.println("insert list " + mt.insertParameterTypes(3, List.of(byte.class)));
        System.out.println("append " + mt.appendParameterTypes(double.class, String[][].class));
        System.out.println("drop " + mt.dropParameterTypes(0, 2) + " drop none " + mt.dropParameterTypes(1, 1));
        System.out.println("wrap " + mt.wrap() + " unwrap " + mt.wrap().unwrap());
        System.out.println("erase " + mt.erase() + " generic " + mt.generic());
        System.out.println("hasPrimitives " + mt.hasPrimitives() + " hasWrappers " + mt.hasWrappers() + " wrapped hasWrappers "
                + mt.wrap().hasWrappers());
        System.out.println("genericMethodType " + MethodType.genericMethodType(3) + " with array "
                + MethodType.genericMethodType(1, true));
        System.out.println("void types " + MethodType.methodType(void.class) + " "
                + MethodType.methodType(void.class, Void.class).wrap() + " " + MethodType.methodType(Void.class).unwrap());
        System.out.println("from other " + MethodType.methodType(int.class, mt));
        System.out.println("ptype0 form " + MethodType.methodType(boolean.class, Object.class, String.class, int.class));

        MethodType parsed = MethodType.fromMethodDescriptorString("(ILjava/lang/String;[[JLMethodTypes;)V",
                MethodTypes.class.getClassLoader());
        System.out.println("parsed " + parsed + " -> " + parsed.toMethodDescriptorString());
        MethodType same = MethodType.methodType(void.class, int.class, String.class, long[][].class, MethodTypes.class);
        System.out.println("equals " + parsed.equals(same) + " hash equal " + (parsed.hashCode() == same.hashCode())
                + " not equal " + parsed.equals(mt) + " vs string " + parsed.equals("x"));
        System.out.println("unchanged returns same " + (mt.changeReturnType(String.class) == mt));

        attempt("void parameter", () -> MethodType.methodType(int.class, void.class));
        attempt("null return", () -> MethodType.methodType(null));
        attempt("null parameter", () -> MethodType.methodType(int.class, (Class<?>) null));
        attempt("drop range", () -> mt.dropParameterTypes(2, 5));
        attempt("drop reversed", () -> mt.dropParameterTypes(2, 1));
        attempt("insert position", () -> mt.insertParameterTypes(9, int.class));
        attempt("parameterType index", () -> mt.parameterType(3));
        attempt("change to void", () -> mt.changeParameterType(0, void.class));
        attempt("negative generic", () -> MethodType.genericMethodType(-1));
        attempt("bad descriptor", () -> MethodType.fromMethodDescriptorString("I", null));
        attempt("missing class", () -> MethodType.fromMethodDescriptorString("(Lno/Such;)V", MethodTypes.class.getClassLoader()));
    }
}
