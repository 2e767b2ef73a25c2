// RegisterNatives and UnregisterNatives: binding natives by table (from JNI_OnLoad and later),
// overriding a method already linked by name, methods declared in a superclass, rebinding after
// UnregisterNatives, and the errors for unknown or non-native methods.
public class JniRegisterNatives {
    static { System.loadLibrary("JniRegisterNatives"); }

    static native int registeredAtLoad(int x);        // only RegisterNatives binds it (no Java_ symbol)
    static native String linkedByName();             // Java_ symbol exists; later overridden
    native String instanceMethod(String prefix);
    static native int register(int which);           // registers table `which`; returns RegisterNatives' result
    static native int unregister();
    static native String tryRegisterOn(Class<?> c, String name, String sig);

    static class Base {
        static native int inherited(int x);
    }

    static class Derived extends Base {}

    static int notNative(int x) { return x; }

    public static void main(String[] args) {
        System.out.println(registeredAtLoad(5));
        System.out.println(linkedByName());
        System.out.println(new JniRegisterNatives().instanceMethod("hello"));
        System.out.println("register override: " + register(1));
        System.out.println(linkedByName());
        System.out.println(registeredAtLoad(5));
        System.out.println("register on subclass: " + register(2));
        System.out.println(Base.inherited(10));
        System.out.println("unregister: " + unregister());
        System.out.println(linkedByName());            // linked by name again
        try {
            System.out.println(registeredAtLoad(5));
        } catch (UnsatisfiedLinkError e) {
            System.out.println("after unregister: " + e);
        }
        System.out.println("register again: " + register(0));
        System.out.println(registeredAtLoad(6));
        System.out.println(tryRegisterOn(JniRegisterNatives.class, "notNative", "(I)I"));
        System.out.println(tryRegisterOn(JniRegisterNatives.class, "noSuchMethod", "()V"));
        System.out.println(tryRegisterOn(JniRegisterNatives.class, "registeredAtLoad", "(J)I"));
        System.out.println(tryRegisterOn(Derived.class, "inherited", "(I)I"));
    }
}
