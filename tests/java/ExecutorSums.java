// Thread pools computing sums: submit/invokeAll/invokeAny, Future results and failures, shutdown,
// awaitTermination, thread names, CompletionService order-independent totals. Needs threads.
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

public class ExecutorSums {
    static long sumRange(long from, long to) {
        long s = 0;
        for (long i = from; i < to; i++) s += i * i % 1000;
        return s;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> parts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            long from = i * 50_000L;
            parts.add(pool.submit(() -> sumRange(from, from + 50_000L)));
        }
        long total = 0;
        for (Future<Long> f : parts) total += f.get();
        System.out.println("parallel " + total + " sequential " + sumRange(0, 800_000L));

        List<Callable<String>> named = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            named.add(() -> n + ":" + Thread.currentThread().getName().replaceAll("\\d+$", "N"));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(named)) results.add(f.get());
        System.out.println(results);
        Set<String> threadNames = new TreeSet<>();
        Callable<String> whoAmI = () -> {
            Thread.sleep(2);
            return Thread.currentThread().getName();
        };
        for (Future<String> f : pool.invokeAll(Collections.nCopies(20, whoAmI))) threadNames.add(f.get());
        System.out.println("threads " + (threadNames.size() >= 1 && threadNames.size() <= 4) + " " + threadNames.iterator().next().startsWith("pool-1-thread-") + " " + threadNames.stream().allMatch(n -> n.matches("pool-1-thread-[1-4]")));

        Future<Integer> failing = pool.submit(() -> Integer.parseInt("twelve"));
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("failed: " + e.getCause());
        }
        Future<?> runnable = pool.submit(() -> {});
        Future<String> withResult = pool.submit(() -> {}, "done");
        System.out.println(runnable.get() + " " + withResult.get() + " " + runnable.isDone());

        String any = pool.invokeAny(List.of(() -> { throw new IllegalStateException("no"); }, () -> "yes"));
        System.out.println("invokeAny " + any);
        try {
            pool.invokeAny(List.of(() -> { throw new IllegalStateException("a"); }, () -> { throw new IllegalStateException("a"); }));
        } catch (ExecutionException e) {
            System.out.println("invokeAny all failed: " + e.getCause());
        }

        CountDownLatch started = new CountDownLatch(1);
        Future<String> slow = pool.submit(() -> {
            started.countDown();
            Thread.sleep(10_000);
            return "slow";
        });
        started.await();
        try {
            slow.get(50, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("timeout " + e);
        }
        System.out.println("cancel " + slow.cancel(true) + " " + slow.isCancelled() + " " + slow.isDone());
        try {
            slow.get();
        } catch (CancellationException e) {
            System.out.println("cancelled " + e);
        }

        ExecutorCompletionService<Integer> ecs = new ExecutorCompletionService<>(pool);
        for (int i = 1; i <= 10; i++) {
            int n = i;
            ecs.submit(() -> n * n);
        }
        int squares = 0;
        for (int i = 0; i < 10; i++) squares += ecs.take().get();
        System.out.println("squares " + squares);

        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS) + " " + pool.isShutdown() + " " + pool.isTerminated());
        try {
            pool.submit(() -> 1);
        } catch (RejectedExecutionException e) {
            System.out.println("rejected after shutdown");
        }

        ExecutorService single = Executors.newSingleThreadExecutor();
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 10; i++) {
            int n = i;
            single.execute(() -> order.add(n));
        }
        System.out.println("single thread " + single.submit(() -> Thread.currentThread().getName()).get());
        single.shutdown();
        single.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("in order " + order);

        ExecutorService cached = Executors.newCachedThreadPool();
        AtomicInteger counter = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < 8; i++) fs.add(cached.submit(() -> { for (int j = 0; j < 1000; j++) counter.incrementAndGet(); }));
        for (Future<?> f : fs) f.get();
        System.out.println("cached " + counter.get() + " " + cached.submit(() -> Thread.currentThread().getName().startsWith("pool-3-thread-")).get());
        List<Runnable> neverRun = cached.shutdownNow();
        System.out.println("shutdownNow " + neverRun.size() + " " + cached.awaitTermination(10, TimeUnit.SECONDS));

        ThreadPoolExecutor bounded = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        bounded.execute(() -> {
            running.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        running.await();
        bounded.execute(() -> {});
        try {
            bounded.execute(() -> {});
        } catch (RejectedExecutionException e) {
            System.out.println("saturated: " + e.getMessage().replaceAll("@[0-9a-f]+", "@").replaceAll("\\$\\$Lambda\\$[^@]*", "\\$\\$Lambda"));
        }
        release.countDown();
        bounded.shutdown();
        System.out.println("bounded " + bounded.awaitTermination(10, TimeUnit.SECONDS) + " completed " + bounded.getCompletedTaskCount() + " largest " + bounded.getLargestPoolSize());
    }
}
