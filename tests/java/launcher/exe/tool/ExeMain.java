// Main-Class of exe.jar: runs with `-jar exe.jar`, loading further classes (a nested class and a
// class in a sub-package) from the same jar.
package tool;

import tool.util.Strings;

public class ExeMain {
    static class Counter {
        int count;
    }

    public static void main(String[] args) {
        Counter c = new Counter();
        for (String a : args) c.count += a.length();
        System.out.println("ExeMain from jar: " + args.length + " args, " + c.count + " chars, " + Strings.shout("done"));
        System.out.println("class " + ExeMain.class.getName() + " nested " + Counter.class.getName());
    }
}
