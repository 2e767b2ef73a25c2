// islet-test: options=-Xmx32m
// HotSpot's allocating threads give up with OutOfMemoryError after retrying twice while another
// thread holds a critical region (GCLocker), which a loaded machine makes likely; let them wait.
// islet-test: hotspot-options=-XX:+UnlockDiagnosticVMOptions -XX:GCLockerRetryAllocationCount=1000
// GetPrimitiveArrayCritical and GetStringCritical held while three other threads allocate hard
// enough in a small heap to force collections: inside each critical region the native writes a
// pattern through the pointer, sleeps, and checks that the pointer still shows exactly its
// pattern; afterwards Java checks the array. The collector must neither move nor reuse a pinned
// array, and must keep running for the allocating threads meanwhile.
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

public class JniCritical {
    static { System.loadLibrary("JniCritical"); }

    static final int ROUNDS = 40;

    // Fills `array` with seed * 31 + index inside a critical region that lasts about `micros`;
    // returns how many elements did not hold their value when checked at the end of the region.
    static native int holdCritical(int[] array, int seed, int micros);
    // The sum of the chars of `s`, read twice inside one critical region `micros` apart; -1 if
    // the two reads disagree.
    static native long holdStringCritical(String s, int micros);

    static volatile boolean stop;

    static void allocate() {
        List<Object> live = new ArrayList<>();
        int round = 0;
        while (!stop) {
            live.add(new byte[1024 + (round % 7) * 512]);
            if (live.size() > 400) live.subList(0, 200).clear();
            round++;
        }
    }

    /**
     * Out of the region until a collection has run (a weak reference is cleared): HotSpot's
     * allocating threads wait for the region to end before they may collect, and give up with
     * OutOfMemoryError when the next region starts again before they could.
     */
    static void waitForCollection() throws InterruptedException {
        WeakReference<Object> canary = new WeakReference<>(new Object());
        for (int waited = 0; canary.get() != null && waited < 500; waited++) {
            Thread.sleep(1);
        }
    }

    public static void main(String[] args) throws Exception {
        Thread[] allocators = new Thread[3];
        for (int i = 0; i < allocators.length; i++) {
            allocators[i] = new Thread(JniCritical::allocate);
            allocators[i].start();
        }
        int[] array = new int[50000];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) text.append((char) ('\u4e00' + i % 300));
        String utf16 = text.toString();
        long expectedSum = 0;
        for (int i = 0; i < utf16.length(); i++) expectedSum += utf16.charAt(i);
        int badInside = 0, badAfter = 0, badStrings = 0;
        for (int round = 0; round < ROUNDS; round++) {
            badInside += holdCritical(array, round, 50000);
            for (int i = 0; i < array.length; i++) {
                if (array[i] != round * 31 + i) {
                    badAfter++;
                    break;
                }
            }
            if (round % 10 == 0 && holdStringCritical(utf16, 20000) != expectedSum) badStrings++;
            waitForCollection();
        }
        stop = true;
        for (Thread t : allocators) t.join();
        System.out.println(ROUNDS + " critical regions: " + badInside + " bad elements inside, " + badAfter
                + " rounds with bad contents after, " + badStrings + " bad string regions");
    }
}
