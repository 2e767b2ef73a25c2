// Class mirrors: naming, hierarchy queries, enum constants and array types. The VM allocates
// mirrors without running a constructor and injects a hidden field pointing at its own class data.
package java.lang;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.internal.reflect.AnnotationParser;
import jdk.internal.reflect.AnnotationType;
import jdk.internal.reflect.Reflection;

public final class Class<T> implements java.io.Serializable, java.lang.reflect.Type, AnnotatedElement {

    private static final int ANNOTATION = 0x00002000;
    private static final int ENUM = 0x00004000;
    private static final int SYNTHETIC = 0x00001000;

    // Caches, all filled lazily: mirrors are created by the VM with every field null.
    private transient String name;
    private transient T[] enumConstants;
    private transient Map<String, T> enumConstantDirectory;
    // Reflection caches: the "root" objects; the public API hands out copies.
    private transient Field[] declaredFields;
    private transient Method[] declaredMethods;
    private transient Constructor<T>[] declaredConstructors;
    private transient Map<Class<? extends Annotation>, Annotation> declaredAnnotations;
    private transient Map<Class<? extends Annotation>, Annotation> annotations;

    private Class() {}

    // ---- Natives (see classlib/README.md) ----

    private native String initClassName();

    public native boolean isInstance(Object obj);

    public native boolean isAssignableFrom(Class<?> cls);

    public native boolean isInterface();

    public native boolean isArray();

    public native boolean isPrimitive();

    public native Class<? super T> getSuperclass();

    public native Class<?> getComponentType();

    public native int getModifiers();

    private native Class<?>[] getInterfaces0();

    private native String getSimpleBinaryName0();

    private native Class<?> getDeclaringClass0();

    static native Class<?> getPrimitiveClass(String name);

    /** Loads through `loader` (null: the bootstrap loader), as HotSpot's JVM_FindClassFromCaller. */
    private static native Class<?> forName0(String name, boolean initialize, ClassLoader loader,
            Class<?> caller) throws ClassNotFoundException;

    private static native Class<?> callerClass0();

    public native boolean desiredAssertionStatus();

    private native Object[] getEnumConstants0();

    native ClassLoader getClassLoader0();

    // ---- Loading ----

    public static Class<?> forName(String className) throws ClassNotFoundException {
        if (className == null) {
            throw new NullPointerException();
        }
        Class<?> caller = callerClass0();
        ClassLoader loader = caller == null ? null : caller.getClassLoader0();
        return forName0(className, true, loader, caller);
    }

    public static Class<?> forName(String name, boolean initialize, ClassLoader loader)
            throws ClassNotFoundException {
        if (name == null) {
            throw new NullPointerException();
        }
        return forName0(name, initialize, loader, callerClass0());
    }

    /** java.base for the class library, the unnamed module otherwise (see Module). */
    public Module getModule() {
        return Module.of(this);
    }

    public ClassLoader getClassLoader() {
        return getClassLoader0();
    }

    // ---- Names ----

    public String getName() {
        String n = name;
        if (n == null) {
            n = initClassName();
            name = n;
        }
        return n;
    }

    public String toString() {
        String kind = isInterface() ? "interface " : isPrimitive() ? "" : "class ";
        return kind + getName();
    }

    public String getSimpleName() {
        if (isArray()) {
            return getComponentType().getSimpleName() + "[]";
        }
        if (isPrimitive()) {
            return getName();
        }
        String simple = getSimpleBinaryName0();
        if (simple == null) {
            String n = getName();
            return n.substring(n.lastIndexOf('.') + 1);
        }
        return simple;
    }

    public String getTypeName() {
        if (isArray()) {
            Class<?> element = this;
            int dimensions = 0;
            while (element.isArray()) {
                dimensions++;
                element = element.getComponentType();
            }
            StringBuilder sb = new StringBuilder(element.getName());
            for (int i = 0; i < dimensions; i++) {
                sb.append("[]");
            }
            return sb.toString();
        }
        return getName();
    }

