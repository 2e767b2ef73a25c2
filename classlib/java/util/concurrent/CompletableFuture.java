// A Future that is completed explicitly or by a computation, with dependent stages.
//
// The result is null while incomplete, NIL for a null value, an AltResult holding the exception
// for exceptional completion, or the value. Dependent actions are kept in a list (guarded by the
// future's completion lock) and run by the thread that completes it, or at once by the caller if
// it is already complete; *Async actions are handed to an executor instead. Exceptions follow the
// JDK's rules: an exception thrown by a stage's function, or relayed from the stage it depends on,
// is wrapped in a CompletionException (once); completeExceptionally stores it as given; join()
// throws CompletionException, get() throws ExecutionException with the underlying cause.
//
// The default async executor is, as on HotSpot 17, ForkJoinPool's common pool when it would have
// more than one worker (availableProcessors() - 1 > 1; islet uses a pool of daemon threads named
// like HotSpot's workers) and a new thread per task otherwise.
package java.util.concurrent;

import java.util.ArrayList;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import jdk.internal.misc.Unsafe;

public class CompletableFuture<T> implements Future<T>, CompletionStage<T> {

    private static final long RESULT = Unsafe.objectFieldOffset(CompletableFuture.class, "result");

    static final class AltResult {
        final Throwable ex; // null only for NIL

        AltResult(Throwable x) {
            this.ex = x;
        }
    }

    static final AltResult NIL = new AltResult(null);

    volatile Object result;
    private final Object completionLock = new Object();
    private ArrayList<Runnable> dependents; // guarded by completionLock; null once completed

    // ---- Executors ----

    private static final boolean USE_COMMON_POOL = Runtime.getRuntime().availableProcessors() - 1 > 1;
    private static final Executor ASYNC_POOL = USE_COMMON_POOL ? commonPool() : new ThreadPerTaskExecutor();

    static final class ThreadPerTaskExecutor implements Executor {
        public void execute(Runnable r) {
            Objects.requireNonNull(r);
            new Thread(r).start();
        }
    }

    private static Executor commonPool() {
        int parallelism = Runtime.getRuntime().availableProcessors() - 1;
        AtomicInteger workerNumber = new AtomicInteger(1);
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "ForkJoinPool.commonPool-worker-" + workerNumber.getAndIncrement());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(parallelism, parallelism, 60L, TimeUnit.SECONDS,
                new LinkedBlockingQueue<Runnable>(), factory);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    static Executor screenExecutor(Executor e) {
        if (e == null) {
            throw new NullPointerException();
        }
        return e;
    }

    public Executor defaultExecutor() {
        return ASYNC_POOL;
    }

    // ---- Construction ----

    public CompletableFuture() {}

