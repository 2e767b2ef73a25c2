// The method handle kinds built from other handles (asType, insertArguments, dropArguments,
// filters, folds, permutations, guards, catchers, spreaders, collectors, varargs collectors) and
// the leaf kinds that need no member (constants, identity, array access, throwing). All run on
// boxed argument arrays, see MethodHandle.
package java.lang.invoke;

import java.lang.reflect.Array;

final class Adapters {

    private Adapters() {}

    /** asType: converts arguments to the target's types and the result back. */
    static final class Convert extends MethodHandle {
        private final MethodHandle target;
        private final boolean explicit;

        Convert(MethodHandle target, MethodType newType, boolean explicit) {
            super(newType);
            this.target = target;
            this.explicit = explicit;
        }

        Object invokeBoxed(Object[] args) throws Throwable {
            MethodType from = type(), to = target.type();
            Object[] converted = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                converted[i] = conversion(args[i], from.parameterType(i), to.parameterType(i));
            }
            Object result = target.invokeBoxed(converted);
            return conversion(result, to.returnType(), from.returnType());
        }

        private Object conversion(Object value, Class<?> from, Class<?> to) {
            return explicit ? ValueConversions.cast(value, from, to) : ValueConversions.convert(value, from, to);
        }
    }

    /** insertArguments / bindTo: fixed values inserted at pos. */
    static final class Insert extends MethodHandle {
        private final MethodHandle target;
        private final int pos;
        private final Object[] values;

        Insert(MethodHandle target, int pos, Object[] values) {
            super(target.type().dropParameterTypes(pos, pos + values.length));
            this.target = target;
            this.pos = pos;
            this.values = values;
        }

        Object invokeBoxed(Object[] args) throws Throwable {
            Object[] all = new Object[args.length + values.length];
            System.arraycopy(args, 0, all, 0, pos);
            System.arraycopy(values, 0, all, pos, values.length);
            System.arraycopy(args, pos, all, pos + values.length, args.length - pos);
            return target.invokeBoxed(all);
        }
    }

    /** dropArguments: ignores `count` arguments at pos. */
    static final class Drop extends MethodHandle {
        private final MethodHandle target;
        private final int pos;
        private final int count;

        Drop(MethodHandle target, int pos, Class<?>[] dropped) {
            super(target.type().insertParameterTypes(pos, dropped));
            this.target = target;
            this.pos = pos;
            this.count = dropped.length;
        }

        Object invokeBoxed(Object[] args) throws Throwable {
            Object[] kept = new Object[args.length - count];
            System.arraycopy(args, 0, kept, 0, pos);
            System.arraycopy(args, pos + count, kept, pos, kept.length - pos);
            return target.invokeBoxed(kept);
        }
    }

    /** constant, zero, empty: ignores its arguments and returns one value. */
    static final class Constant extends MethodHandle {
        private final Object value;

        Constant(MethodType type, Object value) {
            super(type);
            this.value = value;
        }

        Object invokeBoxed(Object[] args) {
            return value;
        }
    }

    /** identity: returns its only argument. */
    static final class Identity extends MethodHandle {
        Identity(Class<?> type) {
            super(MethodType.methodType(type, type));
        }

        Object invokeBoxed(Object[] args) {
            return args[0];
        }
    }

    /** filterReturnValue: filter(target(args)). */
    static final class FilterReturn extends MethodHandle {
        private final MethodHandle target;
        private final MethodHandle filter;

        FilterReturn(MethodHandle target, MethodHandle filter) {
            super(target.type().changeReturnType(filter.type().returnType()));
            this.target = target;
            this.filter = filter;
        }

        Object invokeBoxed(Object[] args) throws Throwable {
            Object result = target.invokeBoxed(args);
            return filter.invokeBoxed(target.type().returnType() == void.class ? new Object[0] : new Object[] {result});
        }
    }

    /** filterArguments: argument pos+i is replaced by filters[i](argument); null filters skip. */
    static final class FilterArguments extends MethodHandle {
        private final MethodHandle target;
        private final int pos;
        private final MethodHandle[] filters;

        FilterArguments(MethodType type, MethodHandle target, int pos, MethodHandle[] filters) {
            super(type);
            this.target = target;
            this.pos = pos;
            this.filters = filters;
        }

        Object invokeBoxed(Object[] args) throws Throwable {
            Object[] filtered = args.clone();
            for (int i = 0; i < filters.length; i++) {
                if (filters[i] != null) {
                    filtered[pos + i] = filters[i].invokeBoxed(new Object[] {args[pos + i]});
                }
            }
            return target.invokeBoxed(filtered);
        }
    }

    /** foldArguments: target(combiner(leading args), args...) (no inserted value for void). */
    static final class Fold extends MethodHandle {
        private final MethodHandle target;
        private final int pos;
        private final MethodHandle combiner;

        Fold(MethodType type, MethodHandle target, int pos, MethodHandle combiner) {
            super(type);
            this.target = target;
            this.pos = pos;
            this.combiner = combiner;
        }

        Object invokeBoxed(Object[] args) throws Throwable {
            int combinerArgs = combiner.type().parameterCount();
            Object[] forCombiner = new Object[combinerArgs];
            System.arraycopy(args, pos, forCombiner, 0, combinerArgs);
            Object folded = combiner.invokeBoxed(forCombiner);
            if (combiner.type().returnType() == void.class) {
                return target.invokeBoxed(args);
            }
            Object[] all = new Object[args.length + 1];
            System.arraycopy(args, 0, all, 0, pos);
            all[pos] = folded;
            System.arraycopy(args, pos, all, pos + 1, args.length - pos);
            return target.invokeBoxed(all);
        }
    }

    /** permuteArguments: target argument i is new argument reorder[i]. */
    static final class Permute extends MethodHandle {
        private final MethodHandle target;
        private final int[] reorder;

        Permute(MethodType newType, MethodHandle target, int[] reorder) {
            super(newType);
            this.target = target;
            this.reorder = reorder;
        }

        Object invokeBoxed(Object[] args) throws Throwable {
            Object[] permuted = new Object[reorder.length];
            for (int i = 0; i < reorder.length; i++) {
                permuted[i] = args[reorder[i]];
            }
            return target.invokeBoxed(permuted);
        }
    }

    /** guardWithTest: test(leading args) ? target(args) : fallback(args). */
    static final class Guard extends MethodHandle {
        private final MethodHandle test;
        private final MethodHandle target;
        private final MethodHandle fallback;

        Guard(MethodHandle test, MethodHandle target, MethodHandle fallback) {
            super(target.type());
            this.test = test;
            this.target = target;
            this.fallback = fallback;
        }

        Object invokeBoxed(Object[] args) throws Throwable {
            Object[] testArgs = new Object[test.type().parameterCount()];
            System.arraycopy(args, 0, testArgs, 0, testArgs.length);
            boolean pass = (Boolean) test.invokeBoxed(testArgs);
            return (pass ? target : fallback).invokeBoxed(args);
        }
    }

    /** catchException: target(args), or handler(exception, leading args) for exType. */
    static final class Catch extends MethodHandle {
        private final MethodHandle target;
        private final Class<? extends Throwable> exType;
        private final MethodHandle handler;

        Catch(MethodHandle target, Class<? extends Throwable> exType, MethodHandle handler) {
            super(target.type());
            this.target = target;
            this.exType = exType;
            this.handler = handler;
        }

        Object invokeBoxed(Object[] args) throws Throwable {
            try {
                return target.invokeBoxed(args);
            } catch (Throwable t) {
                if (!exType.isInstance(t)) {
                    throw t;
                }
                Object[] handlerArgs = new Object[handler.type().parameterCount()];
                handlerArgs[0] = t;
                System.arraycopy(args, 0, handlerArgs, 1, handlerArgs.length - 1);
                return handler.invokeBoxed(handlerArgs);
            }
        }
    }

    /** throwException: throws its argument. */
    static final class Throw extends MethodHandle {
        Throw(MethodType type) {
            super(type);
        }

        Object invokeBoxed(Object[] args) throws Throwable {
            throw (Throwable) args[0];
        }
    }

    /** arrayElementGetter, arrayElementSetter, arrayLength, arrayConstructor. */
    static final class ArrayAccess extends MethodHandle {
        static final int GET = 0, SET = 1, LENGTH = 2, NEW = 3;
        private final int kind;
        private final Class<?> componentType;

        ArrayAccess(MethodType type, int kind, Class<?> componentType) {
            super(type);
            this.kind = kind;
            this.componentType = componentType;
        }

        Object invokeBoxed(Object[] args) {
            switch (kind) {
                case GET:
                    return element(args[0], (Integer) args[1]);
                case SET:
                    store(args[0], (Integer) args[1], args[2]);
                    return null;
                case LENGTH:
                    if (args[0] == null) {
                        throw new NullPointerException();
                    }
                    return Array.getLength(args[0]);
                default:
                    return Array.newInstance(componentType, (Integer) args[0]);
            }
        }

        private static Object element(Object array, int index) {
            if (array instanceof Object[]) return ((Object[]) array)[index];
            if (array instanceof int[]) return ((int[]) array)[index];
            if (array instanceof long[]) return ((long[]) array)[index];
            if (array instanceof double[]) return ((double[]) array)[index];
            if (array instanceof byte[]) return ((byte[]) array)[index];
            if (array instanceof char[]) return ((char[]) array)[index];
            if (array instanceof short[]) return ((short[]) array)[index];
            if (array instanceof float[]) return ((float[]) array)[index];
            if (array instanceof boolean[]) return ((boolean[]) array)[index];
            throw new NullPointerException();
        }

        private static void store(Object array, int index, Object value) {
            if (array instanceof Object[]) ((Object[]) array)[index] = value;
            else if (array instanceof int[]) ((int[]) array)[index] = (Integer) value;
            else if (array instanceof long[]) ((long[]) array)[index] = (Long) value;
            else if (array instanceof double[]) ((double[]) array)[index] = (Double) value;
            else if (array instanceof byte[]) ((byte[]) array)[index] = (Byte) value;
            else if (array instanceof char[]) ((char[]) array)[index] = (Character) value;
            else if (array instanceof short[]) ((short[]) array)[index] = (Short) value;
            else if (array instanceof float[]) ((float[]) array)[index] = (Float) value;
            else if (array instanceof boolean[]) ((boolean[]) array)[index] = (Boolean) value;
            else throw new NullPointerException();
        }
    }

    /** asSpreader: one array argument at pos stands for `length` target arguments. */
    static final class Spread extends MethodHandle {
        private final MethodHandle target;
        private final int pos;
        private final int length;

        Spread(MethodHandle target, int pos, Class<?> arrayType, int length) {
            super(spreadType(target.type(), pos, arrayType, length));
            this.target = target;
            this.pos = pos;
            this.length = length;
        }

        private static MethodType spreadType(MethodType t, int pos, Class<?> arrayType, int length) {
            return t.dropParameterTypes(pos, pos + length).insertParameterTypes(pos, arrayType);
        }

        Object invokeBoxed(Object[] args) throws Throwable {
            Object array = args[pos];
            int actual = array == null ? 0 : Array.getLength(array);
            if (actual != length) {
                throw new IllegalArgumentException("array is not of length " + length);
            }
            Class<?> component = type().parameterType(pos).getComponentType();
            Object[] all = new Object[args.length - 1 + length];
            System.arraycopy(args, 0, all, 0, pos);
            for (int i = 0; i < length; i++) {
                all[pos + i] = ValueConversions.convert(Array.get(array, i), component,
                        target.type().parameterType(pos + i));
            }
            System.arraycopy(args, pos + 1, all, pos + length, args.length - pos - 1);
            return target.invokeBoxed(all);
        }
    }

    /** asCollector: `length` arguments at pos are collected into one array argument. */
    static final class Collect extends MethodHandle {
        private final MethodHandle target;
        private final int pos;
        private final Class<?> arrayType;
        private final int length;

        Collect(MethodHandle target, int pos, Class<?> arrayType, int length) {
            super(collectType(target.type(), pos, arrayType, length));
            this.target = target;
            this.pos = pos;
            this.arrayType = arrayType;
            this.length = length;
        }

        private static MethodType collectType(MethodType t, int pos, Class<?> arrayType, int length) {
            Class<?>[] elements = new Class<?>[length];
            java.util.Arrays.fill(elements, arrayType.getComponentType());
            return t.dropParameterTypes(pos, pos + 1).insertParameterTypes(pos, elements);
        }

        Object invokeBoxed(Object[] args) throws Throwable {
            Object array = Array.newInstance(arrayType.getComponentType(), length);
            for (int i = 0; i < length; i++) {
                Array.set(array, i, args[pos + i]);
            }
            Object[] all = new Object[args.length - length + 1];
            System.arraycopy(args, 0, all, 0, pos);
            all[pos] = array;
            System.arraycopy(args, pos + length, all, pos + 1, args.length - pos - length);
            return target.invokeBoxed(all);
        }
    }

    /** asVarargsCollector: invoked exactly like its target; asType collects trailing arguments. */
    static final class VarargsCollector extends MethodHandle {
        private final MethodHandle target;
        private final Class<?> arrayType;

        VarargsCollector(MethodHandle target, Class<?> arrayType) {
            super(target.type());
            this.target = target;
            this.arrayType = arrayType;
        }

        Object invokeBoxed(Object[] args) throws Throwable {
            return target.invokeBoxed(args);
        }

        public boolean isVarargsCollector() {
            return true;
        }

        public MethodHandle asFixedArity() {
            return target;
        }

        MethodHandle asTypeUncached(MethodType newType) {
            MethodType type = type();
            int collectPos = type.parameterCount() - 1;
            int newArity = newType.parameterCount();
            if (newArity == collectPos + 1
                    && type.parameterType(collectPos).isAssignableFrom(newType.parameterType(collectPos))) {
                return target.asType(newType);
            }
            int arrayLength = newArity - collectPos;
            if (arrayLength < 0) {
                throw new WrongMethodTypeException("cannot convert " + this + " to " + newType);
            }
            return target.asCollector(arrayType, arrayLength).asType(newType);
        }
    }
}
