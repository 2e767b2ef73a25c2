// The legacy last-in-first-out stack on top of Vector.
package java.util;

public class Stack<E> extends Vector<E> {

    private static final long serialVersionUID = 1224463164541339165L;

    public Stack() {}

    public E push(E item) {
        addElement(item);
        return item;
    }

    public synchronized E pop() {
        E top = peek();
        removeElementAt(size() - 1);
        return top;
    }

    public synchronized E peek() {
        int len = size();
        if (len == 0) {
            throw new EmptyStackException();
        }
        return elementAt(len - 1);
    }

    public boolean empty() {
        return size() == 0;
    }

    /** 1-based distance from the top of the stack, or -1. */
    public synchronized int search(Object o) {
        int i = lastIndexOf(o);
        return (i >= 0) ? size() - i : -1;
    }
}
