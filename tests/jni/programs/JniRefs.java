// JNI references: local handles (10 000 in one frame, 1 000 nested PushLocalFrame frames,
// PopLocalFrame with a result, EnsureLocalCapacity, DeleteLocalRef), global references kept
// across calls and collections, weak globals that the collector clears once their object is
// unreachable, IsSameObject and GetObjectRefType for every kind.
public class JniRefs {
    static { System.loadLibrary("JniRefs"); }

    static native int manyLocals(int count);              // creates them all, checks them all
    static native String nestedFrames(int depth);
    static native String popWithResult();
    static native String capacities();
    static native String refTypes(Object o);
    static native void keepGlobal(int slot, Object o);
    static native Object getGlobal(int slot);
    static native void dropGlobal(int slot);
    // A weak global to a new object (held strongly by a global until releaseStrong), or to `kept`.
    static native void makeWeak(int slot, boolean fresh);
    static native void releaseStrong();
    static native String weakState(int slot);
    static native Object weakTarget(int slot);
    static native boolean sameObject(Object a, Object b);
    static native int deleteLocals(int count);

    static Object kept = new StringBuilder("kept alive by a static");

    static void churn() {
        // Garbage so that collections happen and reuse memory.
        Object[] junk = new Object[1000];
        for (int round = 0; round < 50; round++) {
            for (int i = 0; i < junk.length; i++) junk[i] = new int[8];
        }
    }

    public static void main(String[] args) {
        System.out.println("locals: " + manyLocals(10000));
        System.out.println("nested frames: " + nestedFrames(1000));
        System.out.println(popWithResult());
        System.out.println(capacities());
        System.out.println(refTypes("x"));
        System.out.println("deleteLocals: " + deleteLocals(100000));

        for (int i = 0; i < 5; i++) keepGlobal(i, new StringBuilder("global-" + i));
        churn();
        System.gc();
        churn();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(getGlobal(i)).append(' ');
        System.out.println("globals after gc: " + sb);
        dropGlobal(2);
        System.out.println("dropped: " + getGlobal(2));

        makeWeak(0, true);          // also held by a global reference until releaseStrong
        makeWeak(1, false);         // also referenced from the static field
        churn();
        System.gc();
        System.out.println("before release: " + weakState(0) + " / " + weakState(1));
        System.out.println("target before release: " + weakTarget(0));
        releaseStrong();            // now only the weak global refers to it
        churn();
        System.gc();
        System.out.println("after gc: " + weakState(0) + " / " + weakState(1));
        System.out.println("targets after gc: " + weakTarget(0) + " / " + weakTarget(1));
        System.out.println(sameObject(kept, kept) + " " + sameObject(kept, "other") + " " + sameObject(null, null)
                + " " + sameObject(kept, null));
    }
}
