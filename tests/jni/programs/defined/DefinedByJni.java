// Not on the test class path: JniClasses reads this class file and defines it with DefineClass.
public class DefinedByJni {
    public static String hello(int n) {
        return "hello " + n + " from a class made by DefineClass";
    }
}
