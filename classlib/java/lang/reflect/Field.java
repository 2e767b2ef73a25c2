// A reflected field: description, toString, and get/set with the widening rules, checks and
// messages of HotSpot 17's field accessors.
package java.lang.reflect;

import jdk.internal.reflect.Reflection;

public final class Field extends AccessibleObject implements Member {

    private final Class<?> clazz;
    private final int slot;
    private final String name;
    private final Class<?> type;
    private final int modifiers;

    Field(Class<?> clazz, int slot) {
        this.clazz = clazz;
        this.slot = slot;
        this.name = Reflection.fieldName(clazz, slot);
        this.type = Reflection.fieldType(clazz, slot);
        this.modifiers = Reflection.fieldModifiers(clazz, slot);
    }

    Field(Field root) {
        this.clazz = root.clazz;
        this.slot = root.slot;
        this.name = root.name;
        this.type = root.type;
        this.modifiers = root.modifiers;
        this.declaredAnnotations = root.declaredAnnotations;
    }

    public Class<?> getDeclaringClass() {
        return clazz;
    }

    public String getName() {
        return name;
    }

    public int getModifiers() {
        return modifiers;
    }

    public boolean isEnumConstant() {
        return (modifiers & Modifier.ENUM) != 0;
    }

    public boolean isSynthetic() {
        return (modifiers & Modifier.SYNTHETIC) != 0;
    }

    public Class<?> getType() {
        return type;
    }

    public Type getGenericType() {
        return type;
    }

    int slot() {
        return slot;
    }

    byte[] rawAnnotations() {
        return Reflection.rawAnnotations(clazz, Reflection.FIELD_ANNOTATIONS, slot);
    }

    public boolean equals(Object obj) {
        if (obj instanceof Field) {
            Field other = (Field) obj;
            return clazz == other.clazz && name == other.name && type == other.type;
        }
        return false;
    }

    public int hashCode() {
        return clazz.getName().hashCode() ^ name.hashCode();
    }

    public String toString() {
        int mod = modifiers & Modifier.fieldModifiers();
        return (mod == 0 ? "" : Modifier.toString(mod) + " ") + type.getTypeName() + " "
                + clazz.getTypeName() + "." + name;
    }

    public String toGenericString() {
        return toString();
    }

    // ---- Reading ----

    public Object get(Object obj) throws IllegalArgumentException, IllegalAccessException {
        if (!override) {
            Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        }
        return read(obj);
    }

    private Object read(Object obj) {
        checkReceiver(obj);
        return Reflection.getFieldValue(clazz, slot, obj);
    }

    /** The value widened to primitive `to`, or HotSpot's "illegal data type conversion". */
    private Object readAs(Object obj, Class<?> to) {
        Object value = read(obj);
        Object widened = type.isPrimitive() ? Reflection.widen(value, to) : null;
        if (widened == null) {
            throw new IllegalArgumentException("Attempt to get " + type.getName() + " field \""
                    + clazz.getName() + "." + name + "\" with illegal data type conversion to " + to.getName());
        }
        return widened;
    }

    public boolean getBoolean(Object obj) throws IllegalAccessException {
        if (!override) Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        return (Boolean) readAs(obj, boolean.class);
    }

    public byte getByte(Object obj) throws IllegalAccessException {
        if (!override) Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        return (Byte) readAs(obj, byte.class);
    }

    public char getChar(Object obj) throws IllegalAccessException {
        if (!override) Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        return (Character) readAs(obj, char.class);
    }

    public short getShort(Object obj) throws IllegalAccessException {
        if (!override) Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        return (Short) readAs(obj, short.class);
    }

    public int getInt(Object obj) throws IllegalAccessException {
        if (!override) Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        return (Integer) readAs(obj, int.class);
    }

    public long getLong(Object obj) throws IllegalAccessException {
        if (!override) Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        return (Long) readAs(obj, long.class);
    }

