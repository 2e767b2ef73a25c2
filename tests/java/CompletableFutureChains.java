// CompletableFuture completed by the main thread itself: dependent stages, exception wrapping,
// join/get/getNow, combinators, cancellation, toString (identity hashes removed).
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

public class CompletableFutureChains {
    static String noHash(Object o) {
        return o.toString().replaceAll("@[0-9a-f]+", "@");
    }

    static void show(String what, CompletableFuture<?> f) {
        StringBuilder sb = new StringBuilder(what).append(": done=").append(f.isDone())
                .append(" exceptionally=").append(f.isCompletedExceptionally()).append(" cancelled=").append(f.isCancelled());
        try {
            sb.append(" join=").append(f.join());
        } catch (CompletionException | CancellationException e) {
            sb.append(" join threw ").append(e).append(" cause=").append(e.getCause());
        }
        try {
            sb.append(" get=").append(f.get());
        } catch (ExecutionException | CancellationException | InterruptedException e) {
            sb.append(" get threw ").append(e).append(" cause=").append(e.getCause());
        }
        System.out.println(sb);
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> source = new CompletableFuture<>();
        List<String> log = new ArrayList<>();
        CompletableFuture<Integer> doubled = source.thenApply(x -> x * 2);
        CompletableFuture<String> text = doubled.thenApply(x -> "v" + x);
        CompletableFuture<Void> accepted = text.thenAccept(s -> log.add("accept " + s));
        CompletableFuture<Void> ran = accepted.thenRun(() -> log.add("run"));
        CompletableFuture<Integer> composed = source.thenCompose(x -> CompletableFuture.completedFuture(x + 100));
        CompletableFuture<String> combined = doubled.thenCombine(composed, (a, b) -> a + "+" + b);
        System.out.println("before: " + noHash(source) + " " + source.getNumberOfDependents() + " " + source.getNow(-1) + " " + log);
        System.out.println(source.complete(21) + " " + source.complete(22) + " " + log);
        show("source", source);
        show("doubled", doubled);
        show("text", text);
        show("ran", ran);
        show("composed", composed);
        show("combined", combined);
        System.out.println(noHash(source) + " " + noHash(ran));

        // Exceptions: a stage's own failure is wrapped once; completeExceptionally keeps the raw exception.
        CompletableFuture<Integer> failing = CompletableFuture.completedFuture(1).thenApply(x -> x / 0);
        show("failing", failing);
        CompletableFuture<Integer> downstream = failing.thenApply(x -> x + 1);
        show("downstream", downstream);
        CompletableFuture<Integer> raw = new CompletableFuture<>();
        raw.completeExceptionally(new IllegalStateException("raw"));
        show("raw", raw);
        show("raw then", raw.thenApply(x -> x));
        System.out.println(noHash(raw));
        CompletableFuture<Integer> recovered = failing.exceptionally(e -> {
            System.out.println("exceptionally saw " + e);
            return -1;
        });
        show("recovered", recovered);
        CompletableFuture<Integer> rawRecovered = raw.exceptionally(e -> {
            System.out.println("exceptionally saw " + e);
            return -2;
        });
        show("rawRecovered", rawRecovered);
        CompletableFuture<String> handled = failing.handle((v, e) -> v + "/" + e);
        show("handled", handled);
        show("handled ok", source.handle((v, e) -> v + "/" + e));
        CompletableFuture<Integer> watched = raw.whenComplete((v, e) -> System.out.println("whenComplete " + v + " " + e));
        show("watched", watched);
        CompletableFuture<Integer> watchThrows = source.whenComplete((v, e) -> {
            throw new IllegalArgumentException("from action");
        });
        show("watchThrows", watchThrows);
        CompletableFuture<Integer> suppressed = raw.whenComplete((v, e) -> {
            throw new IllegalArgumentException("second");
        });
        show("suppressed", suppressed);
        System.out.println("suppressed count " + suppressed.handle((v, e) -> e.getCause().getSuppressed().length).join());

        // Combinators.
        CompletableFuture<Integer> a = new CompletableFuture<>();
        CompletableFuture<Integer> b = new CompletableFuture<>();
        CompletableFuture<Void> all = CompletableFuture.allOf(a, b);
        CompletableFuture<Object> any = CompletableFuture.anyOf(a, b);
        CompletableFuture<Integer> either = a.applyToEither(b, x -> x * 10);
        CompletableFuture<Void> both = a.runAfterBoth(b, () -> log.add("both"));
        b.complete(2);
        System.out.println(all.isDone() + " " + any.join() + " " + either.join() + " " + both.isDone());
        a.complete(1);
        show("all", all);
        show("both", both);
        CompletableFuture<Integer> bad1 = CompletableFuture.failedFuture(new RuntimeException("first"));
        CompletableFuture<Integer> bad2 = CompletableFuture.failedFuture(new RuntimeException("second"));
        show("allOf failures", CompletableFuture.allOf(a, bad2, bad1));
        show("anyOf done", CompletableFuture.anyOf(bad1, a));
        show("allOf empty", CompletableFuture.allOf());
        System.out.println("anyOf empty done=" + CompletableFuture.anyOf().isDone());
        show("acceptBoth", a.thenAcceptBoth(b, (x, y) -> log.add("sum " + (x + y))));
        show("combine failure", a.thenCombine(bad1, (x, y) -> x + y));
        show("compose failure", a.thenCompose(x -> { throw new UnsupportedOperationException("compose"); }));
        show("compose to failed", a.thenCompose(x -> bad2));
        show("exceptionallyCompose", bad1.exceptionallyCompose(e -> CompletableFuture.completedFuture(77)));

        // Executors that run tasks on the calling thread.
        Executor direct = Runnable::run;
        show("supplyAsync", CompletableFuture.supplyAsync(() -> "supplied", direct));
        show("supplyAsync throws", CompletableFuture.supplyAsync(() -> { throw new IllegalStateException("supplier"); }, direct));
        show("runAsync", CompletableFuture.runAsync(() -> log.add("runAsync"), direct));
        show("thenApplyAsync", source.thenApplyAsync(x -> x - 1, direct));
        show("rejected", source.thenApplyAsync(x -> x, r -> { throw new RejectedExecutionException("no"); }));
        show("completeAsync", new CompletableFuture<String>().completeAsync(() -> "later", direct));

        // Cancellation, obtrude, timeouts without waiting threads.
        CompletableFuture<String> cancelled = new CompletableFuture<>();
        CompletableFuture<String> afterCancel = cancelled.thenApply(s -> s + "!");
        System.out.println(cancelled.cancel(true) + " " + cancelled.cancel(false) + " " + cancelled.complete("x"));
        show("cancelled", cancelled);
        show("afterCancel", afterCancel);
        System.out.println(noHash(cancelled));
        CompletableFuture<String> obtruded = CompletableFuture.completedFuture("one");
        obtruded.obtrudeValue("two");
        show("obtruded", obtruded);
        obtruded.obtrudeException(new ArithmeticException("three"));
        show("obtruded exception", obtruded);
        CompletableFuture<String> pending = new CompletableFuture<>();
        pending.thenApply(s -> s);
        pending.thenRun(() -> {});
        System.out.println(noHash(pending) + " " + pending.getNumberOfDependents() + " " + pending.getNow("absent"));
        try {
            pending.get(15, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("timed get " + e);
        }
        show("completedStage", CompletableFuture.completedStage("stage").toCompletableFuture());
        show("nulls", CompletableFuture.completedFuture(null).thenApply(v -> v == null));
        try {
            source.thenApply(null);
        } catch (NullPointerException e) {
            System.out.println("null function " + e);
        }
        System.out.println(log);
    }
}
