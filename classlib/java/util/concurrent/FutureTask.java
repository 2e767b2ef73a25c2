// A cancellable computation whose result is read through Future.get. Waiting threads wait on a
// private monitor; the state only moves forward from NEW, once.
package java.util.concurrent;

import jdk.internal.misc.Unsafe;

public class FutureTask<V> implements RunnableFuture<V> {

    private static final long STATE = Unsafe.objectFieldOffset(FutureTask.class, "state");
    private static final long RUNNER = Unsafe.objectFieldOffset(FutureTask.class, "runner");

    private volatile int state;
    private static final int NEW = 0;
    private static final int COMPLETING = 1;
    private static final int NORMAL = 2;
    private static final int EXCEPTIONAL = 3;
    private static final int CANCELLED = 4;
    private static final int INTERRUPTING = 5;
    private static final int INTERRUPTED = 6;

    private Callable<V> callable;
    private Object outcome; // the result, or the exception thrown by the computation
    private volatile Thread runner;
    private final Object completion = new Object();

    public FutureTask(Callable<V> callable) {
        if (callable == null) {
            throw new NullPointerException();
        }
        this.callable = callable;
    }

    public FutureTask(Runnable runnable, V result) {
        this.callable = Executors.callable(runnable, result);
    }

    @SuppressWarnings("unchecked")
    private V report(int s) throws ExecutionException {
        if (s == NORMAL) {
            return (V) outcome;
        }
        if (s >= CANCELLED) {
            throw new CancellationException();
        }
        throw new ExecutionException((Throwable) outcome);
    }

    public boolean isCancelled() {
        return state >= CANCELLED;
    }

    public boolean isDone() {
        return state != NEW;
    }

    public boolean cancel(boolean mayInterruptIfRunning) {
        if (!(state == NEW && Unsafe.compareAndSetInt(this, STATE, NEW, mayInterruptIfRunning ? INTERRUPTING : CANCELLED))) {
            return false;
        }
        try {
            if (mayInterruptIfRunning) {
                try {
                    Thread t = runner;
                    if (t != null) {
                        t.interrupt();
                    }
                } finally {
                    state = INTERRUPTED;
                }
            }
        } finally {
            finishCompletion();
        }
        return true;
    }

    public V get() throws InterruptedException, ExecutionException {
        int s = state;
        if (s <= COMPLETING) {
            s = awaitDone(false, 0L);
        }
        return report(s);
    }

    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        if (unit == null) {
            throw new NullPointerException();
        }
        int s = state;
        if (s <= COMPLETING && (s = awaitDone(true, unit.toNanos(timeout))) <= COMPLETING) {
            throw new TimeoutException();
        }
        return report(s);
    }

    protected void done() {}

    protected void set(V v) {
        if (Unsafe.compareAndSetInt(this, STATE, NEW, COMPLETING)) {
            outcome = v;
            state = NORMAL;
            finishCompletion();
        }
    }

    protected void setException(Throwable t) {
        if (Unsafe.compareAndSetInt(this, STATE, NEW, COMPLETING)) {
            outcome = t;
            state = EXCEPTIONAL;
            finishCompletion();
        }
    }

    public void run() {
        if (state != NEW || !Unsafe.compareAndSetReference(this, RUNNER, null, Thread.currentThread())) {
            return;
        }
        try {
            Callable<V> c = callable;
            if (c != null && state == NEW) {
                V result;
                boolean ran;
                try {
                    result = c.call();
                    ran = true;
                } catch (Throwable ex) {
                    result = null;
                    ran = false;
                    setException(ex);
                }
                if (ran) {
                    set(result);
                }
            }
        } finally {
            runner = null;
            if (state >= INTERRUPTING) {
                awaitInterruptDelivered();
            }
        }
    }

    /** Runs the computation without setting a result (for periodic tasks); true if it can run again. */
    protected boolean runAndReset() {
        if (state != NEW || !Unsafe.compareAndSetReference(this, RUNNER, null, Thread.currentThread())) {
            return false;
        }
        boolean ran = false;
        int s = state;
        try {
            Callable<V> c = callable;
            if (c != null && s == NEW) {
                try {
                    c.call();
                    ran = true;
                } catch (Throwable ex) {
                    setException(ex);
                }
            }
        } finally {
            runner = null;
            s = state;
            if (s >= INTERRUPTING) {
                awaitInterruptDelivered();
            }
        }
        return ran && s == NEW;
    }

    /** A cancel(true) racing with the end of run() must not leak its interrupt into the next task. */
    private void awaitInterruptDelivered() {
        while (state == INTERRUPTING) {
            Thread.yield();
        }
    }

    private void finishCompletion() {
        synchronized (completion) {
            completion.notifyAll();
        }
        done();
        callable = null;
    }

    private int awaitDone(boolean timed, long nanos) throws InterruptedException {
        long deadline = timed ? System.nanoTime() + nanos : 0L;
        synchronized (completion) {
            while (true) {
                int s = state;
                if (s > COMPLETING) {
                    return s;
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                if (s == COMPLETING) {
                    completion.wait(1L);
                } else if (timed) {
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0L) {
                        return state;
                    }
                    completion.wait(remaining / 1_000_000L, (int) (remaining % 1_000_000L));
                } else {
                    completion.wait();
                }
            }
        }
    }

    public String toString() {
        String status;
        switch (state) {
            case NORMAL:
                status = "[Completed normally]";
                break;
            case EXCEPTIONAL:
                status = "[Completed exceptionally: " + outcome + "]";
                break;
            case CANCELLED:
            case INTERRUPTING:
            case INTERRUPTED:
                status = "[Cancelled]";
                break;
            default:
                Callable<?> c = callable;
                status = (c == null) ? "[Not completed]" : "[Not completed, task = " + c + "]";
        }
        return super.toString() + status;
    }
}
