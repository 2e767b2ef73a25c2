// Heap exhaustion throws a catchable OutOfMemoryError; the program keeps running with the
// memory it freed, and huge array requests report the VM limit.
// islet-test: options=-Xmx48m
// islet-test: gcstress-interval=20000
import java.util.ArrayList;
import java.util.List;

public class GcOutOfMemory {
    public static void main(String[] args) {
        for (int attempt = 0; attempt < 3; attempt++) {
            List<int[]> hog = new ArrayList<>();
            try {
                while (true) hog.add(new int[100_000]);
            } catch (OutOfMemoryError e) {
                long held = hog.size() * 400_000L;
                hog = null;  // free the memory before building the message
                System.out.println("attempt " + attempt + ": " + e.getClass().getName() + ": " + e.getMessage()
                        + ", held more than 8 MB: " + (held > 8_000_000L));
            }
        }
        List<String> small = new ArrayList<>();
        try {
            while (true) small.add(String.valueOf(small.size()));
        } catch (OutOfMemoryError e) {
            int n = small.size();
            small = null;
            System.out.println("small objects: " + e.getMessage() + ", more than 100000: " + (n > 100_000));
        }
        try {
            long[] impossible = new long[Integer.MAX_VALUE];
            System.out.println("allocated " + impossible.length);
        } catch (OutOfMemoryError e) {
            System.out.println("max length: " + e.getMessage());
        }
        try {
            byte[] tooBig = new byte[Integer.MAX_VALUE - 8];
            System.out.println("allocated " + tooBig.length);
        } catch (OutOfMemoryError e) {
            System.out.println("too big: " + e.getMessage());
        }
        int[] after = new int[1000];
        after[999] = 42;
        System.out.println("still allocating: " + after[999]);
    }
}
