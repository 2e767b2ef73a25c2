// A function from one long to a result.
package java.util.function;

@FunctionalInterface
public interface LongFunction<R> {
    R apply(long value);
}
