// Factories for method handles: Lookup (finding members with access checks and HotSpot's
// messages) and the combinators that adapt handles (insert, drop, filter, fold, permute, guard...).
package java.lang.invoke;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jdk.internal.reflect.Reflection;

public class MethodHandles {

    private MethodHandles() {}

    public static Lookup lookup() {
        return new Lookup(Reflection.getCallerClass(), null, Lookup.FULL_POWER_MODES);
    }

    public static Lookup publicLookup() {
        return new Lookup(Object.class, null, Lookup.UNCONDITIONAL);
    }

    public static Lookup privateLookupIn(Class<?> targetClass, Lookup caller) throws IllegalAccessException {
        if (targetClass.isPrimitive() || targetClass.isArray()) {
            throw new IllegalArgumentException(targetClass + " is a primitive or array class");
        }
        if (!caller.hasFullPrivilegeAccess()) {
            throw new IllegalAccessException("caller does not have PRIVATE and MODULE lookup mode");
        }
        return new Lookup(targetClass, null, Lookup.FULL_POWER_MODES & ~Lookup.ORIGINAL);
    }

    public static final class Lookup {

        public static final int PUBLIC = 0x00000001;
        public static final int PRIVATE = 0x00000002;
        public static final int PROTECTED = 0x00000004;
        public static final int PACKAGE = 0x00000008;
        public static final int MODULE = PACKAGE << 1;
        public static final int UNCONDITIONAL = PACKAGE << 2;
        public static final int ORIGINAL = PACKAGE << 3;

        static final int FULL_POWER_MODES = PUBLIC | PRIVATE | PROTECTED | PACKAGE | MODULE | ORIGINAL;

        private final Class<?> lookupClass;
        private final Class<?> prevLookupClass;
        private final int allowedModes;

        Lookup(Class<?> lookupClass, Class<?> prevLookupClass, int allowedModes) {
            this.lookupClass = lookupClass;
            this.prevLookupClass = prevLookupClass;
            this.allowedModes = allowedModes;
        }

        public Class<?> lookupClass() {
            return lookupClass;
        }

        public Class<?> previousLookupClass() {
            return prevLookupClass;
        }

        public int lookupModes() {
            return allowedModes;
        }

        public boolean hasFullPrivilegeAccess() {
            return (allowedModes & (PRIVATE | MODULE)) == (PRIVATE | MODULE);
        }

        @Deprecated
        public boolean hasPrivateAccess() {
            return hasFullPrivilegeAccess();
        }

        /** A lookup on another class, keeping only the access the new position allows. */
        public Lookup in(Class<?> requestedLookupClass) {
            if (requestedLookupClass.isPrimitive() || requestedLookupClass.isArray()) {
                throw new IllegalArgumentException(requestedLookupClass + " is a primitive or array class");
            }
            if (requestedLookupClass == lookupClass) {
                return this;
            }
            if (allowedModes == UNCONDITIONAL) {
                return new Lookup(requestedLookupClass, null, UNCONDITIONAL);
            }
            int modes = allowedModes & ~ORIGINAL;
            if (!samePackageMember(requestedLookupClass, lookupClass)) {
                modes &= ~(PRIVATE | PROTECTED);
            }
            Class<?> prev = prevLookupClass;
            boolean sameModule = Reflection.isBootClass(requestedLookupClass) == Reflection.isBootClass(lookupClass);
            if (!sameModule) {
                modes &= ~(PACKAGE | MODULE);
                prev = lookupClass;
            } else if (!requestedLookupClass.getPackageName().equals(lookupClass.getPackageName())) {
                modes &= ~PACKAGE;
            }
            if (!Modifier.isPublic(requestedLookupClass.getModifiers())
                    && !requestedLookupClass.getPackageName().equals(lookupClass.getPackageName())) {
                modes = 0;
            }
            return new Lookup(requestedLookupClass, prev, modes);
        }

        /** Same package and the same outermost class: private access survives Lookup.in. */
        private static boolean samePackageMember(Class<?> a, Class<?> b) {
            return Reflection.isBootClass(a) == Reflection.isBootClass(b)
                    && a.getPackageName().equals(b.getPackageName()) && outermost(a) == outermost(b);
        }

        private static Class<?> outermost(Class<?> c) {
            for (Class<?> outer = c.getEnclosingClass(); outer != null; outer = c.getEnclosingClass()) {
                c = outer;
            }
            return c;
        }

