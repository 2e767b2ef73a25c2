// Lets java.lang.Class (another package) create and copy reflection objects whose constructors
// are package-private here, through jdk.internal.reflect.Reflection's factory slot.
package java.lang.reflect;

import jdk.internal.reflect.Reflection;

final class ReflectAccess implements Reflection.Factory {

    static void install() {
        Reflection.installFactory(new ReflectAccess());
    }

    public Field newField(Class<?> declaring, int slot) {
        return new Field(declaring, slot);
    }

    public Method newMethod(Class<?> declaring, int slot) {
        return new Method(declaring, slot);
    }

    public <T> Constructor<T> newConstructor(Class<T> declaring, int slot) {
        return new Constructor<>(declaring, slot);
    }

    public Field copy(Field root) {
        return new Field(root);
    }

    public Method copy(Method root) {
        return new Method(root);
    }

    public <T> Constructor<T> copy(Constructor<T> root) {
        return new Constructor<>(root);
    }

    public int slotOf(Member member) {
        if (member instanceof Field) {
            return ((Field) member).slot();
        }
        return ((Executable) member).slot;
    }

    public RecordComponent newRecordComponent(Class<?> declaring, int index) {
        return new RecordComponent(declaring, index);
    }
}
