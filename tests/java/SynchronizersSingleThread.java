// CountDownLatch, Semaphore, CyclicBarrier, FutureTask and executors' bookkeeping, on one thread.
import java.util.*;
import java.util.concurrent.*;

public class SynchronizersSingleThread {
    static String noHash(Object o) {
        return o.toString().replaceAll("@[0-9a-f]+", "@");
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch latch = new CountDownLatch(2);
        System.out.println(latch.getCount() + " " + noHash(latch) + " " + latch.await(10, TimeUnit.MILLISECONDS));
        latch.countDown();
        latch.countDown();
        latch.countDown();
        latch.await();
        System.out.println(latch.getCount() + " " + latch.await(0, TimeUnit.SECONDS) + " " + noHash(latch));
        try {
            new CountDownLatch(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }

        Semaphore sem = new Semaphore(3);
        System.out.println(sem.availablePermits() + " " + sem.tryAcquire() + " " + sem.tryAcquire(2) + " " + sem.tryAcquire() + " " + sem.tryAcquire(5, TimeUnit.MILLISECONDS) + " " + sem.availablePermits());
        sem.release(4);
        sem.acquire(2);
        sem.acquireUninterruptibly();
        System.out.println(sem.availablePermits() + " " + sem.drainPermits() + " " + sem.availablePermits() + " " + noHash(sem) + " " + sem.isFair() + " " + new Semaphore(1, true).isFair());
        Semaphore negative = new Semaphore(-2);
        negative.release(3);
        System.out.println("negative start " + negative.availablePermits() + " " + negative.tryAcquire(2, 1, TimeUnit.MILLISECONDS));
        try {
            sem.acquire(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        Thread.currentThread().interrupt();
        try {
            new Semaphore(1).acquire();
            System.out.println("acquired despite interrupt");
        } catch (InterruptedException e) {
            System.out.println("interrupted acquire " + e + " " + Thread.currentThread().isInterrupted());
        }

        List<String> actions = new ArrayList<>();
        CyclicBarrier solo = new CyclicBarrier(1, () -> actions.add("tripped"));
        System.out.println(solo.await() + " " + solo.await() + " " + actions + " " + solo.getParties() + " " + solo.getNumberWaiting());
        CyclicBarrier pair = new CyclicBarrier(2);
        try {
            pair.await(20, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("barrier timeout " + e + " broken=" + pair.isBroken());
        }
        try {
            pair.await();
        } catch (BrokenBarrierException e) {
            System.out.println("broken " + e);
        }
        pair.reset();
        System.out.println("after reset broken=" + pair.isBroken() + " waiting=" + pair.getNumberWaiting());
        CyclicBarrier failing = new CyclicBarrier(1, () -> { throw new IllegalStateException("action failed"); });
        try {
            failing.await();
        } catch (IllegalStateException e) {
            System.out.println(e + " broken=" + failing.isBroken());
        }
        try {
            new CyclicBarrier(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }

        FutureTask<String> task = new FutureTask<>(() -> "computed");
        System.out.println(task.isDone() + " " + noHash(task).startsWith("java.util.concurrent.FutureTask@[Not completed, task = "));
        task.run();
        task.run();
        System.out.println(task.get() + " " + task.get(1, TimeUnit.MILLISECONDS) + " " + task.isDone() + " " + task.cancel(true) + " " + noHash(task));
        FutureTask<Integer> failed = new FutureTask<>(() -> Integer.parseInt("x1"));
        failed.run();
        try {
            failed.get();
        } catch (ExecutionException e) {
            System.out.println(e + " / " + e.getCause().getClass().getName() + " / " + noHash(failed));
        }
        FutureTask<Integer> pending = new FutureTask<>(() -> 1);
        try {
            pending.get(10, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println(e);
        }
        System.out.println(pending.cancel(false) + " " + pending.isCancelled() + " " + pending.isDone() + " " + noHash(pending));
        pending.run();
        try {
            pending.get();
        } catch (CancellationException e) {
            System.out.println(e);
        }
        List<String> sideEffects = new ArrayList<>();
        FutureTask<String> fromRunnable = new FutureTask<>(() -> sideEffects.add("ran"), "fixed");
        fromRunnable.run();
        System.out.println(fromRunnable.get() + " " + sideEffects);
        Runnable addAdapted = () -> sideEffects.add("adapted");
        Callable<Object> adapted = Executors.callable(addAdapted);
        System.out.println(adapted.call() + " " + Executors.callable((Runnable) () -> {}, 5).call() + " " + sideEffects);

        // Executors that never start a thread.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 2, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        System.out.println(noHash(pool) + " " + pool.getCorePoolSize() + " " + pool.getMaximumPoolSize() + " " + pool.getKeepAliveTime(TimeUnit.MILLISECONDS) + " " + pool.getPoolSize());
        pool.shutdown();
        System.out.println(pool.isShutdown() + " " + pool.isTerminated() + " " + pool.awaitTermination(1, TimeUnit.SECONDS) + " " + noHash(pool) + " " + pool.shutdownNow());
        try {
            pool.execute(() -> {});
        } catch (RejectedExecutionException e) {
            System.out.println(noHash(e.getMessage()).replaceAll("\\$\\$Lambda\\$[^@]*", "\\$\\$Lambda"));
        }
        ThreadPoolExecutor discarding = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new ThreadPoolExecutor.DiscardPolicy());
        discarding.shutdown();
        discarding.execute(() -> System.out.println("never"));
        ThreadPoolExecutor callerRuns = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new ThreadPoolExecutor.CallerRunsPolicy());
        callerRuns.shutdown();
        callerRuns.execute(() -> System.out.println("caller runs after shutdown? no"));
        System.out.println("policies done " + discarding.isTerminated() + " " + callerRuns.isTerminated());
        for (int[] bad : new int[][] {{-1, 1, 0}, {2, 1, 0}, {1, 0, 0}, {1, 1, -1}}) {
            try {
                new ThreadPoolExecutor(bad[0], bad[1], bad[2], TimeUnit.SECONDS, new LinkedBlockingQueue<>());
            } catch (IllegalArgumentException e) {
                System.out.println("bad pool " + Arrays.toString(bad) + " " + e);
            }
        }
        try {
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>()).allowCoreThreadTimeOut(true);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        ExecutorService single = Executors.newSingleThreadExecutor();
        single.shutdown();
        System.out.println(single.isShutdown() + " " + single.awaitTermination(5, TimeUnit.MILLISECONDS) + " " + single.isTerminated());
        ExecutorService fixed = Executors.newFixedThreadPool(2);
        System.out.println(fixed.shutdownNow() + " " + fixed.isTerminated());
        try {
            fixed.invokeAll(List.of(() -> 1));
        } catch (RejectedExecutionException e) {
            System.out.println("invokeAll after shutdown rejected");
        }
        try {
            Executors.newCachedThreadPool().invokeAny(new ArrayList<Callable<Integer>>());
        } catch (IllegalArgumentException e) {
            System.out.println("invokeAny empty " + e);
        }
    }
}