    public String getCanonicalName() {
        if (isArray()) {
            String component = getComponentType().getCanonicalName();
            return component == null ? null : component + "[]";
        }
        if (isPrimitive()) {
            return getName();
        }
        String simple = getSimpleBinaryName0();
        if (simple == null) {
            return getName();
        }
        Class<?> declaring = getDeclaringClass0();
        if (declaring == null) {
            return null; // local or anonymous
        }
        String outer = declaring.getCanonicalName();
        return outer == null ? null : outer + "." + simple;
    }

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return "java.lang";
        }
        String n = c.getName();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(0, dot).intern();
    }

    public String descriptorString() {
        if (isPrimitive()) {
            switch (getName()) {
                case "int": return "I";
                case "long": return "J";
                case "boolean": return "Z";
                case "byte": return "B";
                case "char": return "C";
                case "short": return "S";
                case "float": return "F";
                case "double": return "D";
                default: return "V";
            }
        }
        if (isArray()) {
            return "[" + getComponentType().descriptorString();
        }
        return "L" + getName().replace('.', '/') + ";";
    }

    // ---- Nesting ----

    /** Local and anonymous classes carry an EnclosingMethod attribute. */
    private boolean isLocalOrAnonymousClass() {
        return !isArray() && !isPrimitive() && Reflection.enclosingMethodInfo(this) != null;
    }

    public boolean isAnonymousClass() {
        return isLocalOrAnonymousClass() && "".equals(getSimpleBinaryName0());
    }

    public boolean isLocalClass() {
        if (!isLocalOrAnonymousClass()) {
            return false;
        }
        String simple = getSimpleBinaryName0();
        return simple != null && !simple.isEmpty();
    }

    public boolean isMemberClass() {
        return !isArray() && !isPrimitive() && !isLocalOrAnonymousClass() && getDeclaringClass0() != null;
    }

    public Class<?> getDeclaringClass() {
        if (isArray() || isPrimitive() || isLocalOrAnonymousClass()) {
            return null;
        }
        return getDeclaringClass0();
    }

    public Class<?> getEnclosingClass() {
        if (isArray() || isPrimitive()) {
            return null;
        }
        Object[] info = Reflection.enclosingMethodInfo(this);
        if (info != null) {
            return (Class<?>) info[0];
        }
        return getDeclaringClass0();
    }

    public Method getEnclosingMethod() {
        Object[] info = isArray() || isPrimitive() ? null : Reflection.enclosingMethodInfo(this);
        if (info == null || info[1] == null || "<init>".equals(info[1]) || "<clinit>".equals(info[1])) {
            return null;
        }
        Class<?> enclosing = (Class<?>) info[0];
        for (Method m : enclosing.declaredMethodRoots()) {
            if (m.getName().equals(info[1])
                    && Reflection.methodDescriptor(enclosing, Reflection.factory().slotOf(m)).equals(info[2])) {
                return Reflection.factory().copy(m);
            }
        }
        throw new InternalError("Enclosing method not found");
    }

    public Constructor<?> getEnclosingConstructor() {
        Object[] info = isArray() || isPrimitive() ? null : Reflection.enclosingMethodInfo(this);
        if (info == null || !"<init>".equals(info[1])) {
            return null;
        }
        Class<?> enclosing = (Class<?>) info[0];
        for (Constructor<?> c : enclosing.declaredConstructorRoots()) {
            if (Reflection.methodDescriptor(enclosing, Reflection.factory().slotOf(c)).equals(info[2])) {
                return copyConstructor(c);
            }
        }
        throw new InternalError("Enclosing constructor not found");
    }

    public Class<?>[] getDeclaredClasses() {
        return Reflection.declaredClasses(this);
    }

    public Class<?>[] getClasses() {
        List<Class<?>> list = new ArrayList<>();
        for (Class<?> c = this; c != null; c = c.getSuperclass()) {
            for (Class<?> member : Reflection.declaredClasses(c)) {
                if (Modifier.isPublic(member.getModifiers())) {
                    list.add(member);
                }
            }
        }
        return list.toArray(new Class<?>[0]);
    }

    public Class<?> getNestHost() {
        return this;
    }

    // ---- Hierarchy and kinds ----

    public Class<?>[] getInterfaces() {
        Class<?>[] interfaces = getInterfaces0();
        return interfaces.clone();
    }

    public boolean isAnnotation() {
        return (getModifiers() & ANNOTATION) != 0;
    }

    public boolean isSynthetic() {
        return (getModifiers() & SYNTHETIC) != 0;
    }

    public boolean isEnum() {
        return (getModifiers() & ENUM) != 0 && getSuperclass() == Enum.class;
    }

    public boolean isRecord() {
        return getSuperclass() == Record.class && (getModifiers() & java.lang.reflect.Modifier.FINAL) != 0
                && Reflection.recordComponentCount(this) >= 0;
    }

    public RecordComponent[] getRecordComponents() {
        if (!isRecord()) {
            return null;
        }
        int count = Reflection.recordComponentCount(this);
        RecordComponent[] components = new RecordComponent[count];
        for (int i = 0; i < count; i++) {
            components[i] = Reflection.factory().newRecordComponent(this, i);
        }
        return components;
    }

    public boolean isSealed() {
        return !isArray() && !isPrimitive() && Reflection.permittedSubclasses(this) != null;
    }

    public Class<?>[] getPermittedSubclasses() {
        if (isArray() || isPrimitive()) {
            return null;
        }
        return Reflection.permittedSubclasses(this);
    }

    public boolean isHidden() {
        return false;
    }

    public Class<?> componentType() {
        return isArray() ? getComponentType() : null;
    }

    public Class<?> arrayType() {
        if (this == void.class) {
            throw new IllegalArgumentException();
        }
        String arrayName;
        if (isPrimitive()) {
            arrayName = "[" + descriptorString();
        } else if (isArray()) {
            arrayName = "[" + getName();
        } else {
            arrayName = "[L" + getName() + ";";
        }
        try {
            return forName0(arrayName, false, getClassLoader0(), this);
        } catch (ClassNotFoundException e) {
            throw new InternalError(e);
        }
    }

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        }
        return (T) obj;
    }

    @SuppressWarnings("unchecked")
    public <U> Class<? extends U> asSubclass(Class<U> clazz) {
        if (clazz.isAssignableFrom(this)) {
            return (Class<? extends U>) this;
        }
        throw new ClassCastException(this.toString());
    }

    // ---- Enums ----

    public T[] getEnumConstants() {
        T[] constants = getEnumConstantsShared();
        return constants == null ? null : constants.clone();
    }

    /** The shared, never-modified array of an enum's constants, or null for other classes. */
    @SuppressWarnings("unchecked")
    T[] getEnumConstantsShared() {
        T[] constants = enumConstants;
        if (constants == null) {
            if (!isEnum()) {
                return null;
            }
            constants = (T[]) getEnumConstants0();
            enumConstants = constants;
        }
        return constants;
    }

    /** Name to constant, used by Enum.valueOf. */
    Map<String, T> enumConstantDirectory() {
        Map<String, T> directory = enumConstantDirectory;
        if (directory == null) {
            T[] universe = getEnumConstantsShared();
            if (universe == null) {
                throw new IllegalArgumentException(getName() + " is not an enum class");
            }
            directory = new HashMap<>((int) (universe.length / 0.75f) + 1);
            for (T constant : universe) {
                directory.put(((Enum<?>) constant).name(), constant);
            }
            enumConstantDirectory = directory;
        }
        return directory;
    }
    // ---- Reflection: members ----

    private Field[] declaredFieldRoots() {
        Field[] fields = declaredFields;
        if (fields == null) {
            Reflection.Factory factory = Reflection.factory();
            int count = Reflection.fieldCount(this);
            fields = new Field[count];
            for (int slot = 0; slot < count; slot++) {
                fields[slot] = factory.newField(this, slot);
            }
            declaredFields = fields;
        }
        return fields;
    }

    private Method[] declaredMethodRoots() {
        Method[] methods = declaredMethods;
        if (methods == null) {
            Reflection.Factory factory = Reflection.factory();
            List<Method> list = new ArrayList<>();
            int count = Reflection.methodCount(this);
            for (int slot = 0; slot < count; slot++) {
                String name = Reflection.methodName(this, slot);
                if (!name.equals("<init>") && !name.equals("<clinit>")) {
                    list.add(factory.newMethod(this, slot));
                }
            }
            methods = list.toArray(new Method[0]);
            declaredMethods = methods;
        }
        return methods;
    }

    @SuppressWarnings("unchecked")
    private Constructor<T>[] declaredConstructorRoots() {
        Constructor<T>[] constructors = declaredConstructors;
        if (constructors == null) {
            Reflection.Factory factory = Reflection.factory();
            List<Constructor<T>> list = new ArrayList<>();
            int count = isInterface() ? 0 : Reflection.methodCount(this);
            for (int slot = 0; slot < count; slot++) {
                if (Reflection.methodName(this, slot).equals("<init>")) {
                    list.add(factory.newConstructor(this, slot));
                }
            }
            constructors = (Constructor<T>[]) list.toArray(new Constructor<?>[0]);
            declaredConstructors = constructors;
        }
        return constructors;
    }

    private static <U> Constructor<U> copyConstructor(Constructor<U> root) {
        return Reflection.factory().copy(root);
    }

    private static Field[] copyFields(List<Field> roots) {
        Field[] copies = new Field[roots.size()];
        for (int i = 0; i < copies.length; i++) {
            copies[i] = Reflection.factory().copy(roots.get(i));
        }
        return copies;
    }

    private static Method[] copyMethods(List<Method> roots) {
        Method[] copies = new Method[roots.size()];
        for (int i = 0; i < copies.length; i++) {
            copies[i] = Reflection.factory().copy(roots.get(i));
        }
        return copies;
    }

    public Field[] getDeclaredFields() {
        return copyFields(List.of(declaredFieldRoots()));
    }

    public Field[] getFields() {
        List<Field> fields = new ArrayList<>();
        collectPublicFields(fields, new ArrayList<>());
        return copyFields(fields);
    }

    /** Declared public fields, then superinterfaces' (each once), then the superclass's. */
    private void collectPublicFields(List<Field> out, List<Class<?>> visitedInterfaces) {
        for (Field f : declaredFieldRoots()) {
            if (Modifier.isPublic(f.getModifiers())) {
                out.add(f);
            }
        }
        for (Class<?> intf : getInterfaces0()) {
            if (!visitedInterfaces.contains(intf)) {
                visitedInterfaces.add(intf);
                intf.collectPublicFields(out, visitedInterfaces);
            }
        }
        Class<?> sc = isInterface() ? null : getSuperclass();
        if (sc != null) {
            sc.collectPublicFields(out, visitedInterfaces);
        }
    }

    public Field getDeclaredField(String name) throws NoSuchFieldException {
        if (name == null) {
            throw new NullPointerException();
        }
        for (Field f : declaredFieldRoots()) {
            if (f.getName().equals(name)) {
                return Reflection.factory().copy(f);
            }
        }
        throw new NoSuchFieldException(name);
    }

    public Field getField(String name) throws NoSuchFieldException {
        if (name == null) {
            throw new NullPointerException();
        }
        Field f = searchPublicField(name);
        if (f == null) {
            throw new NoSuchFieldException(name);
        }
        return Reflection.factory().copy(f);
    }

    private Field searchPublicField(String name) {
        for (Field f : declaredFieldRoots()) {
            if (Modifier.isPublic(f.getModifiers()) && f.getName().equals(name)) {
                return f;
            }
        }
        for (Class<?> intf : getInterfaces0()) {
            Field f = intf.searchPublicField(name);
            if (f != null) {
                return f;
            }
        }
        Class<?> sc = isInterface() ? null : getSuperclass();
        return sc == null ? null : sc.searchPublicField(name);
    }

    public Method[] getDeclaredMethods() {
        return copyMethods(List.of(declaredMethodRoots()));
    }

    public Method[] getMethods() {
        return copyMethods(publicMethods());
    }

    /**
     * Public member methods: declared ones, then the superclass's, then (non-static) ones of
     * direct superinterfaces, keeping per signature only methods not overridden by another.
     */
    private List<Method> publicMethods() {
        List<Method> result = new ArrayList<>();
        for (Method m : declaredMethodRoots()) {
            if (Modifier.isPublic(m.getModifiers())) {
                mergeMethod(result, m);
            }
        }
        Class<?> sc = isInterface() ? null : getSuperclass();
        if (sc != null) {
            for (Method m : sc.publicMethods()) {
                mergeMethod(result, m);
            }
        }
        for (Class<?> intf : getInterfaces0()) {
            for (Method m : intf.publicMethods()) {
                if (!Modifier.isStatic(m.getModifiers())) {
                    mergeMethod(result, m);
                }
            }
        }
        return result;
    }

    /** Adds m unless a method with the same signature and return type already overrides it. */
    private static void mergeMethod(List<Method> list, Method m) {
        Class<?> dc = m.getDeclaringClass();
        for (int i = 0; i < list.size(); i++) {
            Method existing = list.get(i);
            if (!existing.getName().equals(m.getName()) || existing.getReturnType() != m.getReturnType()
                    || !java.util.Arrays.equals(existing.getParameterTypes(), m.getParameterTypes())) {
                continue;
            }
            Class<?> edc = existing.getDeclaringClass();
            if (existing == m) {
                return;
            }
            if (!edc.isInterface()) {
                return; // a class's method overrides everything found later
            }
            if (!dc.isInterface()) {
                list.set(i, m);
                return;
            }
            if (dc.isAssignableFrom(edc)) {
                return; // existing is declared in a more specific interface
            }
            if (edc.isAssignableFrom(dc)) {
                list.set(i, m);
                return;
            }
        }
        list.add(m);
    }

    public Method getDeclaredMethod(String name, Class<?>... parameterTypes) throws NoSuchMethodException {
        if (name == null) {
            throw new NullPointerException();
        }
        Method found = null;
        for (Method m : declaredMethodRoots()) {
            if (m.getName().equals(name) && sameParameterTypes(m.getParameterTypes(), parameterTypes)
                    && (found == null || found.getReturnType().isAssignableFrom(m.getReturnType()))) {
                found = m;
            }
        }
        if (found == null) {
            throw new NoSuchMethodException(methodToString(name, parameterTypes));
        }
        return Reflection.factory().copy(found);
    }

    public Method getMethod(String name, Class<?>... parameterTypes) throws NoSuchMethodException {
        if (name == null) {
            throw new NullPointerException();
        }
        List<Method> candidates = methodsRecursive(name, parameterTypes, true);
        Method found = null;
        for (Method m : candidates) {
            if (found == null || (found.getReturnType() != m.getReturnType()
                    && found.getReturnType().isAssignableFrom(m.getReturnType()))) {
                found = m;
            }
        }
        if (found == null) {
            throw new NoSuchMethodException(methodToString(name, parameterTypes));
        }
        return Reflection.factory().copy(found);
    }

    private List<Method> methodsRecursive(String name, Class<?>[] parameterTypes, boolean includeStatic) {
        List<Method> result = new ArrayList<>();
        for (Method m : declaredMethodRoots()) {
            if (Modifier.isPublic(m.getModifiers()) && m.getName().equals(name)
                    && (includeStatic || !Modifier.isStatic(m.getModifiers()))
                    && sameParameterTypes(m.getParameterTypes(), parameterTypes)) {
                mergeMethod(result, m);
            }
        }
        if (!result.isEmpty()) {
            return result;
        }
        Class<?> sc = isInterface() ? null : getSuperclass();
        if (sc != null) {
            result.addAll(sc.methodsRecursive(name, parameterTypes, includeStatic));
        }
        for (Class<?> intf : getInterfaces0()) {
            for (Method m : intf.methodsRecursive(name, parameterTypes, false)) {
                mergeMethod(result, m);
            }
        }
        return result;
    }

    private static boolean sameParameterTypes(Class<?>[] declared, Class<?>[] wanted) {
        if (wanted == null) {
            wanted = new Class<?>[0];
        }
        if (declared.length != wanted.length) {
            return false;
        }
        for (int i = 0; i < declared.length; i++) {
            if (declared[i] != wanted[i]) {
                return false;
            }
        }
        return true;
    }

    /** "pkg.C.name(int,java.lang.String)" as NoSuchMethodException reports it. */
    private String methodToString(String name, Class<?>[] argTypes) {
        StringBuilder sb = new StringBuilder(getName()).append('.').append(name).append('(');
        if (argTypes != null) {
            for (int i = 0; i < argTypes.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(argTypes[i] == null ? "null" : argTypes[i].getName());
            }
        }
        return sb.append(')').toString();
    }

    @SuppressWarnings("unchecked")
    public Constructor<?>[] getDeclaredConstructors() {
        Constructor<T>[] roots = declaredConstructorRoots();
        Constructor<?>[] copies = new Constructor<?>[roots.length];
        for (int i = 0; i < roots.length; i++) {
            copies[i] = copyConstructor(roots[i]);
        }
        return copies;
    }

    public Constructor<?>[] getConstructors() {
        List<Constructor<?>> list = new ArrayList<>();
        for (Constructor<T> c : declaredConstructorRoots()) {
            if (Modifier.isPublic(c.getModifiers())) {
                list.add(copyConstructor(c));
            }
        }
        return list.toArray(new Constructor<?>[0]);
    }

    public Constructor<T> getConstructor(Class<?>... parameterTypes) throws NoSuchMethodException {
        return findConstructor(parameterTypes, true);
    }

    public Constructor<T> getDeclaredConstructor(Class<?>... parameterTypes) throws NoSuchMethodException {
        return findConstructor(parameterTypes, false);
    }

    private Constructor<T> findConstructor(Class<?>[] parameterTypes, boolean publicOnly)
            throws NoSuchMethodException {
        for (Constructor<T> c : declaredConstructorRoots()) {
            if ((!publicOnly || Modifier.isPublic(c.getModifiers()))
                    && sameParameterTypes(c.getParameterTypes(), parameterTypes)) {
                return copyConstructor(c);
            }
        }
        throw new NoSuchMethodException(methodToString("<init>", parameterTypes));
    }

    @Deprecated(since = "9")
    public T newInstance() throws InstantiationException, IllegalAccessException {
        Class<?> caller = Reflection.getCallerClass();
        Constructor<T> constructor;
        try {
            constructor = getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw (InstantiationException) new InstantiationException(getName()).initCause(e);
        }
        Reflection.checkMemberAccess(caller, this, constructor.getModifiers());
        constructor.setAccessible(true);
        try {
            return constructor.newInstance();
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw Class.<RuntimeException>sneakyThrow(e.getTargetException());
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneakyThrow(Throwable t) throws E {
        throw (E) t;
    }

    // ---- Resources: a relative name is in this class's package ----

    public java.io.InputStream getResourceAsStream(String name) {
        name = resolveName(name);
        ClassLoader loader = getClassLoader0();
        if (loader != null) {
            return loader.getResourceAsStream(name);
        }
        java.net.URL url = jdk.internal.loader.BootLoader.findResource(name);
        try {
            return url != null ? url.openStream() : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    public java.net.URL getResource(String name) {
        name = resolveName(name);
        ClassLoader loader = getClassLoader0();
        return loader != null ? loader.getResource(name) : jdk.internal.loader.BootLoader.findResource(name);
    }

    private String resolveName(String name) {
        if (name.startsWith("/")) {
            return name.substring(1);
        }
        String baseName = getPackageName();
        return baseName.isEmpty() ? name : baseName.replace('.', '/') + "/" + name;
    }

    // ---- Reflection: annotations ----

    private Map<Class<? extends Annotation>, Annotation> declaredAnnotationMap() {
        Map<Class<? extends Annotation>, Annotation> map = declaredAnnotations;
        if (map == null) {
            byte[] raw = isArray() || isPrimitive() ? null
                    : Reflection.rawAnnotations(this, Reflection.CLASS_ANNOTATIONS, 0);
            map = AnnotationParser.parseAnnotations(raw, this);
            declaredAnnotations = map;
        }
        return map;
    }

    /** Declared annotations after the @Inherited ones of the superclass chain. */
    private Map<Class<? extends Annotation>, Annotation> annotationMap() {
        Map<Class<? extends Annotation>, Annotation> map = annotations;
        if (map == null) {
            Class<?> sc = isInterface() || isArray() || isPrimitive() ? null : getSuperclass();
            if (sc == null) {
                map = declaredAnnotationMap();
            } else {
                map = new LinkedHashMap<>();
                for (Map.Entry<Class<? extends Annotation>, Annotation> e : sc.annotationMap().entrySet()) {
                    if (AnnotationType.getInstance(e.getKey()).isInherited()) {
                        map.put(e.getKey(), e.getValue());
                    }
                }
                map.putAll(declaredAnnotationMap());
            }
            annotations = map;
        }
        return map;
    }

    public <A extends Annotation> A getAnnotation(Class<A> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        return annotationClass.cast(annotationMap().get(annotationClass));
    }

    public boolean isAnnotationPresent(Class<? extends Annotation> annotationClass) {
        return getAnnotation(annotationClass) != null;
    }

    public Annotation[] getAnnotations() {
        return AnnotationParser.toArray(annotationMap());
    }

    public <A extends Annotation> A getDeclaredAnnotation(Class<A> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        return annotationClass.cast(declaredAnnotationMap().get(annotationClass));
    }

    public Annotation[] getDeclaredAnnotations() {
        return AnnotationParser.toArray(declaredAnnotationMap());
    }
}