        public Lookup dropLookupMode(int modeToDrop) {
            int newModes = allowedModes & ~(modeToDrop | PROTECTED | ORIGINAL);
            if ((modeToDrop & PUBLIC) != 0) newModes = 0;
            if ((modeToDrop & MODULE) != 0) newModes &= ~(PACKAGE | PRIVATE);
            if ((modeToDrop & PACKAGE) != 0) newModes &= ~PRIVATE;
            return new Lookup(lookupClass, prevLookupClass, newModes);
        }

        public String toString() {
            String name = lookupClass.getName();
            if (prevLookupClass != null) {
                name += "/" + prevLookupClass.getName();
            }
            int modes = allowedModes & ~ORIGINAL;
            switch (modes) {
                case 0: return name + "/noaccess";
                case UNCONDITIONAL: return name + "/publicLookup";
                case PUBLIC: return name + "/public";
                case PUBLIC | MODULE: return name + "/module";
                case PUBLIC | PACKAGE:
                case PUBLIC | MODULE | PACKAGE: return name + "/package";
                case PUBLIC | PACKAGE | PRIVATE:
                case PUBLIC | MODULE | PACKAGE | PRIVATE: return name + "/private";
                case PUBLIC | PACKAGE | PRIVATE | PROTECTED:
                case PUBLIC | MODULE | PACKAGE | PRIVATE | PROTECTED: return name;
                default: return name + "/" + Integer.toHexString(allowedModes);
            }
        }

        // ---- Finding members ----

        public Class<?> findClass(String targetName) throws ClassNotFoundException, IllegalAccessException {
            String descriptor = targetName.startsWith("[") ? targetName.replace('.', '/')
                    : "L" + targetName.replace('.', '/') + ";";
            Class<?> c;
            try {
                c = Reflection.typeFromDescriptor(descriptor, lookupClass);
            } catch (NoClassDefFoundError | IllegalArgumentException e) {
                throw new ClassNotFoundException(targetName);
            }
            return accessClass(c);
        }

        public Class<?> accessClass(Class<?> targetClass) throws IllegalAccessException {
            Class<?> element = targetClass;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            if (!element.isPrimitive() && !Modifier.isPublic(element.getModifiers())
                    && ((allowedModes & PACKAGE) == 0 || !element.getPackageName().equals(lookupClass.getPackageName()))) {
                throw new IllegalAccessException("access violation: " + targetClass + ", from " + describe());
            }
            return targetClass;
        }

        public Class<?> ensureInitialized(Class<?> targetClass) throws IllegalAccessException {
            accessClass(targetClass);
            Reflection.ensureInitialized(targetClass);
            return targetClass;
        }

        public MethodHandle findStatic(Class<?> refc, String name, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            Method m = resolveMethod(refc, name, type, "invokeStatic");
            if (!Modifier.isStatic(m.getModifiers())) {
                throw new IllegalAccessException(noSuchMethod(refc, name, type, "invokeStatic"));
            }
            checkAccess(refc, m, null, noSuchMethod(refc, name, type, "invokeStatic"));
            return direct(type, m, DirectMethodHandle.STATIC).setVarargs(m.isVarArgs());
        }

        public MethodHandle findVirtual(Class<?> refc, String name, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            String kind = refc.isInterface() ? "invokeInterface" : "invokeVirtual";
            Method m = resolveMethod(refc, name, type, kind);
            if (Modifier.isStatic(m.getModifiers())) {
                throw new IllegalAccessException(noSuchMethod(refc, name, type, kind));
            }
            checkAccess(refc, m, null, noSuchMethod(refc, name, type, kind));
            int handleKind = Modifier.isPrivate(m.getModifiers()) ? DirectMethodHandle.SPECIAL : DirectMethodHandle.VIRTUAL;
            return direct(type.insertParameterTypes(0, refc), m, handleKind).setVarargs(m.isVarArgs());
        }

