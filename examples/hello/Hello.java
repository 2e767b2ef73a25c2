// The first program a newcomer runs on islet: `make demo` compiles it with javac 17 and runs it.
import java.util.ArrayList;
import java.util.List;

public class Hello {
    interface Greeter { String greet(String name); }

    public static void main(String[] args) {
        Greeter greeter = name -> "Hello, " + name + "!";
        System.out.println(greeter.greet("islet"));
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {"class files", "an interpreter", "its own class library"}) {
            parts.add(p);
        }
        System.out.println("Running on " + System.getProperty("java.vm.name") + ": " + String.join(", ", parts));
    }
}
