// A method's return and parameter types: immutable, compared by value, with the JDK's factories,
// transformations, descriptor strings and messages. The VM gets call-site types through forSite.
package java.lang.invoke;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.internal.reflect.Reflection;

public final class MethodType implements TypeDescriptor, java.io.Serializable {

    private final Class<?> rtype;
    private final Class<?>[] ptypes;

    /** Call-site types by descriptor (signature-polymorphic calls, ldc MethodType). */
    private static final Map<String, MethodType> SITE_TYPES = new HashMap<>();

    private MethodType(Class<?> rtype, Class<?>[] ptypes) {
        this.rtype = rtype;
        this.ptypes = ptypes;
    }

    /** The checked constructor: ptypes is owned by the new instance. */
    private static MethodType make(Class<?> rtype, Class<?>[] ptypes) {
        for (Class<?> p : ptypes) {
            if (p == void.class) {
                throw new IllegalArgumentException("parameter type cannot be void");
            }
        }
        if (ptypes.length > 255) {
            throw new IllegalArgumentException("bad parameter count " + ptypes.length);
        }
        // HotSpot fails while hashing the new type for its intern table, with these helpful messages.
        if (rtype == null) {
            throw new NullPointerException("Cannot invoke \"Object.hashCode()\" because \"this.rtype\" is null");
        }
        for (Class<?> p : ptypes) {
            if (p == null) {
                throw new NullPointerException("Cannot invoke \"Object.hashCode()\" because \"ptype\" is null");
            }
        }
        return new MethodType(rtype, ptypes);
    }

    // ---- Factories ----

    public static MethodType methodType(Class<?> rtype, Class<?>[] ptypes) {
        return make(rtype, ptypes.clone());
    }

    public static MethodType methodType(Class<?> rtype, List<Class<?>> ptypes) {
        return make(rtype, ptypes.toArray(new Class<?>[0]));
    }

    public static MethodType methodType(Class<?> rtype, Class<?> ptype0, Class<?>... ptypes) {
        Class<?>[] all = new Class<?>[ptypes.length + 1];
        all[0] = ptype0;
        System.arraycopy(ptypes, 0, all, 1, ptypes.length);
        return make(rtype, all);
    }

    public static MethodType methodType(Class<?> rtype) {
        return make(rtype, new Class<?>[0]);
    }

    public static MethodType methodType(Class<?> rtype, Class<?> ptype0) {
        return make(rtype, new Class<?>[] {ptype0});
    }

    public static MethodType methodType(Class<?> rtype, MethodType ptypes) {
        return make(rtype, ptypes.ptypes.clone());
    }

    public static MethodType genericMethodType(int objectArgCount, boolean finalArray) {
        if (objectArgCount < 0 || objectArgCount > 255) {
            throw new IllegalArgumentException("bad parameter count " + objectArgCount);
        }
        Class<?>[] ptypes = new Class<?>[objectArgCount + (finalArray ? 1 : 0)];
        Arrays.fill(ptypes, Object.class);
        if (finalArray) {
            ptypes[objectArgCount] = Object[].class;
        }
        return make(Object.class, ptypes);
    }

    public static MethodType genericMethodType(int objectArgCount) {
        return genericMethodType(objectArgCount, false);
    }

    public static MethodType fromMethodDescriptorString(String descriptor, ClassLoader loader) {
        if (!descriptor.startsWith("(") || descriptor.indexOf(')') < 0) {
            throw new IllegalArgumentException("not a method descriptor: " + descriptor);
        }
        // A null loader means the application class loader: resolve from the caller.
        Class<?> caller = Reflection.getCallerClass();
        return parseDescriptor(descriptor, caller != null ? caller : MethodType.class);
    }

    /** The type of a signature-polymorphic call site, its classes resolved from caller. */
    static MethodType forSite(String descriptor, Class<?> caller) {
        synchronized (SITE_TYPES) {
            MethodType type = SITE_TYPES.get(descriptor);
            if (type == null) {
                type = parseDescriptor(descriptor, caller);
                SITE_TYPES.put(descriptor, type);
            }
            return type;
        }
    }

    private static MethodType parseDescriptor(String descriptor, Class<?> context) {
        List<Class<?>> params = new ArrayList<>();
        int i = 1;
        while (descriptor.charAt(i) != ')') {
            int end = endOfType(descriptor, i);
            params.add(typeOf(descriptor.substring(i, end), context));
            i = end;
        }
        Class<?> rtype = typeOf(descriptor.substring(i + 1), context);
        return make(rtype, params.toArray(new Class<?>[0]));
    }

    private static int endOfType(String descriptor, int start) {
        int i = start;
        while (descriptor.charAt(i) == '[') {
            i++;
        }
        if (descriptor.charAt(i) == 'L') {
            int semicolon = descriptor.indexOf(';', i);
            if (semicolon < 0) {
                throw new IllegalArgumentException("not a method descriptor: " + descriptor);
            }
            return semicolon + 1;
        }
        return i + 1;
    }

    private static Class<?> typeOf(String fieldDescriptor, Class<?> context) {
        try {
            return Reflection.typeFromDescriptor(fieldDescriptor, context);
        } catch (NoClassDefFoundError e) {
            String name = fieldDescriptor.replace('/', '.');
            if (name.startsWith("L") && name.endsWith(";")) {
                name = name.substring(1, name.length() - 1);
            }
            throw new TypeNotPresentException(name, e);
        }
    }

    // ---- Queries ----

