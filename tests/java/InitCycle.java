// Initialization cycles: A's initializer uses B whose initializer uses A (seeing A's defaults),
// a class reading its own not-yet-initialized static through another class, and recursive
// initialization triggered from a static method.
public class InitCycle {
    static class A {
        static int X = B.Y + 1;
        static int LATE = 100;

        static {
            System.out.println("A done: X=" + X + " LATE=" + LATE);
        }
    }

    static class B {
        static int Y = A.X + 10;
        static int SEEN_LATE = A.LATE;

        static {
            System.out.println("B done: Y=" + Y + " SEEN_LATE=" + SEEN_LATE);
        }
    }

    static class Self {
        static final Self INSTANCE = new Self();
        static int counter = 5;
        final int snapshot;

        Self() {
            snapshot = counter;
            counter++;
        }
    }

    static class Parent {
        static {
            System.out.println("Parent init, child value seen: " + Child.VALUE);
        }
    }

    static class Child extends Parent {
        static int VALUE = 7;

        static {
            System.out.println("Child init");
        }
    }

    public static void main(String[] args) {
        System.out.println("A.X=" + A.X + " B.Y=" + B.Y);
        System.out.println("Self snapshot=" + Self.INSTANCE.snapshot + " counter=" + Self.counter);
        System.out.println("Child.VALUE=" + Child.VALUE);
    }
}
