// Buffered and in-memory streams: BufferedReader (readLine over \n, \r, \r\n; read(char[]);
// ready; mark/reset and its limits; skip), BufferedWriter.newLine, PrintWriter over a
// StringWriter, CharArrayReader/Writer, StringReader, PushbackInputStream/Reader,
// SequenceInputStream, BufferedInputStream mark/reset and closed-stream errors.
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayReader;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;

public class BufferedIo {
    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new StringReader("alpha\nbeta\r\ngamma\rdelta\n\nlast"), 4);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            System.out.println("[" + line + "] ready=" + reader.ready());
        }
        System.out.println("after end " + reader.readLine() + " " + reader.read());
        reader.close();
        try {
            reader.readLine();
        } catch (IOException e) {
            System.out.println("closed: " + e.getMessage());
        }

        BufferedReader marks = new BufferedReader(new StringReader("0123456789abcdef"));
        System.out.println("mark supported " + marks.markSupported());
        char[] buf = new char[5];
        System.out.println("read " + marks.read(buf) + " " + new String(buf));
        marks.mark(3);
        System.out.println("next " + (char) marks.read() + (char) marks.read());
        marks.reset();
        System.out.println("after reset " + (char) marks.read() + " skip " + marks.skip(3) + " then " + (char) marks.read());
        marks.mark(2);
        marks.read(new char[10], 0, 10);
        try {
            marks.reset();
            System.out.println("reset unexpectedly worked");
        } catch (IOException e) {
            System.out.println("reset: " + e.getMessage());
        }
        try {
            marks.mark(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("mark: " + e.getMessage());
        }

        StringWriter sw = new StringWriter();
        BufferedWriter bw = new BufferedWriter(sw, 3);
        bw.write("one");
        bw.newLine();
        bw.write("two", 1, 2);
        bw.write('!');
        bw.newLine();
        System.out.println("before flush [" + sw + "]");
        bw.flush();
        System.out.println("after flush [" + sw.toString().replace("\n", "\\n") + "]");
        bw.close();
        try {
            bw.write("x");
        } catch (IOException e) {
            System.out.println("writer closed: " + e.getMessage());
        }

        StringWriter target = new StringWriter();
        PrintWriter pw = new PrintWriter(target);
        pw.print(42);
        pw.print(' ');
        pw.println(3.25);
        pw.println(new char[] {'o', 'k'});
        pw.append("tail").append("xyz", 1, 2).flush();
        System.out.println("printwriter [" + target.toString().replace("\n", "\\n") + "] error " + pw.checkError());

        CharArrayWriter caw = new CharArrayWriter();
        caw.write("hello world");
        caw.append('!').append("?", 0, 1).append(null);
        System.out.println("caw " + caw.size() + " " + caw + " " + Arrays.toString(caw.toCharArray()).length());
        StringWriter copy = new StringWriter();
        caw.writeTo(copy);
        caw.reset();
        System.out.println("caw reset " + caw.size() + " copy " + copy);
        CharArrayReader car = new CharArrayReader("abcdefgh".toCharArray(), 2, 4);
        System.out.println("car " + (char) car.read() + " ready " + car.ready());
        car.mark(0);
        char[] cb = new char[10];
        int n = car.read(cb, 0, 10);
        System.out.println("car read " + n + " " + new String(cb, 0, n) + " eof " + car.read());
        car.reset();
        System.out.println("car reset " + (char) car.read() + " skip " + car.skip(10));
        car.close();
        try {
            car.read();
        } catch (IOException e) {
            System.out.println("car closed: " + e.getMessage());
        }

        PushbackInputStream pis = new PushbackInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}), 2);
        int first = pis.read();
        pis.unread(first);
        pis.unread(9);
        try {
            pis.unread(10);
        } catch (IOException e) {
            System.out.println("pushback: " + e.getMessage());
        }
        byte[] pb = new byte[5];
        System.out.println("pushback read " + pis.read(pb) + " " + Arrays.toString(pb) + " avail " + pis.available() + " mark " + pis.markSupported());
        try {
            pis.reset();
        } catch (IOException e) {
            System.out.println("pushback reset: " + e.getMessage());
        }
        pis.close();
        try {
            pis.read();
        } catch (IOException e) {
            System.out.println("pushback closed: " + e.getMessage());
        }
        try {
            new PushbackInputStream(InputStream.nullInputStream(), 0);
        } catch (IllegalArgumentException e) {
            System.out.println("pushback size: " + e.getMessage());
        }
        PushbackReader pr = new PushbackReader(new StringReader("xyz"), 3);
        char c = (char) pr.read();
        pr.unread(new char[] {'a', 'b'});
        pr.unread(c);
        try {
            pr.unread('q');
        } catch (IOException e) {
            System.out.println("pushback reader: " + e.getMessage());
        }
        char[] prb = new char[6];
        System.out.println("pushback reader read " + pr.read(prb) + " " + new String(prb).trim() + " next " + pr.read());

        SequenceInputStream seq = new SequenceInputStream(new ByteArrayInputStream("ab".getBytes()), new ByteArrayInputStream("cd".getBytes()));
        byte[] sb = new byte[10];
        System.out.println("seq " + seq.read(sb, 0, 10) + " " + seq.read(sb, 2, 8) + " " + new String(sb, 0, 4) + " " + seq.read());

        BufferedInputStream bis = new BufferedInputStream(new ByteArrayInputStream(new byte[] {10, 20, 30, 40, 50}), 2);
        bis.mark(10);
        System.out.println("bis " + bis.read() + " " + bis.read() + " " + bis.read());
        bis.reset();
        System.out.println("bis reset " + bis.read() + " avail " + bis.available() + " skip " + bis.skip(2) + " " + bis.read() + " " + bis.read());
        bis.close();
        try {
            bis.read();
        } catch (IOException e) {
            System.out.println("bis closed: " + e.getMessage());
        }
        ByteArrayOutputStream baos = new ByteArrayOutputStream();
        baos.write("héllo".getBytes("UTF-8"));
        System.out.println("baos " + baos.size() + " " + baos.toString("UTF-8") + " " + baos.toString(java.nio.charset.StandardCharsets.ISO_8859_1).length());
    }
}
