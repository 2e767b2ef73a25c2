// The kinds of VarHandle: instance fields, static fields and array elements. Each turns the
// coordinate arguments into (base, offset) for VarStorage, with HotSpot's null and bounds checks.
package java.lang.invoke;

import java.lang.invoke.VarHandle.AccessMode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Objects;
import jdk.internal.misc.Unsafe;
import jdk.internal.reflect.Reflection;

final class VarHandles {

    private VarHandles() {}

    /** A handle on field f, declared by or inherited into receiverType (refc of the lookup). */
    static VarHandle forField(Field f, Class<?> receiverType) {
        boolean readOnly = Modifier.isFinal(f.getModifiers());
        if (Modifier.isStatic(f.getModifiers())) {
            Reflection.ensureInitialized(f.getDeclaringClass()); // as HotSpot, when the handle is made
            return new StaticField(f.getType(), f.getDeclaringClass(), Unsafe.staticFieldOffset(f), readOnly, false);
        }
        return new InstanceField(f.getType(), receiverType, Unsafe.objectFieldOffset(f), readOnly, false);
    }

    static VarHandle forArray(Class<?> arrayClass) {
        Objects.requireNonNull(arrayClass);
        if (!arrayClass.isArray()) {
            throw new IllegalArgumentException("not an array: " + arrayClass);
        }
        return new ArrayElement(arrayClass, false);
    }

    static final class InstanceField extends VarHandle {
        private final Class<?> receiverType;
        private final long fieldOffset;

        InstanceField(Class<?> varType, Class<?> receiverType, long fieldOffset, boolean readOnly, boolean exact) {
            super(varType, new Class<?>[] {receiverType}, readOnly, exact);
            this.receiverType = receiverType;
            this.fieldOffset = fieldOffset;
        }

        @Override
        Object base(AccessMode mode, Object[] args) {
            return Objects.requireNonNull(args[0]);
        }

        @Override
        long offset(Object[] args) {
            return fieldOffset;
        }

        @Override
        VarHandle withExact(boolean exact) {
            return new InstanceField(varType(), receiverType, fieldOffset, isReadOnly(), exact);
        }
    }

    static final class StaticField extends VarHandle {
        private final Class<?> declaringClass;
        private final long fieldOffset;

        StaticField(Class<?> varType, Class<?> declaringClass, long fieldOffset, boolean readOnly, boolean exact) {
            super(varType, new Class<?>[0], readOnly, exact);
            this.declaringClass = declaringClass;
            this.fieldOffset = fieldOffset;
        }

        @Override
        Object base(AccessMode mode, Object[] args) {
            return declaringClass;
        }

        @Override
        long offset(Object[] args) {
            return fieldOffset;
        }

        @Override
        VarHandle withExact(boolean exact) {
            return new StaticField(varType(), declaringClass, fieldOffset, isReadOnly(), exact);
        }
    }

    static final class ArrayElement extends VarHandle {
        private final Class<?> arrayClass;
        private final int scale;

        ArrayElement(Class<?> arrayClass, boolean exact) {
            super(arrayClass.getComponentType(), new Class<?>[] {arrayClass, int.class}, false, exact);
            this.arrayClass = arrayClass;
            this.scale = Unsafe.arrayIndexScale(arrayClass);
        }

        @Override
        Object base(AccessMode mode, Object[] args) {
            Object array = args[0];
            if (array == null) {
                throw new NullPointerException(nullArrayMessage(mode));
            }
            if (kind == 'L') {
                checkStore(array, args);
            }
            return array;
        }

        /** HotSpot's helpful message: plain get/set index the array, other modes read its length first. */
        private String nullArrayMessage(AccessMode mode) {
            String type = kind == 'L' ? "object" : (kind == 'Z' || kind == 'B') ? "byte/boolean" : varType().getName();
            if (mode == AccessMode.GET) {
                return "Cannot load from " + type + " array because \"array\" is null";
            }
            if (mode == AccessMode.SET) {
                return "Cannot store to " + type + " array because \"array\" is null";
            }
            return "Cannot read the array length because \"array\" is null";
        }

        /** The value a mode stores (always the last argument) must fit the array's actual type. */
        private static void checkStore(Object array, Object[] args) {
            if (args.length <= 2) {
                return;
            }
            Object value = args[args.length - 1];
            if (value != null && !array.getClass().getComponentType().isInstance(value)) {
                throw new ArrayStoreException(value.getClass().getName());
            }
        }

        @Override
        long offset(Object[] args) {
            int index = (Integer) args[1];
            int length = java.lang.reflect.Array.getLength(args[0]);
            if (index < 0 || index >= length) {
                throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
            }
            return Unsafe.elementOffset(index, scale);
        }

        @Override
        VarHandle withExact(boolean exact) {
            return new ArrayElement(arrayClass, exact);
        }
    }
}
