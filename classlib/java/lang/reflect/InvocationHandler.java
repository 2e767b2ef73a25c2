// The handler a proxy instance forwards every interface method (and equals/hashCode/toString) to.
package java.lang.reflect;

public interface InvocationHandler {
    Object invoke(Object proxy, Method method, Object[] args) throws Throwable;
}
