// ConcurrentHashMap under concurrent updates: merge/compute/putIfAbsent counts are exact, readers
// never fail while writers resize the table, and the final contents match a sequential model.
// Needs threads.
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

public class ConcurrentHashMapThreads {
    public static void main(String[] args) throws Exception {
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        ConcurrentHashMap<Integer, LongAdder> adders = new ConcurrentHashMap<>();
        ConcurrentHashMap<Integer, Integer> firstWriter = new ConcurrentHashMap<>();
        ConcurrentHashMap<Integer, Integer> computed = new ConcurrentHashMap<>();
        AtomicInteger readerErrors = new AtomicInteger();
        AtomicInteger putIfAbsentWins = new AtomicInteger();
        int threads = 4;
        int perThread = 5000;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    counts.merge("k" + (i % 100), 1, Integer::sum);
                    adders.computeIfAbsent(i % 50, k -> new LongAdder()).increment();
                    if (firstWriter.putIfAbsent(i, id) == null) putIfAbsentWins.incrementAndGet();
                    computed.compute(i % 200, (k, v) -> v == null ? 1 : v + 1);
                }
                return null;
            }));
        }
        futures.add(pool.submit(() -> {
            start.await();
            for (int round = 0; round < 200; round++) {
                for (Map.Entry<String, Integer> e : counts.entrySet()) {
                    if (e.getValue() == null || e.getValue() <= 0) readerErrors.incrementAndGet();
                }
                for (int i = 0; i < perThread; i += 97) {
                    Integer owner = firstWriter.get(i);
                    if (owner != null && (owner < 0 || owner >= threads)) readerErrors.incrementAndGet();
                }
            }
            return null;
        }));
        start.countDown();
        for (Future<?> f : futures) f.get();
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);

        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        boolean uniform = counts.values().stream().allMatch(v -> v == threads * perThread / 100);
        long adderTotal = adders.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.println("counts " + counts.size() + " total " + total + " uniform " + uniform);
        System.out.println("adders " + adders.size() + " total " + adderTotal);
        System.out.println("putIfAbsent keys " + firstWriter.size() + " wins " + putIfAbsentWins.get());
        System.out.println("compute " + computed.size() + " total " + computed.values().stream().mapToInt(Integer::intValue).sum() + " each " + new TreeSet<>(computed.values()));
        System.out.println("reader errors " + readerErrors.get());

        // Concurrent removals while iterating.
        ConcurrentHashMap<Integer, Integer> shrinking = new ConcurrentHashMap<>();
        for (int i = 0; i < 10_000; i++) shrinking.put(i, i);
        Thread remover = new Thread(() -> {
            for (int i = 0; i < 10_000; i += 2) shrinking.remove(i);
        });
        remover.start();
        long seen = 0;
        for (Integer k : shrinking.keySet()) seen++;
        remover.join();
        System.out.println("iterated without exception " + (seen >= 5000) + " remaining " + shrinking.size() + " all odd " + shrinking.keySet().stream().allMatch(k -> k % 2 == 1));

        // The concurrently built map holds exactly the keys a sequential build holds.
        ConcurrentHashMap<String, Integer> sequential = new ConcurrentHashMap<>();
        for (int i = 0; i < 100; i++) sequential.put("k" + i, 20000 / 100);
        System.out.println("equals sequential model " + counts.equals(sequential));
    }
}