        public MethodHandle findSpecial(Class<?> refc, String name, MethodType type, Class<?> specialCaller)
                throws NoSuchMethodException, IllegalAccessException {
            if (!hasFullPrivilegeAccess() || specialCaller != lookupClass) {
                throw new IllegalAccessException("no private access for invokespecial: " + specialCaller
                        + ", from " + this);
            }
            Method m = resolveMethod(refc, name, type, "invokeSpecial");
            if (Modifier.isStatic(m.getModifiers())) {
                throw new IllegalAccessException(noSuchMethod(refc, name, type, "invokeSpecial"));
            }
            checkAccess(refc, m, null, noSuchMethod(refc, name, type, "invokeSpecial"));
            return direct(type.insertParameterTypes(0, specialCaller), m, DirectMethodHandle.SPECIAL)
                    .setVarargs(m.isVarArgs());
        }

        public MethodHandle findConstructor(Class<?> refc, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            if (refc.isArray()) {
                throw new NoSuchMethodException("no constructor for array class: " + refc.getName());
            }
            Constructor<?> found = null;
            if (type.returnType() == void.class) {
                for (Constructor<?> c : refc.getDeclaredConstructors()) {
                    if (Arrays.equals(c.getParameterTypes(), type.ptypes())) {
                        found = c;
                    }
                }
            }
            if (found == null) {
                throw new NoSuchMethodException("no such constructor: " + refc.getName() + ".<init>" + type
                        + "/newInvokeSpecial");
            }
            checkAccess(refc, found, null, "no such constructor: " + refc.getName() + ".<init>" + type + "/newInvokeSpecial");
            return constructorHandle(found);
        }

        public MethodHandle findGetter(Class<?> refc, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            return fieldHandle(refc, name, type, false, false);
        }

        public MethodHandle findSetter(Class<?> refc, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            return fieldHandle(refc, name, type, false, true);
        }

        public MethodHandle findStaticGetter(Class<?> refc, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            return fieldHandle(refc, name, type, true, false);
        }

        public MethodHandle findStaticSetter(Class<?> refc, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            return fieldHandle(refc, name, type, true, true);
        }

        public VarHandle findVarHandle(Class<?> recv, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            return varHandle(recv, name, type, false);
        }

        public VarHandle findStaticVarHandle(Class<?> decl, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            return varHandle(decl, name, type, true);
        }

        @SuppressWarnings("deprecation")
        public VarHandle unreflectVarHandle(Field f) throws IllegalAccessException {
            if (!f.isAccessible()) {
                checkAccess(f.getDeclaringClass(), f, fieldText(f, false), null);
            }
            return VarHandles.forField(f, f.getDeclaringClass());
        }

        /** Resolved and checked like a getter handle (same messages); final fields give read-only handles. */
        private VarHandle varHandle(Class<?> refc, String name, Class<?> type, boolean wantStatic)
                throws NoSuchFieldException, IllegalAccessException {
            Field f = resolveField(refc, name, type, wantStatic ? "getStatic" : "getField");
            String text = fieldText(f, false);
            if (Modifier.isStatic(f.getModifiers()) != wantStatic) {
                throw new IllegalAccessException((wantStatic ? "expected a static field: " : "expected a non-static field: ")
                        + text + ", from " + describe());
            }
            checkAccess(refc, f, text, null);
            return VarHandles.forField(f, refc);
        }

        public MethodHandle bind(Object receiver, String name, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            return findVirtual(receiver.getClass(), name, type).bindTo(receiver);
        }

        // ---- From reflection objects ----

        @SuppressWarnings("deprecation")
        public MethodHandle unreflect(Method m) throws IllegalAccessException {
            boolean isStatic = Modifier.isStatic(m.getModifiers());
            String kind = isStatic ? "invokeStatic" : m.getDeclaringClass().isInterface() ? "invokeInterface" : "invokeVirtual";
            if (!m.isAccessible()) {
                checkAccess(m.getDeclaringClass(), m, methodText(m, kind), null);
            }
            MethodType type = MethodType.methodType(m.getReturnType(), m.getParameterTypes());
            if (isStatic) {
                return direct(type, m, DirectMethodHandle.STATIC).setVarargs(m.isVarArgs());
            }
            int handleKind = Modifier.isPrivate(m.getModifiers()) ? DirectMethodHandle.SPECIAL : DirectMethodHandle.VIRTUAL;
            return direct(type.insertParameterTypes(0, m.getDeclaringClass()), m, handleKind).setVarargs(m.isVarArgs());
        }

