// Dynamic proxy classes: final classes the VM defines at run time that extend Proxy, implement
// the given interfaces, and forward every interface method (and Object's equals, hashCode and
// toString) to the instance's InvocationHandler. Proxy classes are cached per interface list.
package java.lang.reflect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.internal.reflect.Reflection;

public class Proxy implements java.io.Serializable {

    protected InvocationHandler h;

    /** The methods of each proxy class, indexed like the class's VM methods. */
    private static final Map<Class<?>, Method[]> METHODS = new HashMap<>();
    private static final Map<String, Class<?>> CLASSES = new HashMap<>();
    private static int nextProxyNumber;

    private Proxy() {}

    protected Proxy(InvocationHandler h) {
        if (h == null) {
            throw new NullPointerException();
        }
        this.h = h;
    }

    @Deprecated
    public static Class<?> getProxyClass(ClassLoader loader, Class<?>... interfaces) {
        return proxyClass(interfaces);
    }

    public static Object newProxyInstance(ClassLoader loader, Class<?>[] interfaces, InvocationHandler h) {
        if (h == null) {
            throw new NullPointerException();
        }
        Class<?> proxyClass = proxyClass(interfaces);
        Proxy proxy = (Proxy) Reflection.allocateInstance(proxyClass);
        proxy.h = h;
        return proxy;
    }

    public static boolean isProxyClass(Class<?> cl) {
        synchronized (METHODS) {
            return METHODS.containsKey(cl);
        }
    }

    public static InvocationHandler getInvocationHandler(Object proxy) {
        if (proxy == null || !isProxyClass(proxy.getClass())) {
            throw new IllegalArgumentException("not a proxy instance");
        }
        return ((Proxy) proxy).h;
    }

    private static Class<?> proxyClass(Class<?>[] interfaces) {
        StringBuilder key = new StringBuilder();
        for (Class<?> intf : interfaces) {
            if (!intf.isInterface()) {
                throw new IllegalArgumentException(intf.getName() + " is not an interface");
            }
            key.append(intf.getName()).append(';');
        }
        for (int i = 0; i < interfaces.length; i++) {
            for (int j = 0; j < i; j++) {
                if (interfaces[i] == interfaces[j]) {
                    throw new IllegalArgumentException("repeated interface: " + interfaces[i].getName());
                }
            }
        }
        if (interfaces.length > 65535) {
            throw new IllegalArgumentException("interface limit exceeded: " + interfaces.length);
        }
        synchronized (METHODS) {
            Class<?> cached = CLASSES.get(key.toString());
            if (cached != null) {
                return cached;
            }
            List<Method> methods = proxiedMethods(interfaces);
            String[] names = new String[methods.size()];
            String[] descriptors = new String[methods.size()];
            for (int i = 0; i < names.length; i++) {
                Method m = methods.get(i);
                names[i] = m.getName();
                descriptors[i] = descriptor(m);
            }
            Class<?> proxyClass = Reflection.defineProxyClass(proxyName(interfaces), interfaces.clone(),
                    names, descriptors);
            METHODS.put(proxyClass, methods.toArray(new Method[0]));
            CLASSES.put(key.toString(), proxyClass);
            return proxyClass;
        }
    }

    /** Like the JDK: jdk.proxy1.$ProxyN when every interface is public, else the interface's package. */
    private static String proxyName(Class<?>[] interfaces) {
        String pkg = "jdk.proxy1";
        for (Class<?> intf : interfaces) {
            if (!Modifier.isPublic(intf.getModifiers())) {
                pkg = intf.getPackageName();
            }
        }
        String simple = "$Proxy" + nextProxyNumber++;
        return pkg.isEmpty() ? simple : pkg + "." + simple;
    }

    /** hashCode, equals and toString first, then each interface's methods, once per signature. */
    private static List<Method> proxiedMethods(Class<?>[] interfaces) {
        List<Method> methods = new ArrayList<>();
        try {
            methods.add(Object.class.getMethod("hashCode"));
            methods.add(Object.class.getMethod("equals", Object.class));
            methods.add(Object.class.getMethod("toString"));
        } catch (NoSuchMethodException e) {
            throw new InternalError(e);
        }
        for (Class<?> intf : interfaces) {
            for (Method m : intf.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || containsSignature(methods, m)) {
                    continue;
                }
                methods.add(m);
            }
        }
        return methods;
    }

    private static boolean containsSignature(List<Method> methods, Method m) {
        for (Method existing : methods) {
            if (existing.getName().equals(m.getName())
                    && java.util.Arrays.equals(existing.getParameterTypes(), m.getParameterTypes())) {
                return true;
            }
        }
        return false;
    }

    private static String descriptor(Method m) {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> p : m.getParameterTypes()) {
            sb.append(p.descriptorString());
        }
        return sb.append(')').append(m.getReturnType().descriptorString()).toString();
    }

    /**
     * Called by the VM for method `index` of a proxy class: runs the handler; checked exceptions
     * the method does not declare become UndeclaredThrowableException. The VM converts the
     * result to the method's return type (unboxing, cast).
     */
    private static Object dispatch(Proxy proxy, int index, Object[] args) throws Throwable {
        Method method;
        synchronized (METHODS) {
            method = METHODS.get(proxy.getClass())[index];
        }
        try {
            return proxy.h.invoke(proxy, method, args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            for (Class<?> declared : method.getExceptionTypes()) {
                if (declared.isInstance(t)) {
                    throw t;
                }
            }
            throw new UndeclaredThrowableException(t);
        }
    }
}
