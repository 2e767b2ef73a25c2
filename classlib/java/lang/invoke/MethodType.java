// A method's return and parameter types. In step 1 this is a compile-time anchor for javac:
// the VM intrinsifies the bootstrap methods that would receive MethodType objects.
package java.lang.invoke;

public final class MethodType implements TypeDescriptor, java.io.Serializable {

    private final Class<?> rtype;
    private final Class<?>[] ptypes;

    private MethodType(Class<?> rtype, Class<?>[] ptypes) {
        this.rtype = rtype;
        this.ptypes = ptypes;
    }

    public static MethodType methodType(Class<?> rtype, Class<?>... ptypes) {
        if (rtype == null) {
            throw new NullPointerException();
        }
        return new MethodType(rtype, ptypes.clone());
    }

    public static MethodType methodType(Class<?> rtype) {
        return methodType(rtype, new Class<?>[0]);
    }

    public static MethodType methodType(Class<?> rtype, Class<?> ptype0) {
        return methodType(rtype, new Class<?>[] {ptype0});
    }

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
        if (rtype != that.rtype || ptypes.length != that.ptypes.length) {
            return false;
        }
        for (int i = 0; i < ptypes.length; i++) {
            if (ptypes[i] != that.ptypes[i]) {
                return false;
            }
        }
        return true;
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
