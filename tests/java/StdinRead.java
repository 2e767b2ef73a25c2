// Reading standard input byte by byte with System.in.read() until -1: counts bytes, lines and
// words, decodes UTF-8 by hand, and echoes lines reversed. Input comes from StdinRead.in.
// islet-test: stdin=StdinRead.in
import java.io.IOException;

public class StdinRead {
    public static void main(String[] args) throws IOException {
        int b;
        int bytes = 0, lines = 0, words = 0;
        boolean inWord = false;
        StringBuilder line = new StringBuilder();
        int pendingCodePoint = 0, continuation = 0;
        while ((b = System.in.read()) != -1) {
            bytes++;
            if (continuation > 0) {
                pendingCodePoint = (pendingCodePoint << 6) | (b & 0x3f);
                if (--continuation == 0) line.appendCodePoint(pendingCodePoint);
                continue;
            }
            if (b >= 0xf0) {
                pendingCodePoint = b & 0x07;
                continuation = 3;
                continue;
            } else if (b >= 0xe0) {
                pendingCodePoint = b & 0x0f;
                continuation = 2;
                continue;
            } else if (b >= 0xc0) {
                pendingCodePoint = b & 0x1f;
                continuation = 1;
                continue;
            }
            char c = (char) b;
            if (c == '\n') {
                lines++;
                System.out.println(lines + ": " + new StringBuilder(line).reverse() + " (" + line.length() + " chars)");
                line.setLength(0);
            } else {
                line.append(c);
            }
            boolean space = c == ' ' || c == '\n' || c == '\t';
            if (!space && !inWord) words++;
            inWord = !space;
        }
        if (line.length() > 0) System.out.println("unterminated: " + line);
        System.out.println("bytes=" + bytes + " lines=" + lines + " words=" + words);
        System.out.println("read after EOF: " + System.in.read());
    }
}
