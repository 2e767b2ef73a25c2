// BufferedReader.lines(): lazy line streams over a reader.
import java.io.*;
import java.util.*;
import java.util.stream.*;

public class BufferedReaderLines {
    public static void main(String[] args) throws IOException {
        String text = "alpha beta\n\ngamma\r\ndelta epsilon zeta\nlast";
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            System.out.println(reader.lines().toList());
        }
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            System.out.println(reader.lines().filter(l -> !l.isEmpty()).mapToInt(l -> l.split(" ").length).sum());
        }
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            System.out.println(reader.lines().limit(1).findFirst().orElse("none") + " / next line: " + reader.readLine());
        }
        try (BufferedReader reader = new BufferedReader(new StringReader(""))) {
            System.out.println(reader.lines().count());
        }
        try (BufferedReader reader = new BufferedReader(new StringReader("3\n1\n2\n"))) {
            System.out.println(reader.lines().map(Integer::parseInt).sorted().collect(Collectors.toList()));
        }
        Iterator<String> it = new BufferedReader(new StringReader("x\ny")).lines().iterator();
        System.out.println(it.next() + it.next() + it.hasNext());
        BufferedReader closed = new BufferedReader(new StringReader("data"));
        closed.close();
        try {
            closed.lines().count();
        } catch (UncheckedIOException e) {
            System.out.println("UncheckedIOException caused by " + e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
        }
    }
}
