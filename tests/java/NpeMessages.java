// Helpful NullPointerException messages (JEP 358) for typical null sources: locals, parameters,
// fields, statics, array elements and method results, in static and instance methods. The build
// also runs this program compiled without -g (java/NpeMessagesNoDebug), where locals print as <localN>.
import java.util.List;

public class NpeMessages {
    static class Node {
        int value;
        long big;
        Node next;
        String name;
        int[] data;
        Node child() { return next; }
    }

    interface Shape {
        int sides();
    }

    static Node STATIC_NODE;
    static int[] STATIC_INTS;

    Node field;
    Object[] objects;

    static Node make() { return null; }
    static Node lookup(int key, String label) { return null; }

    interface Action {
        void run() throws Throwable;
    }

    static void attempt(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(label + ": " + e.getMessage());
        } catch (Throwable t) {
            System.out.println(label + ": unexpected " + t);
        }
    }

    static void staticCases(Node param, int[] ints, String str) {
        Node local = null;
        Node[] nodes = new Node[3];
        long[] longs = null;
        byte[] bytes = null;
        char[] chars = null;
        double[] doubles = null;
        boolean[] bools = null;
        Integer boxed = null;
        Shape shape = null;
        RuntimeException toThrow = null;
        int[][] grid = new int[2][];
        List<String> list = null;
        attempt("field read, local", () -> System.out.println(local.value));
        attempt("field read long, parameter", () -> System.out.println(param.big));
        attempt("field write, local", () -> local.name = "x");
        attempt("field read, static", () -> System.out.println(STATIC_NODE.value));
        attempt("field read, array element", () -> System.out.println(nodes[1].value));
        attempt("field read, method result", () -> System.out.println(make().value));
        attempt("field read, method result with args", () -> System.out.println(lookup(3, "k").next));
        attempt("iaload, parameter", () -> System.out.println(ints[0]));
        attempt("iastore, static", () -> STATIC_INTS[2] = 5);
        attempt("laload", () -> System.out.println(longs[0]));
        attempt("bastore", () -> bytes[0] = 1);
        attempt("caload", () -> System.out.println(chars[1]));
        attempt("dastore", () -> doubles[0] = 1.5);
        attempt("baload boolean", () -> System.out.println(bools[0]));
        attempt("aaload from 2d", () -> System.out.println(grid[1][0]));
        attempt("arraylength", () -> System.out.println(ints.length));
        attempt("invokevirtual", () -> System.out.println(str.length()));
        attempt("invokevirtual chain", () -> System.out.println(new Node().child().child()));
        attempt("invokeinterface", () -> System.out.println(shape.sides()));
        attempt("unboxing", () -> System.out.println(boxed + 1));
        attempt("throw local", () -> {
            throw toThrow;
        });
        attempt("monitorenter", () -> {
            synchronized (local) {
                System.out.println("unreachable");
            }
        });
        attempt("nested field chain", () -> System.out.println(new Node().next.next.value));
        attempt("field array", () -> System.out.println(new Node().data[0]));
        attempt("string switch", () -> {
            switch (str) {
                case "x":
                    System.out.println("x");
                    break;
                default:
                    System.out.println("default");
            }
        });
        attempt("enhanced for over list", () -> {
            for (String s : list) System.out.println(s);
        });
        attempt("enhanced for over array", () -> {
            for (int v : ints) System.out.println(v);
        });
        attempt("explicit new NPE", () -> {
            throw new NullPointerException();
        });
        attempt("explicit message", () -> {
            throw new NullPointerException("mine");
        });
        attempt("library requireNonNull", () -> java.util.Objects.requireNonNull(local));
    }

    void instanceCases(boolean flag) {
        Node a = null;
        Node b = null;
        attempt("instance field", () -> System.out.println(this.field.value));
        attempt("instance field write", () -> field.next = null);
        attempt("instance array field", () -> objects[0] = "x");
        attempt("instance array length", () -> System.out.println(this.objects.length));
        attempt("conditional source", () -> System.out.println((flag ? a : b).value));
        attempt("instance method result", () -> System.out.println(self().field.name));
    }

    NpeMessages self() { return this; }

    public static void main(String[] args) {
        staticCases(null, null, null);
        new NpeMessages().instanceCases(true);
        try {
            Node n = null;
            n.value++;
        } catch (NullPointerException e) {
            System.out.println("direct in main: " + e.getMessage());
        }
        try {
            int[] arr = null;
            arr[0] += 2;
        } catch (NullPointerException e) {
            System.out.println("direct compound: " + e.getMessage());
        }
    }
}