    public float getFloat(Object obj) throws IllegalAccessException {
        if (!override) Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        return (Float) readAs(obj, float.class);
    }

    public double getDouble(Object obj) throws IllegalAccessException {
        if (!override) Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        return (Double) readAs(obj, double.class);
    }

    // ---- Writing ----

    public void set(Object obj, Object value) throws IllegalArgumentException, IllegalAccessException {
        if (!override) {
            Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        }
        checkReceiver(obj);
        checkWritable(value == null ? "null value" : value.getClass().getName());
        Object converted;
        if (type.isPrimitive()) {
            converted = value == null ? null : Reflection.widen(value, type);
            if (converted == null) {
                throw cannotSet(value == null ? "null value" : value.getClass().getName());
            }
        } else {
            if (value != null && !type.isInstance(value)) {
                throw cannotSet(value.getClass().getName());
            }
            converted = value;
        }
        Reflection.setFieldValue(clazz, slot, obj, converted);
    }

    /** setInt and friends: `value` is the wrapper of primitive `from`. */
    private void write(Object obj, Object value, Class<?> from) throws IllegalAccessException {
        checkReceiver(obj);
        String attempted = "(" + from.getName() + ")" + value;
        checkWritable(attempted);
        Object converted = type.isPrimitive() ? Reflection.widen(value, type) : null;
        if (converted == null) {
            throw cannotSet(attempted);
        }
        Reflection.setFieldValue(clazz, slot, obj, converted);
    }

    public void setBoolean(Object obj, boolean z) throws IllegalAccessException {
        if (!override) Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        write(obj, z, boolean.class);
    }

    public void setByte(Object obj, byte b) throws IllegalAccessException {
        if (!override) Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        write(obj, b, byte.class);
    }

    public void setChar(Object obj, char c) throws IllegalAccessException {
        if (!override) Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        write(obj, c, char.class);
    }

    public void setShort(Object obj, short s) throws IllegalAccessException {
        if (!override) Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        write(obj, s, short.class);
    }

    public void setInt(Object obj, int i) throws IllegalAccessException {
        if (!override) Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        write(obj, i, int.class);
    }

    public void setLong(Object obj, long l) throws IllegalAccessException {
        if (!override) Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        write(obj, l, long.class);
    }

    public void setFloat(Object obj, float f) throws IllegalAccessException {
        if (!override) Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        write(obj, f, float.class);
    }

    public void setDouble(Object obj, double d) throws IllegalAccessException {
        if (!override) Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        write(obj, d, double.class);
    }

    // ---- Checks ----

    private void checkReceiver(Object obj) {
        if (Modifier.isStatic(modifiers)) {
            return;
        }
        if (obj == null) {
            // HotSpot's field accessor fails this way, with its helpful message.
            throw new NullPointerException("Cannot invoke \"Object.getClass()\" because \"obj\" is null");
        }
        if (!clazz.isInstance(obj)) {
            throw cannotSet(obj.getClass().getName());
        }
    }

    /** Final fields are read-only unless setAccessible(true) was called on an instance field. */
    private void checkWritable(String attempted) throws IllegalAccessException {
        if (!Modifier.isFinal(modifiers)) {
            return;
        }
        boolean trustedFinal = Modifier.isStatic(modifiers) || clazz.isRecord();
        if (override && !trustedFinal) {
            return;
        }
        throw new IllegalAccessException("Can not set " + (Modifier.isStatic(modifiers) ? "static " : "")
                + "final " + type.getName() + " field " + clazz.getName() + "." + name + " to " + attempted);
    }

    private IllegalArgumentException cannotSet(String attempted) {
        return new IllegalArgumentException("Can not set " + (Modifier.isStatic(modifiers) ? "static " : "")
                + (Modifier.isFinal(modifiers) ? "final " : "") + type.getName() + " field "
                + clazz.getName() + "." + name + " to " + attempted);
    }
}
