// Version 1 of the library that Main is compiled against.
public class Lib implements Runnable {
    public Lib() {}

    public Lib(int x) {}

    public static int compute(int x) {
        return x * 2;
    }

    public String greet(String who) {
        return "hello " + who;
    }

    public void run() {}

    public static long stable() {
        return 1L;
    }
}
