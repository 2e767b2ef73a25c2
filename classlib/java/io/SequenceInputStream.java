// Reads several input streams one after another, closing each as it is exhausted.
package java.io;

import java.util.Enumeration;
import java.util.Objects;

public class SequenceInputStream extends InputStream {

    private final Enumeration<? extends InputStream> streams;
    private InputStream current;

    public SequenceInputStream(Enumeration<? extends InputStream> e) {
        this.streams = e;
        peekNextStream();
    }

    public SequenceInputStream(InputStream s1, InputStream s2) {
        this(new Enumeration<InputStream>() {
            private int index;

            public boolean hasMoreElements() {
                return index < 2;
            }

            public InputStream nextElement() {
                return index++ == 0 ? s1 : s2;
            }
        });
    }

    private void nextStream() throws IOException {
        if (current != null) {
            current.close();
        }
        peekNextStream();
    }

    private void peekNextStream() {
        if (streams.hasMoreElements()) {
            current = streams.nextElement();
            if (current == null) {
                throw new NullPointerException();
            }
        } else {
            current = null;
        }
    }

    @Override
    public int available() throws IOException {
        return current == null ? 0 : current.available();
    }

    @Override
    public int read() throws IOException {
        while (current != null) {
            int c = current.read();
            if (c != -1) {
                return c;
            }
            nextStream();
        }
        return -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (current == null) {
            return -1;
        }
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        do {
            int n = current.read(b, off, len);
            if (n > 0) {
                return n;
            }
            nextStream();
        } while (current != null);
        return -1;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        while (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
            peekNextStream();
        }
        if (failure != null) {
            throw failure;
        }
    }
}
