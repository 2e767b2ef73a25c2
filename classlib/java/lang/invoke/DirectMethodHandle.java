// A method handle on a class member (method, constructor or field), named like reflection does by
// declaring class and slot, and run through the reflection natives without their checks: the
// handle's exact type already guarantees the argument types.
package java.lang.invoke;

import java.util.Arrays;
import jdk.internal.reflect.Reflection;

final class DirectMethodHandle extends MethodHandle {

    static final int STATIC = 0, VIRTUAL = 1, SPECIAL = 2, CONSTRUCTOR = 3, GETTER = 4, SETTER = 5,
            STATIC_GETTER = 6, STATIC_SETTER = 7;

    private final Class<?> declaring;
    private final int slot;
    private final int kind;

    DirectMethodHandle(MethodType type, Class<?> declaring, int slot, int kind) {
        super(type);
        this.declaring = declaring;
        this.slot = slot;
        this.kind = kind;
    }

    Object invokeBoxed(Object[] args) throws Throwable {
        switch (kind) {
            case STATIC:
                return Reflection.invokeMethod(declaring, slot, null, args, false);
            case VIRTUAL:
            case SPECIAL:
                if (args[0] == null) {
                    throw new NullPointerException();
                }
                return Reflection.invokeMethod(declaring, slot, args[0], Arrays.copyOfRange(args, 1, args.length),
                        kind == VIRTUAL);
            case CONSTRUCTOR:
                return Reflection.newInstance(declaring, slot, args);
            case GETTER:
                if (args[0] == null) {
                    throw new NullPointerException();
                }
                return Reflection.getFieldValue(declaring, slot, args[0]);
            case SETTER:
                if (args[0] == null) {
                    throw new NullPointerException();
                }
                Reflection.setFieldValue(declaring, slot, args[0], args[1]);
                return null;
            case STATIC_GETTER:
                return Reflection.getFieldValue(declaring, slot, null);
            default:
                Reflection.setFieldValue(declaring, slot, null, args[0]);
                return null;
        }
    }
}