        public MethodHandle unreflectSpecial(Method m, Class<?> specialCaller) throws IllegalAccessException {
            try {
                return findSpecial(m.getDeclaringClass(), m.getName(),
                        MethodType.methodType(m.getReturnType(), m.getParameterTypes()), specialCaller);
            } catch (NoSuchMethodException e) {
                throw new InternalError(e);
            }
        }

        @SuppressWarnings("deprecation")
        public MethodHandle unreflectConstructor(Constructor<?> c) throws IllegalAccessException {
            if (!c.isAccessible()) {
                MethodType type = MethodType.methodType(void.class, c.getParameterTypes());
                checkAccess(c.getDeclaringClass(), c, c.getDeclaringClass().getName() + ".<init>" + type
                        + "/newInvokeSpecial", null);
            }
            return constructorHandle(c);
        }

        public MethodHandle unreflectGetter(Field f) throws IllegalAccessException {
            return unreflectField(f, false);
        }

        public MethodHandle unreflectSetter(Field f) throws IllegalAccessException {
            return unreflectField(f, true);
        }

        @SuppressWarnings("deprecation")
        private MethodHandle unreflectField(Field f, boolean setter) throws IllegalAccessException {
            boolean isStatic = Modifier.isStatic(f.getModifiers());
            String text = fieldText(f, setter);
            if (!f.isAccessible()) {
                checkAccess(f.getDeclaringClass(), f, text, null);
            }
            if (setter && Modifier.isFinal(f.getModifiers()) && (isStatic || !f.isAccessible())) {
                throw new IllegalAccessException("unexpected set of a final field: " + text + ", from " + describe());
            }
            return fieldHandleFor(f, f.getDeclaringClass(), isStatic, setter);
        }

        // ---- Resolution and access ----

        /** JVMS 5.4.3.3/4: the class and its superclasses, then superinterfaces; exact type match. */
        private Method resolveMethod(Class<?> refc, String name, MethodType type, String kind)
                throws NoSuchMethodException {
            Method m = null;
            for (Class<?> c = refc; c != null && m == null; c = c.getSuperclass()) {
                m = declaredMethod(c, name, type);
            }
            if (m == null) {
                List<Class<?>> interfaces = new ArrayList<>();
                collectInterfaces(refc, interfaces);
                for (Class<?> intf : interfaces) {
                    m = declaredMethod(intf, name, type);
                    if (m != null && !Modifier.isStatic(m.getModifiers()) && !Modifier.isPrivate(m.getModifiers())) {
                        break;
                    }
                    m = null;
                }
            }
            if (m == null && refc.isInterface()) {
                m = declaredMethod(Object.class, name, type);
                if (m != null && !Modifier.isPublic(m.getModifiers())) {
                    m = null;
                }
            }
            if (m == null) {
                throw new NoSuchMethodException(noSuchMethod(refc, name, type, kind));
            }
            return m;
        }

        private static void collectInterfaces(Class<?> c, List<Class<?>> out) {
            for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                for (Class<?> intf : k.getInterfaces()) {
                    if (!out.contains(intf)) {
                        out.add(intf);
                        collectInterfaces(intf, out);
                    }
                }
            }
        }

