// java.lang.ref: weak and phantom references are cleared and enqueued once their referents
// are unreachable, strongly reachable referents stay, soft references survive an ordinary
// collection and are cleared before an OutOfMemoryError.
// islet-test: options=-Xmx64m
import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

public class GcReferences {
    static Object makeGarbage() {
        return new int[] {1, 2, 3};
    }

    public static void main(String[] args) throws InterruptedException {
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        Object strong = new StringBuilder("kept");
        WeakReference<Object> weakToGarbage = new WeakReference<>(makeGarbage(), queue);
        WeakReference<Object> weakToStrong = new WeakReference<>(strong, queue);
        PhantomReference<Object> phantom = new PhantomReference<>(makeGarbage(), queue);
        SoftReference<Object> soft = new SoftReference<>(new int[1000]);
        WeakReference<Object> noQueue = new WeakReference<>(makeGarbage());
        System.out.println("before gc: weak " + (weakToGarbage.get() != null) + ", phantom get " + phantom.get());

        System.gc();
        System.out.println("weak to garbage cleared: " + (weakToGarbage.get() == null));
        System.out.println("weak to strong kept: " + (weakToStrong.get() == strong) + " " + strong);
        System.out.println("weak without queue cleared: " + (noQueue.get() == null));
        System.out.println("soft kept by an ordinary gc: " + (soft.get() != null));

        List<Reference<?>> dequeued = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Reference<?> r = queue.remove(5000);
            if (r != null) dequeued.add(r);
        }
        System.out.println("dequeued weak: " + dequeued.contains(weakToGarbage) + ", phantom: " + dequeued.contains(phantom)
                + ", strong one: " + dequeued.contains(weakToStrong) + ", queue now empty: " + (queue.poll() == null));
        System.out.println("refersTo: " + weakToStrong.refersTo(strong) + " " + weakToGarbage.refersTo(null));

        weakToStrong.clear();
        System.out.println("cleared by hand: " + (weakToStrong.get() == null) + ", enqueue: " + weakToStrong.enqueue()
                + ", again: " + weakToStrong.enqueue() + ", polled: " + (queue.poll() == weakToStrong));

        List<long[]> hog = new ArrayList<>();
        try {
            while (true) hog.add(new long[1 << 16]);
        } catch (OutOfMemoryError e) {
            int held = hog.size();
            hog = null;
            System.out.println("OutOfMemoryError: " + e.getMessage() + " after holding data: " + (held > 10));
        }
        System.out.println("soft cleared before the OOM: " + (soft.get() == null));
        System.out.println("strong still there: " + strong);
    }
}
