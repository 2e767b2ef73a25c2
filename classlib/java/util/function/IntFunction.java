// A function from one int to a result.
package java.util.function;

@FunctionalInterface
public interface IntFunction<R> {
    R apply(int value);
}