        private static Method declaredMethod(Class<?> c, String name, MethodType type) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getReturnType() == type.returnType()
                        && Arrays.equals(m.getParameterTypes(), type.ptypes())) {
                    return m;
                }
            }
            return null;
        }

        private Field resolveField(Class<?> refc, String name, Class<?> type, String kind) throws NoSuchFieldException {
            Field f = searchField(refc, name, type);
            if (f == null) {
                NoSuchFieldException e = new NoSuchFieldException("no such field: " + refc.getName() + "." + name + "/"
                        + type.getName() + "/" + kind);
                e.initCause(new NoSuchFieldError(name));
                throw e;
            }
            return f;
        }

        /** JVMS 5.4.3.2: declared fields, then superinterfaces, then the superclass. */
        private static Field searchField(Class<?> c, String name, Class<?> type) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name) && f.getType() == type) {
                    return f;
                }
            }
            for (Class<?> intf : c.getInterfaces()) {
                Field f = searchField(intf, name, type);
                if (f != null) {
                    return f;
                }
            }
            return c.getSuperclass() == null ? null : searchField(c.getSuperclass(), name, type);
        }

        private MethodHandle fieldHandle(Class<?> refc, String name, Class<?> type, boolean wantStatic, boolean setter)
                throws NoSuchFieldException, IllegalAccessException {
            String requested = wantStatic ? (setter ? "putStatic" : "getStatic") : (setter ? "putField" : "getField");
            Field f = resolveField(refc, name, type, requested);
            boolean isStatic = Modifier.isStatic(f.getModifiers());
            String text = fieldText(f, setter);
            if (isStatic != wantStatic) {
                throw new IllegalAccessException((wantStatic ? "expected a static field: " : "expected a non-static field: ")
                        + text + ", from " + describe());
            }
            checkAccess(refc, f, text, null);
            if (setter && Modifier.isFinal(f.getModifiers())) {
                throw new IllegalAccessException("unexpected set of a final field: " + text + ", from " + describe());
            }
            return fieldHandleFor(f, refc, isStatic, setter);
        }

        /** The handle's receiver type is refc, the class the field was looked up in. */
        private MethodHandle fieldHandleFor(Field f, Class<?> refc, boolean isStatic, boolean setter) {
            Class<?> declaring = f.getDeclaringClass();
            Class<?> type = f.getType();
            int slot = Reflection.factory().slotOf(f);
            MethodType handleType;
            int kind;
            if (isStatic) {
                handleType = setter ? MethodType.methodType(void.class, type) : MethodType.methodType(type);
                kind = setter ? DirectMethodHandle.STATIC_SETTER : DirectMethodHandle.STATIC_GETTER;
            } else {
                handleType = setter ? MethodType.methodType(void.class, refc, type)
                        : MethodType.methodType(type, refc);
                kind = setter ? DirectMethodHandle.SETTER : DirectMethodHandle.GETTER;
            }
            return new DirectMethodHandle(handleType, declaring, slot, kind);
        }

        private static String fieldText(Field f, boolean setter) {
            boolean isStatic = Modifier.isStatic(f.getModifiers());
            String kind = isStatic ? (setter ? "putStatic" : "getStatic") : (setter ? "putField" : "getField");
            return f.getDeclaringClass().getName() + "." + f.getName() + "/" + f.getType().getName() + "/" + kind;
        }

        private static String methodText(Method m, String kind) {
            return m.getDeclaringClass().getName() + "." + m.getName()
                    + MethodType.methodType(m.getReturnType(), m.getParameterTypes()) + "/" + kind;
        }

        private static String noSuchMethod(Class<?> refc, String name, MethodType type, String kind) {
            return "no such method: " + refc.getName() + "." + name + type + "/" + kind;
        }

        private MethodHandle direct(MethodType type, Method m, int kind) {
            return new DirectMethodHandle(type, m.getDeclaringClass(), Reflection.factory().slotOf(m), kind);
        }

        private MethodHandle constructorHandle(Constructor<?> c) {
            Class<?> refc = c.getDeclaringClass();
            MethodType type = MethodType.methodType(refc, c.getParameterTypes());
            return new DirectMethodHandle(type, refc, Reflection.factory().slotOf(c), DirectMethodHandle.CONSTRUCTOR)
                    .setVarargs(c.isVarArgs());
        }

        private String describe() {
            String module = Reflection.isBootClass(lookupClass) ? "module java.base"
                    : "unnamed module @" + Integer.toHexString(System.identityHashCode(lookupClass.getPackageName()));
            return lookupClass + " (" + module + ")";
        }

        private boolean isClassAccessible(Class<?> c) {
            if (allowedModes != UNCONDITIONAL && Reflection.isBootClass(lookupClass) && !Reflection.isBootClass(c)) {
                return false; // java.base does not read the unnamed module
            }
            if (Modifier.isPublic(c.getModifiers()) && (c.getDeclaringClass() == null
                    || Modifier.isPublic(c.getDeclaringClass().getModifiers()) || (allowedModes & PACKAGE) != 0)) {
                return true;
            }
            return (allowedModes & PACKAGE) != 0 && c.getPackageName().equals(lookupClass.getPackageName())
                    && Reflection.isBootClass(c) == Reflection.isBootClass(lookupClass);
        }

        /** The lookup's access to member m reached through refc, or HotSpot's IllegalAccessException. */
        /**
         * Resolving a method by name fails like an unresolvable one (noSuchText) when the member is not
         * accessible, as in HotSpot; fields and reflected members report "member is private: ...".
         */
        private void checkAccess(Class<?> refc, Member m, String memberText, String noSuchText)
                throws IllegalAccessException {
            if (!isClassAccessible(refc)) {
                throw new IllegalAccessException("symbolic reference class is not accessible: " + refc + ", from "
                        + describe());
            }
            int mods = m.getModifiers();
            Class<?> declaring = m.getDeclaringClass();
            boolean allowed;
            if (allowedModes == UNCONDITIONAL || (allowedModes & PACKAGE) == 0) {
                allowed = Modifier.isPublic(mods) && Modifier.isPublic(declaring.getModifiers())
                        && Modifier.isPublic(refc.getModifiers());
            } else if ((allowedModes & PRIVATE) == 0) {
                allowed = !Modifier.isPrivate(mods) && (lookupClass == declaring
                        || Reflection.verifyMemberAccess(lookupClass, declaring, mods));
            } else {
                allowed = lookupClass == declaring || Reflection.verifyMemberAccess(lookupClass, declaring, mods);
            }
            if (!allowed && noSuchText != null) {
                throw new IllegalAccessException(noSuchText);
            }
            if (!allowed) {
                String what = Modifier.isPrivate(mods) ? "member is private"
                        : Modifier.isProtected(mods) ? "member is protected"
                        : Modifier.isPublic(mods) ? "class is not public" : "member is private to package";
                throw new IllegalAccessException(what + ": " + memberText + ", from " + describe());
            }
        }
    }

    // ---- Leaf handles ----

    public static MethodHandle constant(Class<?> type, Object value) {
        if (type == void.class) {
            throw new IllegalArgumentException("void type");
        }
        Object converted = type.isPrimitive() ? primitiveValue(type, value) : type.cast(value);
        return new Adapters.Constant(MethodType.methodType(type), converted);
    }

    /** value as the wrapper of primitive `type`, converted as HotSpot's Wrapper.convert does. */
    private static Object primitiveValue(Class<?> type, Object value) {
        if (value == null) {
            throw new NullPointerException("Cannot invoke \"Object.getClass()\" because \"x\" is null");
        }
        Object converted = Reflection.widen(value, type);
        if (converted == null) {
            throw new ClassCastException(Reflection.wrapperOf(type) + " is not compatible with " + value.getClass());
        }
        return converted;
    }

    public static MethodHandle identity(Class<?> type) {
        MethodType.methodType(type, type); // rejects void like HotSpot
        return new Adapters.Identity(type);
    }

    public static MethodHandle zero(Class<?> type) {
        return new Adapters.Constant(MethodType.methodType(type), ValueConversions.zero(type));
    }

    public static MethodHandle empty(MethodType type) {
        return new Adapters.Constant(type, ValueConversions.zero(type.returnType()));
    }

    public static MethodHandle throwException(Class<?> returnType, Class<? extends Throwable> exType) {
        return new Adapters.Throw(MethodType.methodType(returnType, exType));
    }

    public static VarHandle arrayElementVarHandle(Class<?> arrayClass) throws IllegalArgumentException {
        return VarHandles.forArray(arrayClass);
    }

    public static MethodHandle arrayElementGetter(Class<?> arrayClass) {
        Class<?> component = arrayComponent(arrayClass);
        return new Adapters.ArrayAccess(MethodType.methodType(component, arrayClass, int.class),
                Adapters.ArrayAccess.GET, component);
    }

    public static MethodHandle arrayElementSetter(Class<?> arrayClass) {
        Class<?> component = arrayComponent(arrayClass);
        return new Adapters.ArrayAccess(MethodType.methodType(void.class, arrayClass, int.class, component),
                Adapters.ArrayAccess.SET, component);
    }

    public static MethodHandle arrayLength(Class<?> arrayClass) {
        Class<?> component = arrayComponent(arrayClass);
        return new Adapters.ArrayAccess(MethodType.methodType(int.class, arrayClass), Adapters.ArrayAccess.LENGTH,
                component);
    }

    public static MethodHandle arrayConstructor(Class<?> arrayClass) {
        Class<?> component = arrayComponent(arrayClass);
        return new Adapters.ArrayAccess(MethodType.methodType(arrayClass, int.class), Adapters.ArrayAccess.NEW,
                component);
    }

    private static Class<?> arrayComponent(Class<?> arrayClass) {
        if (!arrayClass.isArray()) {
            throw new IllegalArgumentException("not an array: " + arrayClass);
        }
        return arrayClass.getComponentType();
    }

    public static MethodHandle exactInvoker(MethodType type) {
        return new Invoker(type, true);
    }

    public static MethodHandle invoker(MethodType type) {
        return new Invoker(type, false);
    }

    /** exactInvoker / invoker: calls its leading MethodHandle argument with the rest. */
    private static final class Invoker extends MethodHandle {
        private final MethodType targetType;
        private final boolean exact;

        Invoker(MethodType targetType, boolean exact) {
            super(targetType.insertParameterTypes(0, MethodHandle.class));
            this.targetType = targetType;
            this.exact = exact;
        }

        Object invokeBoxed(Object[] args) throws Throwable {
            MethodHandle target = (MethodHandle) args[0];
            if (target == null) {
                throw new NullPointerException();
            }
            Object[] rest = Arrays.copyOfRange(args, 1, args.length);
            if (target.type().equals(targetType)) {
                return target.invokeBoxed(rest);
            }
            if (exact) {
                throw new WrongMethodTypeException("expected " + target.type() + " but found " + targetType);
            }
            return target.asType(targetType).invokeBoxed(rest);
        }
    }

    // ---- Combinators ----

    public static MethodHandle explicitCastArguments(MethodHandle target, MethodType newType) {
        if (newType.parameterCount() != target.type().parameterCount()) {
            throw new WrongMethodTypeException("cannot explicitly cast " + target + " to " + newType);
        }
        return newType.equals(target.type()) ? target : new Adapters.Convert(target, newType, true);
    }

    public static MethodHandle insertArguments(MethodHandle target, int pos, Object... values) {
        MethodType type = target.type();
        int outargs = type.parameterCount();
        int inargs = outargs - values.length;
        if (inargs < 0) {
            throw new IllegalArgumentException("too many values to insert");
        }
        if (pos < 0 || pos > inargs) {
            throw new IllegalArgumentException("no argument type to append");
        }
        Object[] converted = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            Class<?> ptype = type.parameterType(pos + i);
            Object value = values[i];
            if (ptype.isPrimitive()) {
                converted[i] = primitiveValue(ptype, value);
            } else {
                converted[i] = ptype.cast(value);
            }
        }
        return new Adapters.Insert(target, pos, converted);
    }

    public static MethodHandle dropArguments(MethodHandle target, int pos, List<Class<?>> valueTypes) {
        return dropArguments(target, pos, valueTypes.toArray(new Class<?>[0]));
    }

    public static MethodHandle dropArguments(MethodHandle target, int pos, Class<?>... valueTypes) {
        MethodType oldType = target.type();
        int outargs = oldType.parameterCount();
        int inargs = outargs + valueTypes.length;
        if (pos < 0 || pos > outargs) {
            throw new IllegalArgumentException("no argument type to remove"
                    + Arrays.asList(oldType, pos, Arrays.asList(valueTypes), inargs, outargs));
        }
        for (Class<?> t : valueTypes) {
            if (t == void.class) {
                throw new IllegalArgumentException("parameter type cannot be void");
            }
        }
        return valueTypes.length == 0 ? target : new Adapters.Drop(target, pos, valueTypes.clone());
    }

    public static MethodHandle dropReturn(MethodHandle target) {
        MethodType type = target.type();
        return type.returnType() == void.class ? target : target.asType(type.changeReturnType(void.class));
    }

    public static MethodHandle filterReturnValue(MethodHandle target, MethodHandle filter) {
        MethodType targetType = target.type();
        MethodType filterType = filter.type();
        Class<?> rtype = targetType.returnType();
        int filterValues = filterType.parameterCount();
        if (filterValues == 0 ? rtype != void.class : filterValues != 1 || rtype != filterType.parameterType(0)) {
            throw new IllegalArgumentException("target and filter types do not match: " + targetType + ", "
                    + filterType);
        }
        return new Adapters.FilterReturn(target, filter);
    }

    public static MethodHandle filterArguments(MethodHandle target, int pos, MethodHandle... filters) {
        MethodType targetType = target.type();
        if (pos < 0 || pos + filters.length > targetType.parameterCount()) {
            throw new IllegalArgumentException("too many filters");
        }
        MethodType newType = targetType;
        for (int i = 0; i < filters.length; i++) {
            MethodHandle filter = filters[i];
            if (filter == null) {
                continue;
            }
            MethodType ft = filter.type();
            if (ft.parameterCount() != 1 || ft.returnType() != targetType.parameterType(pos + i)) {
                throw new IllegalArgumentException("target and filter types do not match: " + targetType + ", " + ft);
            }
            newType = newType.changeParameterType(pos + i, ft.parameterType(0));
        }
        return new Adapters.FilterArguments(newType, target, pos, filters.clone());
    }

    public static MethodHandle foldArguments(MethodHandle target, MethodHandle combiner) {
        return foldArguments(target, 0, combiner);
    }

    public static MethodHandle foldArguments(MethodHandle target, int pos, MethodHandle combiner) {
        MethodType targetType = target.type();
        MethodType combinerType = combiner.type();
        boolean hasValue = combinerType.returnType() != void.class;
        int foldVals = hasValue ? 1 : 0;
        int afterInsertPos = pos + foldVals;
        boolean ok = targetType.parameterCount() >= afterInsertPos + combinerType.parameterCount();
        if (ok && hasValue) {
            ok = combinerType.returnType() == targetType.parameterType(pos);
        }
        for (int i = 0; ok && i < combinerType.parameterCount(); i++) {
            ok = combinerType.parameterType(i) == targetType.parameterType(afterInsertPos + i);
        }
        if (!ok) {
            throw new IllegalArgumentException("target and combiner types must match: " + targetType + " != "
                    + combinerType);
        }
        MethodType newType = hasValue ? targetType.dropParameterTypes(pos, pos + 1) : targetType;
        return new Adapters.Fold(newType, target, pos, combiner);
    }

    public static MethodHandle permuteArguments(MethodHandle target, MethodType newType, int... reorder) {
        MethodType oldType = target.type();
        if (reorder.length != oldType.parameterCount()) {
            throw new IllegalArgumentException("old type parameter count and reorder array length do not match: "
                    + oldType + ", " + Arrays.toString(reorder));
        }
        if (newType.returnType() != oldType.returnType()) {
            throw new IllegalArgumentException("return types do not match: " + oldType + ", " + newType);
        }
        for (int i = 0; i < reorder.length; i++) {
            int j = reorder[i];
            if (j < 0 || j >= newType.parameterCount()) {
                throw new IllegalArgumentException("index is out of bounds for new type: " + j + ", " + newType);
            }
            if (newType.parameterType(j) != oldType.parameterType(i)) {
                throw new IllegalArgumentException("parameter types do not match after reorder: " + oldType + ", "
                        + newType);
            }
        }
        return new Adapters.Permute(newType, target, reorder.clone());
    }

    public static MethodHandle guardWithTest(MethodHandle test, MethodHandle target, MethodHandle fallback) {
        MethodType gtype = test.type();
        MethodType ttype = target.type();
        MethodType ftype = fallback.type();
        if (!ttype.equals(ftype)) {
            throw new IllegalArgumentException("target and fallback types must match: " + ttype + " != " + ftype);
        }
        boolean prefix = gtype.returnType() == boolean.class && gtype.parameterCount() <= ttype.parameterCount();
        for (int i = 0; prefix && i < gtype.parameterCount(); i++) {
            prefix = gtype.parameterType(i) == ttype.parameterType(i);
        }
        if (!prefix) {
            throw new IllegalArgumentException("target and test types must match: " + ttype + " != " + gtype);
        }
        return new Adapters.Guard(test, target, fallback);
    }

    public static MethodHandle catchException(MethodHandle target, Class<? extends Throwable> exType,
            MethodHandle handler) {
        MethodType ttype = target.type();
        MethodType htype = handler.type();
        boolean ok = htype.parameterCount() >= 1 && htype.parameterType(0).isAssignableFrom(exType)
                && htype.returnType() == ttype.returnType() && htype.parameterCount() - 1 <= ttype.parameterCount();
        for (int i = 1; ok && i < htype.parameterCount(); i++) {
            ok = htype.parameterType(i) == ttype.parameterType(i - 1);
        }
        if (!ok) {
            throw new IllegalArgumentException("target and handler types must match: " + ttype + " != " + htype);
        }
        return new Adapters.Catch(target, exType, handler);
    }

    public static MethodHandle spreadInvoker(MethodType type, int leadingArgCount) {
        return invoker(type).asSpreader(Object[].class, type.parameterCount() - leadingArgCount);
    }
}
