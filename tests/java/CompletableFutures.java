// CompletableFuture with real asynchrony: supplyAsync on an executor and on the default pool,
// thenApply/thenCompose/thenCombine across threads, allOf/anyOf, join/get, exceptionally,
// completion by another thread, orTimeout/completeOnTimeout. Needs threads.
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.Collectors;

public class CompletableFutures {
    static int slowSquare(int x) {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return x * x;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<CompletableFuture<Integer>> squares = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            int n = i;
            squares.add(CompletableFuture.supplyAsync(() -> slowSquare(n), pool));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(squares.toArray(new CompletableFuture[0]));
        all.join();
        System.out.println("squares " + squares.stream().map(CompletableFuture::join).collect(Collectors.toList()));

        CompletableFuture<String> chain = CompletableFuture.supplyAsync(() -> 6, pool)
                .thenApplyAsync(x -> x * 7, pool)
                .thenCompose(x -> CompletableFuture.supplyAsync(() -> "answer=" + x, pool))
                .thenCombine(CompletableFuture.supplyAsync(() -> "!", pool), String::concat);
        System.out.println(chain.get(10, TimeUnit.SECONDS));

        CompletableFuture<String> onPool = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(), pool);
        System.out.println("ran on pool thread " + onPool.join().startsWith("pool-1-thread-"));
        CompletableFuture<Boolean> defaultPool = CompletableFuture.supplyAsync(() -> Thread.currentThread() != null);
        System.out.println("default executor " + defaultPool.get(10, TimeUnit.SECONDS));
        CompletableFuture<Void> runAsync = CompletableFuture.runAsync(() -> slowSquare(1));
        runAsync.get(10, TimeUnit.SECONDS);
        System.out.println("runAsync done " + runAsync.isDone());

        CompletableFuture<Integer> failing = CompletableFuture.supplyAsync(() -> {
            slowSquare(2);
            throw new IllegalArgumentException("bad input");
        }, pool);
        try {
            failing.join();
        } catch (CompletionException e) {
            System.out.println("join: " + e + " / " + e.getCause());
        }
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("get: " + e + " / " + e.getCause());
        }
        System.out.println("recovered " + failing.exceptionally(e -> -1).join() + " handled " + failing.handle((v, e) -> e.getClass().getSimpleName()).join());

        // Completed from another thread while the main thread waits.
        CompletableFuture<String> manual = new CompletableFuture<>();
        CompletableFuture<Integer> length = manual.thenApply(String::length);
        new Thread(() -> {
            slowSquare(3);
            manual.complete("completed elsewhere");
        }).start();
        System.out.println(manual.get() + " " + length.join());

        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();
        CompletableFuture<Object> any = CompletableFuture.anyOf(first, second);
        new Thread(() -> second.complete("second wins")).start();
        System.out.println("anyOf " + any.get(10, TimeUnit.SECONDS));
        first.complete("too late");

        CompletableFuture<String> timesOut = new CompletableFuture<String>().orTimeout(30, TimeUnit.MILLISECONDS);
        try {
            timesOut.join();
        } catch (CompletionException e) {
            System.out.println("orTimeout " + e.getCause());
        }
        CompletableFuture<String> defaulted = new CompletableFuture<String>().completeOnTimeout("default", 30, TimeUnit.MILLISECONDS);
        System.out.println("completeOnTimeout " + defaulted.join());
        CompletableFuture<String> fastEnough = CompletableFuture.supplyAsync(() -> "fast", pool).completeOnTimeout("slow", 10, TimeUnit.SECONDS);
        System.out.println("not timed out " + fastEnough.join());

        // Many dependents completed concurrently: totals are exact.
        CompletableFuture<Integer> trigger = new CompletableFuture<>();
        List<CompletableFuture<Integer>> dependents = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            dependents.add(trigger.thenApplyAsync(x -> x + n, pool));
        }
        trigger.complete(1000);
        int sum = 0;
        for (CompletableFuture<Integer> d : dependents) sum += d.join();
        System.out.println("dependents sum " + sum);

        pool.shutdown();
        System.out.println("pool terminated " + pool.awaitTermination(10, TimeUnit.SECONDS));
    }
}
