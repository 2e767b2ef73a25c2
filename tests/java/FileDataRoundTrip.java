// Binary files through stacked streams: DataOutputStream over BufferedOutputStream over
// FileOutputStream and back, a 200 KB file read in odd-sized chunks, skip/available on a
// file, appending, truncation on reopen, and a byte-exact copy checked by content hash.
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.Arrays;

public class FileDataRoundTrip {
    static final File DIR = new File("FileDataRoundTrip.work");

    static void clean() {
        File[] files = DIR.listFiles();
        if (files != null) {
            for (File f : files) {
                f.delete();
            }
        }
        DIR.delete();
    }

    public static void main(String[] args) throws IOException {
        clean();
        System.out.println("mkdir " + DIR.mkdir());
        File data = new File(DIR, "records.bin");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(data), 16))) {
            for (int i = 0; i < 100; i++) {
                out.writeInt(i * i);
                out.writeDouble(i / 7.0);
                out.writeUTF("record-" + i + (i % 10 == 0 ? " \u00e9\u20ac" : ""));
                out.writeBoolean(i % 3 == 0);
            }
            System.out.println("written " + out.size());
        }
        System.out.println("file length " + data.length());
        long checksum = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(data), 7))) {
            for (int i = 0; i < 100; i++) {
                int sq = in.readInt();
                double d = in.readDouble();
                String s = in.readUTF();
                boolean b = in.readBoolean();
                checksum = checksum * 31 + sq + (long) (d * 1000) + s.hashCode() + (b ? 1 : 0);
                if (i % 25 == 0) {
                    System.out.println(sq + " " + d + " " + s + " " + b);
                }
            }
            try {
                in.readByte();
            } catch (EOFException e) {
                System.out.println("eof " + e.getMessage());
            }
        }
        System.out.println("checksum " + checksum);

        File big = new File(DIR, "big.bin");
        byte[] pattern = new byte[200_000];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = (byte) (i * 7 + i / 256);
        }
        try (FileOutputStream out = new FileOutputStream(big)) {
            out.write(pattern, 0, 100_000);
            out.write(pattern, 100_000, 100_000);
        }
        byte[] back = new byte[pattern.length];
        int total = 0;
        try (FileInputStream in = new FileInputStream(big)) {
            System.out.println("available " + in.available());
            int n;
            int chunk = 1;
            while ((n = in.read(back, total, Math.min(chunk, back.length - total))) > 0) {
                total += n;
                chunk = chunk * 3 + 1;
            }
            System.out.println("read " + total + " equal " + Arrays.equals(pattern, back) + " hash " + Arrays.hashCode(back));
        }
        try (FileInputStream in = new FileInputStream(big)) {
            System.out.println("skip " + in.skip(150_000) + " next " + in.read() + " expect " + (pattern[150_000] & 0xff) + " available " + in.available());
        }
        try (FileOutputStream out = new FileOutputStream(big, true)) {
            out.write(new byte[] {1, 2, 3});
        }
        System.out.println("appended length " + big.length());
        try (FileOutputStream out = new FileOutputStream(big)) {
            out.write(42);
        }
        System.out.println("truncated length " + big.length());
        File copy = new File(DIR, "copy.bin");
        try (FileInputStream in = new FileInputStream(data); FileOutputStream out = new FileOutputStream(copy)) {
            System.out.println("transferred " + in.transferTo(out));
        }
        try (FileInputStream a = new FileInputStream(data); FileInputStream b = new FileInputStream(copy)) {
            System.out.println("copy equal " + Arrays.equals(a.readAllBytes(), b.readAllBytes()));
        }
        clean();
        System.out.println("cleaned " + !DIR.exists());
    }
}
