// java.lang.ref.Cleaner: explicit clean() runs the action once, actions run on the cleaner's
// daemon thread after their object became unreachable and was collected, exceptions in actions
// do not stop the cleaner, and argument checks.
import java.lang.ref.Cleaner;

public class Cleaners {

    static final class Latch {
        private int count;

        Latch(int count) {
            this.count = count;
        }

        synchronized void countDown() {
            if (count > 0 && --count == 0) {
                notifyAll();
            }
        }

        // True if the count reached zero; collects garbage while waiting.
        boolean awaitCollecting(long millis) throws InterruptedException {
            long deadline = System.currentTimeMillis() + millis;
            while (true) {
                synchronized (this) {
                    if (count == 0) {
                        return true;
                    }
                    if (System.currentTimeMillis() > deadline) {
                        return false;
                    }
                    wait(20);
                }
                System.gc();
            }
        }
    }

    static final class Resource {
        final int id;
        final int[] memory = new int[1000];

        Resource(int id) {
            this.id = id;
        }
    }

    // The action must not refer to the resource, or it would never become unreachable.
    static final class Release implements Runnable {
        final int id;
        final StringBuffer log;
        final Latch latch;

        Release(int id, StringBuffer log, Latch latch) {
            this.id = id;
            this.log = log;
            this.latch = latch;
        }

        @Override
        public void run() {
            synchronized (log) {
                log.append(id).append(' ');
            }
            if (latch != null) {
                latch.countDown();
            }
            if (id == 13) {
                throw new RuntimeException("action fails");
            }
        }
    }

    static Cleaner.Cleanable registerGarbage(Cleaner cleaner, int id, StringBuffer log, Latch latch) {
        Resource r = new Resource(id);
        return cleaner.register(r, new Release(id, log, latch));
    }

    public static void main(String[] args) throws Exception {
        Thread before = new Thread(() -> {});
        Cleaner cleaner = Cleaner.create();
        Thread after = new Thread(() -> {});
        System.out.println("a cleaner thread takes one id: " + (after.getId() - before.getId()));
        System.out.println("no thread number is used: " + before.getName() + " " + after.getName());

        // Explicit clean runs the action at once, on this thread, exactly once.
        StringBuffer log = new StringBuffer();
        Resource kept = new Resource(1);
        Cleaner.Cleanable explicit = cleaner.register(kept, () -> log.append("explicit on ")
                .append(Thread.currentThread().getName()).append(' '));
        explicit.clean();
        explicit.clean();
        System.out.println("log: " + log.toString().trim());
        System.out.println("kept resource still usable: " + kept.id);

        // Unreachable objects get their actions run by the cleaner thread.
        StringBuffer collected = new StringBuffer();
        Latch all = new Latch(5);
        Cleaner.Cleanable[] handles = new Cleaner.Cleanable[5];
        for (int i = 0; i < 5; i++) {
            handles[i] = registerGarbage(cleaner, 10 + i, collected, all);
        }
        System.out.println("all five actions ran: " + all.awaitCollecting(20_000));
        String[] ids = collected.toString().trim().split(" ");
        java.util.Arrays.sort(ids);
        System.out.println("collected: " + String.join(" ", ids));
        // Cleaning after the cleaner did does nothing.
        for (Cleaner.Cleanable h : handles) {
            h.clean();
        }
        ids = collected.toString().trim().split(" ");
        System.out.println("actions after extra clean(): " + ids.length);

        // The cleaner survives an action that throws (13 above) and keeps working.
        Latch one = new Latch(1);
        StringBuffer later = new StringBuffer();
        registerGarbage(cleaner, 99, later, one);
        System.out.println("later action ran: " + one.awaitCollecting(20_000) + " " + later.toString().trim());

        // The cleaner thread.
        Thread[] threads = new Thread[Thread.activeCount() + 8];
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        int n = root.enumerate(threads);
        for (int i = 0; i < n; i++) {
            if (threads[i].getName().startsWith("Cleaner-")) {
                System.out.println("cleaner thread: " + threads[i].getName() + " daemon " + threads[i].isDaemon()
                        + " in main group " + (threads[i].getThreadGroup() == Thread.currentThread().getThreadGroup()));
            }
        }
        System.out.println("main group count unchanged: " + Thread.activeCount());

        try {
            cleaner.register(null, () -> {});
        } catch (NullPointerException e) {
            System.out.println("null object: " + e.getMessage());
        }
        try {
            cleaner.register(new Object(), null);
        } catch (NullPointerException e) {
            System.out.println("null action: " + e.getMessage());
        }
    }
}
