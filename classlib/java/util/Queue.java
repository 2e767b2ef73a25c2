// A collection that holds elements before processing: insert at the tail, take from the head.
package java.util;

public interface Queue<E> extends Collection<E> {

    boolean add(E e);

    boolean offer(E e);

    E remove();

    E poll();

    E element();

    E peek();
}
