// ThreadLocal and InheritableThreadLocal across threads: private values, initial values
// (computed once per thread), withInitial, remove, inheritance with childValue at creation
// time, and no inheritance when a thread is created without it.
public class ThreadLocals {

    static int initialCalls;

    static final ThreadLocal<Integer> counter = new ThreadLocal<>() {
        @Override
        protected Integer initialValue() {
            synchronized (ThreadLocals.class) {
                initialCalls++;
            }
            return 100;
        }
    };

    static final ThreadLocal<StringBuilder> builder = ThreadLocal.withInitial(StringBuilder::new);

    static final InheritableThreadLocal<String> context = new InheritableThreadLocal<>() {
        @Override
        protected String childValue(String parentValue) {
            return parentValue == null ? null : parentValue + "/child";
        }
    };

    static final InheritableThreadLocal<String> plainInherited = new InheritableThreadLocal<>();

    static String describe() {
        return Thread.currentThread().getName() + ": counter=" + counter.get() + " builder=" + builder.get()
                + " context=" + context.get() + " plain=" + plainInherited.get();
    }

    public static void main(String[] args) throws Exception {
        String[] lines = new String[5];
        Thread[] threads = new Thread[5];
        for (int i = 0; i < threads.length; i++) {
            final int index = i;
            threads[i] = new Thread(() -> {
                for (int k = 0; k <= index; k++) {
                    counter.set(counter.get() + k);
                    builder.get().append(k);
                }
                lines[index] = describe();
            }, "worker-" + i);
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (String line : lines) {
            System.out.println(line);
        }
        System.out.println("main before: " + describe());
        System.out.println("initialValue calls: " + initialCalls);

        // Values set in main are not seen by other threads, inheritable ones are copied at
        // creation through childValue.
        counter.set(7);
        context.set("root");
        plainInherited.set("shared");
        String[] seen = new String[3];
        Thread inheriting = new Thread(() -> seen[0] = describe(), "inheriting");
        context.set("changed-after-creation");
        inheriting.start();
        inheriting.join();
        System.out.println(seen[0]);

        Thread grandchildMaker = new Thread(() -> {
            Thread grandchild = new Thread(() -> seen[1] = describe(), "grandchild");
            grandchild.start();
            try {
                grandchild.join();
            } catch (InterruptedException e) {
                seen[1] = "interrupted";
            }
        }, "maker");
        grandchildMaker.start();
        grandchildMaker.join();
        System.out.println(seen[1]);

        Thread noInherit = new Thread(null, () -> seen[2] = describe(), "no-inherit", 0, false);
        noInherit.start();
        noInherit.join();
        System.out.println(seen[2]);

        // The child's copy is its own.
        String[] afterChildChange = new String[1];
        Thread changer = new Thread(() -> {
            context.set("set-by-child");
            afterChildChange[0] = context.get();
        });
        changer.start();
        changer.join();
        System.out.println("child set " + afterChildChange[0] + ", main still " + context.get());

        // remove() goes back to the initial value.
        counter.remove();
        System.out.println("after remove: " + counter.get());
        context.remove();
        System.out.println("context after remove: " + context.get());
        System.out.println("main after: " + describe());
        System.out.println("initialValue calls: " + initialCalls);

        // Many locals in one thread are independent.
        ThreadLocal<Integer>[] many = new ThreadLocal[20];
        for (int i = 0; i < many.length; i++) {
            final int value = i * i;
            many[i] = ThreadLocal.withInitial(() -> value);
        }
        int[] sums = new int[2];
        Thread summer = new Thread(() -> {
            for (ThreadLocal<Integer> local : many) {
                local.set(local.get() + 1);
            }
            for (ThreadLocal<Integer> local : many) {
                sums[0] += local.get();
            }
        });
        summer.start();
        summer.join();
        for (ThreadLocal<Integer> local : many) {
            sums[1] += local.get();
        }
        System.out.println("sums: thread " + sums[0] + " main " + sums[1]);
    }
}