    CompletableFuture(Object r) {
        this.result = r;
    }

    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<U>();
    }

    public static <U> CompletableFuture<U> completedFuture(U value) {
        return new CompletableFuture<U>((value == null) ? NIL : value);
    }

    public static <U> CompletionStage<U> completedStage(U value) {
        return completedFuture(value);
    }

    public static <U> CompletableFuture<U> failedFuture(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        return new CompletableFuture<U>(new AltResult(ex));
    }

    public static <U> CompletionStage<U> failedStage(Throwable ex) {
        return failedFuture(ex);
    }

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier) {
        return supplyAsync(supplier, ASYNC_POOL);
    }

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier, Executor executor) {
        Objects.requireNonNull(supplier);
        Executor e = screenExecutor(executor);
        CompletableFuture<U> d = new CompletableFuture<U>();
        e.execute(new AsyncSupply<U>(d, supplier));
        return d;
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable) {
        return runAsync(runnable, ASYNC_POOL);
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable, Executor executor) {
        Objects.requireNonNull(runnable);
        Executor e = screenExecutor(executor);
        CompletableFuture<Void> d = new CompletableFuture<Void>();
        e.execute(new AsyncSupply<Void>(d, () -> {
            runnable.run();
            return null;
        }));
        return d;
    }

    /** The task an executor runs for supplyAsync/runAsync/completeAsync. */
    static final class AsyncSupply<U> implements Runnable {
        private final CompletableFuture<U> dep;
        private final Supplier<? extends U> fn;

        AsyncSupply(CompletableFuture<U> dep, Supplier<? extends U> fn) {
            this.dep = dep;
            this.fn = fn;
        }

        public void run() {
            if (dep.result == null) {
                try {
                    dep.completeValue(fn.get());
                } catch (Throwable ex) {
                    dep.completeThrowable(ex);
                }
            }
        }
    }

    // ---- Completion ----

    /** Installs r if still incomplete, then runs the dependents; false if already complete. */
    final boolean completeWith(Object r) {
        if (!Unsafe.compareAndSetReference(this, RESULT, null, r)) {
            return false;
        }
        postComplete();
        return true;
    }

    private void postComplete() {
        ArrayList<Runnable> actions;
        synchronized (completionLock) {
            actions = dependents;
            dependents = null;
            completionLock.notifyAll();
        }
        if (actions != null) {
            for (Runnable action : actions) {
                action.run();
            }
        }
    }

    final boolean completeValue(Object value) {
        return completeWith(value == null ? NIL : value);
    }

    static AltResult wrapThrowable(Throwable x) {
        return new AltResult((x instanceof CompletionException) ? x : new CompletionException(x));
    }

    final boolean completeThrowable(Throwable x) {
        return completeWith(wrapThrowable(x));
    }

    /** The result a dependent takes from a source's result r: exceptions wrapped once. */
    static Object relay(Object r) {
        if (r instanceof AltResult) {
            Throwable x = ((AltResult) r).ex;
            if (x != null && !(x instanceof CompletionException)) {
                return new AltResult(new CompletionException(x));
            }
        }
        return r;
    }

    final boolean completeRelay(Object r) {
        return completeWith(relay(r));
    }

    static Throwable exceptionOf(Object r) {
        return (r instanceof AltResult) ? ((AltResult) r).ex : null;
    }

    @SuppressWarnings("unchecked")
    static <V> V valueOf(Object r) {
        return (r instanceof AltResult) ? null : (V) r;
    }

    /** Runs action(result) once this future has a result: now if it has one already. */
    final void whenResult(Consumer<Object> action) {
        synchronized (completionLock) {
            if (result == null) {
                if (dependents == null) {
                    dependents = new ArrayList<>();
                }
                dependents.add(() -> action.accept(result));
                return;
            }
        }
        action.accept(result);
    }

    public boolean complete(T value) {
        return completeValue(value);
    }

    public boolean completeExceptionally(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        return completeWith(new AltResult(ex));
    }

    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = (result == null) && completeWith(new AltResult(new CancellationException()));
        return cancelled || isCancelled();
    }

    public void obtrudeValue(T value) {
        result = (value == null) ? NIL : value;
        postComplete();
    }

    public void obtrudeException(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        result = new AltResult(ex);
        postComplete();
    }

    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier, Executor executor) {
        if (supplier == null || executor == null) {
            throw new NullPointerException();
        }
        executor.execute(new AsyncSupply<T>(this, supplier));
        return this;
    }

    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier) {
        return completeAsync(supplier, defaultExecutor());
    }

    public CompletableFuture<T> orTimeout(long timeout, TimeUnit unit) {
        if (unit == null) {
            throw new NullPointerException();
        }
        if (result == null) {
            afterDelay(timeout, unit, () -> completeWith(new AltResult(new TimeoutException())));
        }
        return this;
    }

    public CompletableFuture<T> completeOnTimeout(T value, long timeout, TimeUnit unit) {
        if (unit == null) {
            throw new NullPointerException();
        }
        if (result == null) {
            afterDelay(timeout, unit, () -> completeValue(value));
        }
        return this;
    }

    /** Runs action after the delay on a daemon thread, unless this future completes first. */
    private void afterDelay(long delay, TimeUnit unit, Runnable action) {
        long deadline = System.nanoTime() + unit.toNanos(delay);
        Thread timer = new Thread(() -> {
            synchronized (completionLock) {
                long remaining;
                while (result == null && (remaining = deadline - System.nanoTime()) > 0L) {
                    try {
                        completionLock.wait(remaining / 1_000_000L, (int) (remaining % 1_000_000L));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            if (result == null) {
                action.run();
            }
        }, "CompletableFutureDelayScheduler");
        timer.setDaemon(true);
        timer.start();
    }

    // ---- Reading ----

    public boolean isDone() {
        return result != null;
    }

    public boolean isCancelled() {
        return exceptionOf(result) instanceof CancellationException;
    }

    public boolean isCompletedExceptionally() {
        return exceptionOf(result) != null;
    }

    /** Waits for the result; with interruptible, throws InterruptedException; null on timeout. */
    private Object waitForResult(boolean interruptible, boolean timed, long nanos) throws InterruptedException {
        Object r = result;
        if (r != null) {
            return r;
        }
        long deadline = timed ? System.nanoTime() + nanos : 0L;
        boolean interrupted = false;
        try {
            synchronized (completionLock) {
                while ((r = result) == null) {
                    try {
                        if (!timed) {
                            completionLock.wait();
                        } else {
                            long remaining = deadline - System.nanoTime();
                            if (remaining <= 0L) {
                                return null;
                            }
                            completionLock.wait(remaining / 1_000_000L, (int) (remaining % 1_000_000L));
                        }
                    } catch (InterruptedException e) {
                        if (interruptible) {
                            throw e;
                        }
                        interrupted = true;
                    }
                }
                return r;
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> V reportGet(Object r) throws ExecutionException {
        if (r instanceof AltResult) {
            Throwable x = ((AltResult) r).ex;
            if (x == null) {
                return null;
            }
            if (x instanceof CancellationException) {
                throw (CancellationException) x;
            }
            Throwable cause;
            if ((x instanceof CompletionException) && (cause = x.getCause()) != null) {
                x = cause;
            }
            throw new ExecutionException(x);
        }
        return (V) r;
    }

    @SuppressWarnings("unchecked")
    private static <V> V reportJoin(Object r) {
        if (r instanceof AltResult) {
            Throwable x = ((AltResult) r).ex;
            if (x == null) {
                return null;
            }
            if (x instanceof CancellationException) {
                throw (CancellationException) x;
            }
            if (x instanceof CompletionException) {
                throw (CompletionException) x;
            }
            throw new CompletionException(x);
        }
        return (V) r;
    }

    public T get() throws InterruptedException, ExecutionException {
        return reportGet(waitForResult(true, false, 0L));
    }

    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        Object r = waitForResult(true, true, unit.toNanos(timeout));
        if (r == null) {
            throw new TimeoutException();
        }
        return reportGet(r);
    }

    public T join() {
        try {
            return reportJoin(waitForResult(false, false, 0L));
        } catch (InterruptedException cannotHappen) {
            throw new AssertionError(cannotHappen);
        }
    }

    public T getNow(T valueIfAbsent) {
        Object r = result;
        return (r == null) ? valueIfAbsent : reportJoin(r);
    }

    public int getNumberOfDependents() {
        synchronized (completionLock) {
            return dependents == null ? 0 : dependents.size();
        }
    }

    // ---- Dependent stages ----

    /** What a dependent does with its source's result(s); it completes d or throws. */
    @FunctionalInterface
    interface Step<V> {
        void run(Object r, Object s, CompletableFuture<V> d) throws Throwable;
    }

    /** Runs step for d in the completing thread (e == null) or on the executor. */
    private static <V> void fire(Executor e, Step<V> step, Object r, Object s, CompletableFuture<V> d) {
        Runnable task = () -> {
            if (d.result == null) {
                try {
                    step.run(r, s, d);
                } catch (Throwable ex) {
                    d.completeThrowable(ex);
                }
            }
        };
        if (e == null) {
            task.run();
        } else {
            try {
                e.execute(task);
            } catch (Throwable ex) {
                d.completeThrowable(ex);
            }
        }
    }

    private <V> CompletableFuture<V> uniStage(Executor e, Step<V> step) {
        CompletableFuture<V> d = newIncompleteFuture();
        whenResult(r -> fire(e, step, r, null, d));
        return d;
    }

    private <V> CompletableFuture<V> biStage(Executor e, CompletionStage<?> other, Step<V> step) {
        CompletableFuture<?> b = Objects.requireNonNull(other).toCompletableFuture();
        CompletableFuture<V> d = newIncompleteFuture();
        AtomicInteger pending = new AtomicInteger(2);
        Runnable both = () -> {
            if (pending.decrementAndGet() == 0) {
                fire(e, step, result, b.result, d);
            }
        };
        whenResult(r -> both.run());
        b.whenResult(s -> both.run());
        return d;
    }

    private <V> CompletableFuture<V> orStage(Executor e, CompletionStage<?> other, Step<V> step) {
        CompletableFuture<?> b = Objects.requireNonNull(other).toCompletableFuture();
        CompletableFuture<V> d = newIncompleteFuture();
        AtomicBoolean fired = new AtomicBoolean();
        Consumer<Object> first = r -> {
            if (fired.compareAndSet(false, true)) {
                fire(e, step, r, null, d);
            }
        };
        whenResult(first);
        b.whenResult(first);
        return d;
    }

    /** The step of a stage that runs only on a normal result; exceptions are relayed. */
    private static <V> Step<V> onValue(Step<V> step) {
        return (r, s, d) -> {
            if (exceptionOf(r) != null) {
                d.completeRelay(r);
            } else if (exceptionOf(s) != null) {
                d.completeRelay(s);
            } else {
                step.run(r, s, d);
            }
        };
    }

    public <U> CompletableFuture<U> thenApply(Function<? super T, ? extends U> fn) {
        return thenApplyStage(null, fn);
    }

    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn) {
        return thenApplyStage(defaultExecutor(), fn);
    }

    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn, Executor executor) {
        return thenApplyStage(screenExecutor(executor), fn);
    }

    private <U> CompletableFuture<U> thenApplyStage(Executor e, Function<? super T, ? extends U> fn) {
        Objects.requireNonNull(fn);
        return uniStage(e, onValue((r, s, d) -> d.completeValue(fn.apply(valueOf(r)))));
    }

    public CompletableFuture<Void> thenAccept(Consumer<? super T> action) {
        return thenAcceptStage(null, action);
    }

    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action) {
        return thenAcceptStage(defaultExecutor(), action);
    }

    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action, Executor executor) {
        return thenAcceptStage(screenExecutor(executor), action);
    }

    private CompletableFuture<Void> thenAcceptStage(Executor e, Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return uniStage(e, onValue((r, s, d) -> {
            action.accept(valueOf(r));
            d.completeValue(null);
        }));
    }

    public CompletableFuture<Void> thenRun(Runnable action) {
        return thenRunStage(null, action);
    }

    public CompletableFuture<Void> thenRunAsync(Runnable action) {
        return thenRunStage(defaultExecutor(), action);
    }

    public CompletableFuture<Void> thenRunAsync(Runnable action, Executor executor) {
        return thenRunStage(screenExecutor(executor), action);
    }

    private CompletableFuture<Void> thenRunStage(Executor e, Runnable action) {
        Objects.requireNonNull(action);
        return uniStage(e, onValue((r, s, d) -> {
            action.run();
            d.completeValue(null);
        }));
    }

    public <U, V> CompletableFuture<V> thenCombine(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn) {
        return thenCombineStage(null, other, fn);
    }

    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn) {
        return thenCombineStage(defaultExecutor(), other, fn);
    }

    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn, Executor executor) {
        return thenCombineStage(screenExecutor(executor), other, fn);
    }

    private <U, V> CompletableFuture<V> thenCombineStage(Executor e, CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn) {
        Objects.requireNonNull(fn);
        return biStage(e, other, onValue((r, s, d) -> d.completeValue(fn.apply(valueOf(r), valueOf(s)))));
    }

    public <U> CompletableFuture<Void> thenAcceptBoth(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action) {
        return thenAcceptBothStage(null, other, action);
    }

    public <U> CompletableFuture<Void> thenAcceptBothAsync(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action) {
        return thenAcceptBothStage(defaultExecutor(), other, action);
    }

    public <U> CompletableFuture<Void> thenAcceptBothAsync(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action, Executor executor) {
        return thenAcceptBothStage(screenExecutor(executor), other, action);
    }

    private <U> CompletableFuture<Void> thenAcceptBothStage(Executor e, CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action) {
        Objects.requireNonNull(action);
        return biStage(e, other, onValue((r, s, d) -> {
            action.accept(valueOf(r), valueOf(s));
            d.completeValue(null);
        }));
    }

    public CompletableFuture<Void> runAfterBoth(CompletionStage<?> other, Runnable action) {
        return runAfterBothStage(null, other, action);
    }

    public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action) {
        return runAfterBothStage(defaultExecutor(), other, action);
    }

    public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action, Executor executor) {
        return runAfterBothStage(screenExecutor(executor), other, action);
    }

    private CompletableFuture<Void> runAfterBothStage(Executor e, CompletionStage<?> other, Runnable action) {
        Objects.requireNonNull(action);
        return biStage(e, other, onValue((r, s, d) -> {
            action.run();
            d.completeValue(null);
        }));
    }

    public <U> CompletableFuture<U> applyToEither(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        return applyToEitherStage(null, other, fn);
    }

    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        return applyToEitherStage(defaultExecutor(), other, fn);
    }

    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other, Function<? super T, U> fn,
            Executor executor) {
        return applyToEitherStage(screenExecutor(executor), other, fn);
    }

    private <U> CompletableFuture<U> applyToEitherStage(Executor e, CompletionStage<? extends T> other,
            Function<? super T, U> fn) {
        Objects.requireNonNull(fn);
        return orStage(e, other, onValue((r, s, d) -> d.completeValue(fn.apply(valueOf(r)))));
    }

    public CompletableFuture<Void> acceptEither(CompletionStage<? extends T> other, Consumer<? super T> action) {
        return acceptEitherStage(null, other, action);
    }

    public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other, Consumer<? super T> action) {
        return acceptEitherStage(defaultExecutor(), other, action);
    }

    public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other, Consumer<? super T> action,
            Executor executor) {
        return acceptEitherStage(screenExecutor(executor), other, action);
    }

    private CompletableFuture<Void> acceptEitherStage(Executor e, CompletionStage<? extends T> other,
            Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return orStage(e, other, onValue((r, s, d) -> {
            action.accept(valueOf(r));
            d.completeValue(null);
        }));
    }

    public CompletableFuture<Void> runAfterEither(CompletionStage<?> other, Runnable action) {
        return runAfterEitherStage(null, other, action);
    }

    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action) {
        return runAfterEitherStage(defaultExecutor(), other, action);
    }

    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action, Executor executor) {
        return runAfterEitherStage(screenExecutor(executor), other, action);
    }

    private CompletableFuture<Void> runAfterEitherStage(Executor e, CompletionStage<?> other, Runnable action) {
        Objects.requireNonNull(action);
        return orStage(e, other, onValue((r, s, d) -> {
            action.run();
            d.completeValue(null);
        }));
    }

    public <U> CompletableFuture<U> thenCompose(Function<? super T, ? extends CompletionStage<U>> fn) {
        return thenComposeStage(null, fn);
    }

    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn) {
        return thenComposeStage(defaultExecutor(), fn);
    }

    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn,
            Executor executor) {
        return thenComposeStage(screenExecutor(executor), fn);
    }

    private <U> CompletableFuture<U> thenComposeStage(Executor e, Function<? super T, ? extends CompletionStage<U>> fn) {
        Objects.requireNonNull(fn);
        return uniStage(e, onValue((r, s, d) -> {
            CompletableFuture<U> g = fn.apply(valueOf(r)).toCompletableFuture();
            g.whenResult(d::completeRelay);
        }));
    }

    public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {
        return handleStage(null, fn);
    }

    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn) {
        return handleStage(defaultExecutor(), fn);
    }

    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn, Executor executor) {
        return handleStage(screenExecutor(executor), fn);
    }

    private <U> CompletableFuture<U> handleStage(Executor e, BiFunction<? super T, Throwable, ? extends U> fn) {
        Objects.requireNonNull(fn);
        return uniStage(e, (r, s, d) -> d.completeValue(fn.apply(valueOf(r), exceptionOf(r))));
    }

    public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {
        return whenCompleteStage(null, action);
    }

    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action) {
        return whenCompleteStage(defaultExecutor(), action);
    }

    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action, Executor executor) {
        return whenCompleteStage(screenExecutor(executor), action);
    }

    private CompletableFuture<T> whenCompleteStage(Executor e, BiConsumer<? super T, ? super Throwable> action) {
        Objects.requireNonNull(action);
        return uniStage(e, (r, s, d) -> {
            Throwable x = exceptionOf(r);
            try {
                action.accept(valueOf(r), x);
            } catch (Throwable ex) {
                if (x == null) {
                    throw ex;
                }
                if (x != ex) {
                    x.addSuppressed(ex);
                }
            }
            d.completeRelay(r);
        });
    }

    public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {
        return exceptionallyStage(null, fn);
    }

    public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn) {
        return exceptionallyStage(defaultExecutor(), fn);
    }

    public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn, Executor executor) {
        return exceptionallyStage(screenExecutor(executor), fn);
    }

    private CompletableFuture<T> exceptionallyStage(Executor e, Function<Throwable, ? extends T> fn) {
        Objects.requireNonNull(fn);
        return uniStage(e, (r, s, d) -> {
            Throwable x = exceptionOf(r);
            if (x == null) {
                d.completeWith(r);
            } else {
                d.completeValue(fn.apply(x));
            }
        });
    }

    public CompletableFuture<T> exceptionallyCompose(Function<Throwable, ? extends CompletionStage<T>> fn) {
        Objects.requireNonNull(fn);
        return uniStage(null, (r, s, d) -> {
            Throwable x = exceptionOf(r);
            if (x == null) {
                d.completeWith(r);
            } else {
                fn.apply(x).toCompletableFuture().whenResult(d::completeRelay);
            }
        });
    }

    public CompletableFuture<T> toCompletableFuture() {
        return this;
    }

    public CompletableFuture<T> copy() {
        return uniStage(null, (r, s, d) -> d.completeRelay(r));
    }

    public CompletionStage<T> minimalCompletionStage() {
        return copy();
    }

    // ---- Combinators ----

    public static CompletableFuture<Void> allOf(CompletableFuture<?>... cfs) {
        CompletableFuture<Void> d = new CompletableFuture<Void>();
        if (cfs.length == 0) {
            d.result = NIL;
            return d;
        }
        AtomicInteger pending = new AtomicInteger(cfs.length);
        for (CompletableFuture<?> cf : cfs) {
            cf.whenResult(r -> {
                if (pending.decrementAndGet() == 0) {
                    // The first exceptional source in argument order decides, as HotSpot's tree does.
                    for (CompletableFuture<?> f : cfs) {
                        if (exceptionOf(f.result) != null) {
                            d.completeRelay(f.result);
                            return;
                        }
                    }
                    d.completeValue(null);
                }
            });
        }
        return d;
    }

    public static CompletableFuture<Object> anyOf(CompletableFuture<?>... cfs) {
        for (CompletableFuture<?> cf : cfs) {
            Object r = cf.result;
            if (r != null) {
                return new CompletableFuture<Object>(relay(r));
            }
        }
        CompletableFuture<Object> d = new CompletableFuture<Object>();
        for (CompletableFuture<?> cf : cfs) {
            cf.whenResult(d::completeRelay);
        }
        return d;
    }

    public String toString() {
        Object r = result;
        int count = getNumberOfDependents();
        String status;
        if (r == null) {
            status = (count == 0) ? "[Not completed]" : "[Not completed, " + count + " dependents]";
        } else if (exceptionOf(r) != null) {
            status = "[Completed exceptionally: " + exceptionOf(r) + "]";
        } else {
            status = "[Completed normally]";
        }
        return super.toString() + status;
    }
}
