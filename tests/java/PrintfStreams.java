// printf/format on System.out, System.err, PrintStream over a byte array, PrintWriter over a
// StringWriter (with and without autoflush) and Formatter over an OutputStream.
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Formatter;

public class PrintfStreams {

    public static void main(String[] args) throws Exception {
        System.out.printf("%s has %d items costing %.2f%n", "cart", 3, 19.999);
        System.out.format("%-8s|%8s|%n", "left", "right");
        System.out.printf("no newline").println();
        System.out.printf("%c%c%c%n", 'a', 'b', 'c').printf("chained %d%n", 2);
        System.err.printf("error stream %x%n", 255);
        System.err.format("%s%n", "err format");
        System.out.printf("%5.1f%%%n", 99.44);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bytes, true, "UTF-8");
        ps.printf("caf\u00e9 %d%n", 1);
        ps.format("%s", "\u4e2d");
        ps.flush();
        byte[] raw = bytes.toByteArray();
        StringBuilder hex = new StringBuilder();
        for (byte b : raw) {
            hex.append(String.format("%02x", b));
        }
        System.out.println(raw.length + " bytes: " + hex);

        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.printf("%d + %d = %d", 2, 3, 5).format(" (%s)", "ok");
        pw.flush();
        System.out.println("writer: " + sw);
        StringWriter sw2 = new StringWriter();
        PrintWriter auto = new PrintWriter(sw2, true);
        auto.printf("auto %s", "flushed");
        System.out.println("auto: " + sw2);
        pw.close();
        pw.printf("after close %d", 1);
        System.out.println("checkError after close: " + pw.checkError());

        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        Formatter toStream = new Formatter(sink);
        toStream.format("%s-%s", "to", "stream");
        System.out.println("before flush: " + sink.size());
        toStream.flush();
        System.out.println("after flush: " + sink.toString("UTF-8"));
        toStream.close();

        PrintStream closed = new PrintStream(new ByteArrayOutputStream());
        closed.close();
        closed.printf("ignored %s", "x");
        System.out.println("closed stream error: " + closed.checkError());

        try {
            System.out.printf("before %s after %d%n", "arg", "oops");
        } catch (java.util.IllegalFormatConversionException e) {
            System.out.println("| caught " + e.getMessage());
        }
        System.out.printf("%s%n", (Object) new String[] {"array"}.length);
    }
}