    public Class<?> returnType() {
        return rtype;
    }

    public int parameterCount() {
        return ptypes.length;
    }

    public Class<?> parameterType(int num) {
        return ptypes[num];
    }

    public Class<?>[] parameterArray() {
        return ptypes.clone();
    }

    public List<Class<?>> parameterList() {
        return List.of(ptypes);
    }

    public Class<?> lastParameterType() {
        return ptypes.length == 0 ? void.class : ptypes[ptypes.length - 1];
    }

    public boolean hasPrimitives() {
        if (rtype.isPrimitive()) {
            return true;
        }
        for (Class<?> p : ptypes) {
            if (p.isPrimitive()) {
                return true;
            }
        }
        return false;
    }

    public boolean hasWrappers() {
        return unwrap() != this;
    }

    Class<?>[] ptypes() {
        return ptypes;
    }

    // ---- Transformations ----

    private void checkIndex(int num, int limit) {
        if (num < 0 || num > limit) {
            throw new IndexOutOfBoundsException("bad index: " + num);
        }
    }

    public MethodType changeParameterType(int num, Class<?> nptype) {
        if (ptypes[num] == nptype) {
            return this;
        }
        Class<?>[] n = ptypes.clone();
        n[num] = nptype;
        return make(rtype, n);
    }

    public MethodType insertParameterTypes(int num, Class<?>... ptypesToInsert) {
        checkIndex(num, ptypes.length);
        Class<?>[] n = new Class<?>[ptypes.length + ptypesToInsert.length];
        System.arraycopy(ptypes, 0, n, 0, num);
        System.arraycopy(ptypesToInsert, 0, n, num, ptypesToInsert.length);
        System.arraycopy(ptypes, num, n, num + ptypesToInsert.length, ptypes.length - num);
        return make(rtype, n);
    }

    public MethodType insertParameterTypes(int num, List<Class<?>> ptypesToInsert) {
        return insertParameterTypes(num, ptypesToInsert.toArray(new Class<?>[0]));
    }

    public MethodType appendParameterTypes(Class<?>... ptypesToInsert) {
        return insertParameterTypes(ptypes.length, ptypesToInsert);
    }

    public MethodType appendParameterTypes(List<Class<?>> ptypesToInsert) {
        return insertParameterTypes(ptypes.length, ptypesToInsert);
    }

    public MethodType dropParameterTypes(int start, int end) {
        if (start < 0 || start > end || end > ptypes.length) {
            throw new IndexOutOfBoundsException("start=" + start + " end=" + end);
        }
        if (start == end) {
            return this;
        }
        Class<?>[] n = new Class<?>[ptypes.length - (end - start)];
        System.arraycopy(ptypes, 0, n, 0, start);
        System.arraycopy(ptypes, end, n, start, ptypes.length - end);
        return make(rtype, n);
    }

    public MethodType changeReturnType(Class<?> nrtype) {
        return rtype == nrtype ? this : make(nrtype, ptypes.clone());
    }

    /** Every reference type (parameters and return) replaced by Object. */
    public MethodType erase() {
        Class<?>[] n = ptypes.clone();
        for (int i = 0; i < n.length; i++) {
            if (!n[i].isPrimitive()) {
                n[i] = Object.class;
            }
        }
        return make(rtype.isPrimitive() ? rtype : Object.class, n);
    }

    public MethodType generic() {
        return genericMethodType(ptypes.length);
    }

    public MethodType wrap() {
        Class<?>[] n = ptypes.clone();
        for (int i = 0; i < n.length; i++) {
            n[i] = wrapper(n[i]);
        }
        return make(wrapper(rtype), n);
    }

    public MethodType unwrap() {
        Class<?>[] n = ptypes.clone();
        boolean changed = false;
        for (int i = 0; i < n.length; i++) {
            Class<?> u = unwrapper(n[i]);
            changed |= u != n[i];
            n[i] = u;
        }
        Class<?> r = unwrapper(rtype);
        return changed || r != rtype ? make(r, n) : this;
    }

    static Class<?> wrapper(Class<?> c) {
        Class<?> w = c.isPrimitive() ? Reflection.wrapperOf(c) : null;
        return w == null ? c : w;
    }

    static Class<?> unwrapper(Class<?> c) {
        if (c == Integer.class) return int.class;
        if (c == Long.class) return long.class;
        if (c == Boolean.class) return boolean.class;
        if (c == Double.class) return double.class;
        if (c == Float.class) return float.class;
        if (c == Character.class) return char.class;
        if (c == Byte.class) return byte.class;
        if (c == Short.class) return short.class;
        if (c == Void.class) return void.class;
        return c;
    }

    // ---- Text ----

    public String toMethodDescriptorString() {
        return descriptorString();
    }

    public String descriptorString() {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> p : ptypes) {
            sb.append(p.descriptorString());
        }
        return sb.append(')').append(rtype.descriptorString()).toString();
    }

    public boolean equals(Object x) {
        if (!(x instanceof MethodType)) {
            return false;
        }
        MethodType that = (MethodType) x;
        return rtype == that.rtype && Arrays.equals(ptypes, that.ptypes);
    }

    public int hashCode() {
        int hashCode = 31 + rtype.hashCode();
        for (Class<?> ptype : ptypes) {
            hashCode = 31 * hashCode + ptype.hashCode();
        }
        return hashCode;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < ptypes.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(ptypes[i].getSimpleName());
        }
        return sb.append(')').append(rtype.getSimpleName()).toString();
    }
}
