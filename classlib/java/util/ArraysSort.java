// Sorting algorithms behind Arrays.sort. Primitive arrays use introsort (quicksort with a
// heapsort fallback and insertion sort for short ranges); float and double arrays first move NaNs
// to the end and afterwards order -0.0 before 0.0, giving the JDK's total order. Object arrays
// use TimSort, making the same comparator calls in the same order as the JDK's.
package java.util;

final class ArraysSort {

    private ArraysSort() {}

    /** Ranges at most this long are insertion-sorted. */
    private static final int INSERTION_SORT_THRESHOLD = 16;

    private static int depthLimit(int n) {
        return 2 * (32 - Integer.numberOfLeadingZeros(n));
    }

    // ---- int ----

    static void sort(int[] a, int from, int to) {
        if (to - from > 1) {
            introsort(a, from, to - 1, depthLimit(to - from));
        }
    }

    private static void introsort(int[] a, int left, int right, int depth) {
        while (right - left > INSERTION_SORT_THRESHOLD) {
            if (depth-- == 0) {
                heapsort(a, left, right);
                return;
            }
            int mid = (left + right) >>> 1;
            if (a[mid] < a[left]) {
                swap(a, left, mid);
            }
            if (a[right] < a[left]) {
                swap(a, left, right);
            }
            if (a[right] < a[mid]) {
                swap(a, mid, right);
            }
            int pivot = a[mid];
            int i = left - 1;
            int j = right + 1;
            for (;;) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (a[j] > pivot);
                if (i >= j) {
                    break;
                }
                swap(a, i, j);
            }
            // Recurse into the smaller part, loop on the larger one.
            if (j - left < right - j) {
                introsort(a, left, j, depth);
                left = j + 1;
            } else {
                introsort(a, j + 1, right, depth);
                right = j;
            }
        }
        for (int i = left + 1; i <= right; i++) {
            int x = a[i];
            int k = i - 1;
            while (k >= left && a[k] > x) {
                a[k + 1] = a[k];
                k--;
            }
            a[k + 1] = x;
        }
    }

    private static void heapsort(int[] a, int left, int right) {
        int n = right - left + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, left, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, left, left + end);
            siftDown(a, left, 0, end);
        }
    }

    private static void siftDown(int[] a, int base, int i, int n) {
        int x = a[base + i];
        for (;;) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (!(a[base + child] > x)) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = x;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    // ---- long ----

    static void sort(long[] a, int from, int to) {
        if (to - from > 1) {
            introsort(a, from, to - 1, depthLimit(to - from));
        }
    }

    private static void introsort(long[] a, int left, int right, int depth) {
        while (right - left > INSERTION_SORT_THRESHOLD) {
            if (depth-- == 0) {
                heapsort(a, left, right);
                return;
            }
            int mid = (left + right) >>> 1;
            if (a[mid] < a[left]) {
                swap(a, left, mid);
            }
            if (a[right] < a[left]) {
                swap(a, left, right);
            }
            if (a[right] < a[mid]) {
                swap(a, mid, right);
            }
            long pivot = a[mid];
            int i = left - 1;
            int j = right + 1;
            for (;;) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (a[j] > pivot);
                if (i >= j) {
                    break;
                }
                swap(a, i, j);
            }
            // Recurse into the smaller part, loop on the larger one.
            if (j - left < right - j) {
                introsort(a, left, j, depth);
                left = j + 1;
            } else {
                introsort(a, j + 1, right, depth);
                right = j;
            }
        }
        for (int i = left + 1; i <= right; i++) {
            long x = a[i];
            int k = i - 1;
            while (k >= left && a[k] > x) {
                a[k + 1] = a[k];
                k--;
            }
            a[k + 1] = x;
        }
    }

    private static void heapsort(long[] a, int left, int right) {
        int n = right - left + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, left, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, left, left + end);
            siftDown(a, left, 0, end);
        }
    }

    private static void siftDown(long[] a, int base, int i, int n) {
        long x = a[base + i];
        for (;;) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (!(a[base + child] > x)) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = x;
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    // ---- short ----

    static void sort(short[] a, int from, int to) {
        if (to - from > 1) {
            introsort(a, from, to - 1, depthLimit(to - from));
        }
    }

    private static void introsort(short[] a, int left, int right, int depth) {
        while (right - left > INSERTION_SORT_THRESHOLD) {
            if (depth-- == 0) {
                heapsort(a, left, right);
                return;
            }
            int mid = (left + right) >>> 1;
            if (a[mid] < a[left]) {
                swap(a, left, mid);
            }
            if (a[right] < a[left]) {
                swap(a, left, right);
            }
            if (a[right] < a[mid]) {
                swap(a, mid, right);
            }
            short pivot = a[mid];
            int i = left - 1;
            int j = right + 1;
            for (;;) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (a[j] > pivot);
                if (i >= j) {
                    break;
                }
                swap(a, i, j);
            }
            // Recurse into the smaller part, loop on the larger one.
            if (j - left < right - j) {
                introsort(a, left, j, depth);
                left = j + 1;
            } else {
                introsort(a, j + 1, right, depth);
                right = j;
            }
        }
        for (int i = left + 1; i <= right; i++) {
            short x = a[i];
            int k = i - 1;
            while (k >= left && a[k] > x) {
                a[k + 1] = a[k];
                k--;
            }
            a[k + 1] = x;
        }
    }

    private static void heapsort(short[] a, int left, int right) {
        int n = right - left + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, left, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, left, left + end);
            siftDown(a, left, 0, end);
        }
    }

    private static void siftDown(short[] a, int base, int i, int n) {
        short x = a[base + i];
        for (;;) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (!(a[base + child] > x)) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = x;
    }

    private static void swap(short[] a, int i, int j) {
        short t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    // ---- char ----

    static void sort(char[] a, int from, int to) {
        if (to - from > 1) {
            introsort(a, from, to - 1, depthLimit(to - from));
        }
    }

    private static void introsort(char[] a, int left, int right, int depth) {
        while (right - left > INSERTION_SORT_THRESHOLD) {
            if (depth-- == 0) {
                heapsort(a, left, right);
                return;
            }
            int mid = (left + right) >>> 1;
            if (a[mid] < a[left]) {
                swap(a, left, mid);
            }
            if (a[right] < a[left]) {
                swap(a, left, right);
            }
            if (a[right] < a[mid]) {
                swap(a, mid, right);
            }
            char pivot = a[mid];
            int i = left - 1;
            int j = right + 1;
            for (;;) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (a[j] > pivot);
                if (i >= j) {
                    break;
                }
                swap(a, i, j);
            }
            // Recurse into the smaller part, loop on the larger one.
            if (j - left < right - j) {
                introsort(a, left, j, depth);
                left = j + 1;
            } else {
                introsort(a, j + 1, right, depth);
                right = j;
            }
        }
        for (int i = left + 1; i <= right; i++) {
            char x = a[i];
            int k = i - 1;
            while (k >= left && a[k] > x) {
                a[k + 1] = a[k];
                k--;
            }
            a[k + 1] = x;
        }
    }

    private static void heapsort(char[] a, int left, int right) {
        int n = right - left + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, left, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, left, left + end);
            siftDown(a, left, 0, end);
        }
    }

    private static void siftDown(char[] a, int base, int i, int n) {
        char x = a[base + i];
        for (;;) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (!(a[base + child] > x)) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = x;
    }

    private static void swap(char[] a, int i, int j) {
        char t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    // ---- byte ----

    static void sort(byte[] a, int from, int to) {
        if (to - from > 1) {
            introsort(a, from, to - 1, depthLimit(to - from));
        }
    }

    private static void introsort(byte[] a, int left, int right, int depth) {
        while (right - left > INSERTION_SORT_THRESHOLD) {
            if (depth-- == 0) {
                heapsort(a, left, right);
                return;
            }
            int mid = (left + right) >>> 1;
            if (a[mid] < a[left]) {
                swap(a, left, mid);
            }
            if (a[right] < a[left]) {
                swap(a, left, right);
            }
            if (a[right] < a[mid]) {
                swap(a, mid, right);
            }
            byte pivot = a[mid];
            int i = left - 1;
            int j = right + 1;
            for (;;) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (a[j] > pivot);
                if (i >= j) {
                    break;
                }
                swap(a, i, j);
            }
            // Recurse into the smaller part, loop on the larger one.
            if (j - left < right - j) {
                introsort(a, left, j, depth);
                left = j + 1;
            } else {
                introsort(a, j + 1, right, depth);
                right = j;
            }
        }
        for (int i = left + 1; i <= right; i++) {
            byte x = a[i];
            int k = i - 1;
            while (k >= left && a[k] > x) {
                a[k + 1] = a[k];
                k--;
            }
            a[k + 1] = x;
        }
    }

    private static void heapsort(byte[] a, int left, int right) {
        int n = right - left + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, left, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, left, left + end);
            siftDown(a, left, 0, end);
        }
    }

    private static void siftDown(byte[] a, int base, int i, int n) {
        byte x = a[base + i];
        for (;;) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (!(a[base + child] > x)) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = x;
    }

    private static void swap(byte[] a, int i, int j) {
        byte t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    // ---- float ----

    private static void sortPlain(float[] a, int from, int to) {
        if (to - from > 1) {
            introsort(a, from, to - 1, depthLimit(to - from));
        }
    }

    private static void introsort(float[] a, int left, int right, int depth) {
        while (right - left > INSERTION_SORT_THRESHOLD) {
            if (depth-- == 0) {
                heapsort(a, left, right);
                return;
            }
            int mid = (left + right) >>> 1;
            if (a[mid] < a[left]) {
                swap(a, left, mid);
            }
            if (a[right] < a[left]) {
                swap(a, left, right);
            }
            if (a[right] < a[mid]) {
                swap(a, mid, right);
            }
            float pivot = a[mid];
            int i = left - 1;
            int j = right + 1;
            for (;;) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (a[j] > pivot);
                if (i >= j) {
                    break;
                }
                swap(a, i, j);
            }
            // Recurse into the smaller part, loop on the larger one.
            if (j - left < right - j) {
                introsort(a, left, j, depth);
                left = j + 1;
            } else {
                introsort(a, j + 1, right, depth);
                right = j;
            }
        }
        for (int i = left + 1; i <= right; i++) {
            float x = a[i];
            int k = i - 1;
            while (k >= left && a[k] > x) {
                a[k + 1] = a[k];
                k--;
            }
            a[k + 1] = x;
        }
    }

    private static void heapsort(float[] a, int left, int right) {
        int n = right - left + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, left, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, left, left + end);
            siftDown(a, left, 0, end);
        }
    }

    private static void siftDown(float[] a, int base, int i, int n) {
        float x = a[base + i];
        for (;;) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (!(a[base + child] > x)) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = x;
    }

    private static void swap(float[] a, int i, int j) {
        float t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** NaNs go last, the rest sorts numerically, then -0.0 is put before 0.0. */
    static void sort(float[] a, int from, int to) {
        int end = to;
        for (int k = to - 1; k >= from; k--) {
            float v = a[k];
            if (v != v) {
                a[k] = a[--end];
                a[end] = v;
            }
        }
        sortPlain(a, from, end);
        // Find the run of zeros and order its negative zeros first.
        int lo = from;
        int hi = end - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        int negativeZeros = 0;
        int k = lo;
        for (; k < end && a[k] == 0; k++) {
            if (Float.floatToRawIntBits(a[k]) < 0) {
                negativeZeros++;
            }
        }
        for (int z = lo; z < k; z++) {
            a[z] = z < lo + negativeZeros ? -0.0f : 0.0f;
        }
    }

    // ---- double ----

    private static void sortPlain(double[] a, int from, int to) {
        if (to - from > 1) {
            introsort(a, from, to - 1, depthLimit(to - from));
        }
    }

    private static void introsort(double[] a, int left, int right, int depth) {
        while (right - left > INSERTION_SORT_THRESHOLD) {
            if (depth-- == 0) {
                heapsort(a, left, right);
                return;
            }
            int mid = (left + right) >>> 1;
            if (a[mid] < a[left]) {
                swap(a, left, mid);
            }
            if (a[right] < a[left]) {
                swap(a, left, right);
            }
            if (a[right] < a[mid]) {
                swap(a, mid, right);
            }
            double pivot = a[mid];
            int i = left - 1;
            int j = right + 1;
            for (;;) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (a[j] > pivot);
                if (i >= j) {
                    break;
                }
                swap(a, i, j);
            }
            // Recurse into the smaller part, loop on the larger one.
            if (j - left < right - j) {
                introsort(a, left, j, depth);
                left = j + 1;
            } else {
                introsort(a, j + 1, right, depth);
                right = j;
            }
        }
        for (int i = left + 1; i <= right; i++) {
            double x = a[i];
            int k = i - 1;
            while (k >= left && a[k] > x) {
                a[k + 1] = a[k];
                k--;
            }
            a[k + 1] = x;
        }
    }

    private static void heapsort(double[] a, int left, int right) {
        int n = right - left + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, left, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, left, left + end);
            siftDown(a, left, 0, end);
        }
    }

    private static void siftDown(double[] a, int base, int i, int n) {
        double x = a[base + i];
        for (;;) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (!(a[base + child] > x)) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = x;
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** NaNs go last, the rest sorts numerically, then -0.0 is put before 0.0. */
    static void sort(double[] a, int from, int to) {
        int end = to;
        for (int k = to - 1; k >= from; k--) {
            double v = a[k];
            if (v != v) {
                a[k] = a[--end];
                a[end] = v;
            }
        }
        sortPlain(a, from, end);
        // Find the run of zeros and order its negative zeros first.
        int lo = from;
        int hi = end - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        int negativeZeros = 0;
        int k = lo;
        for (; k < end && a[k] == 0; k++) {
            if (Double.doubleToRawLongBits(a[k]) < 0) {
                negativeZeros++;
            }
        }
        for (int z = lo; z < k; z++) {
            a[z] = z < lo + negativeZeros ? -0.0d : 0.0d;
        }
    }

    // ---- Objects ----

    /** Runs shorter than this are extended by binary insertion, as in TimSort. */
    private static final int MIN_MERGE = 32;

    /** Natural ordering; the first argument is the one cast to Comparable, as in the JDK. */
    private static final class NaturalOrder implements Comparator<Object> {
        @SuppressWarnings({"unchecked", "rawtypes"})
        public int compare(Object x, Object y) {
            return ((Comparable) x).compareTo(y);
        }
    }

    private static final Comparator<Object> NATURAL = new NaturalOrder();

    static void sortComparable(Object[] a, int lo, int hi) {
        sort(a, lo, hi, NATURAL);
    }

    static <T> void sort(T[] a, int lo, int hi, Comparator<? super T> c) {
        int n = hi - lo;
        if (n < 2) {
            return;
        }
        if (n < MIN_MERGE) {
            int initRunLen = countRunAndMakeAscending(a, lo, hi, c);
            binarySort(a, lo, hi, lo + initRunLen, c);
            return;
        }
        TimSort<T> ts = new TimSort<>(a, c, n);
        int minRun = minRunLength(n);
        int remaining = n;
        do {
            int runLen = countRunAndMakeAscending(a, lo, hi, c);
            if (runLen < minRun) {
                int force = remaining <= minRun ? remaining : minRun;
                binarySort(a, lo, lo + force, lo + runLen, c);
                runLen = force;
            }
            ts.pushRun(lo, runLen);
            ts.mergeCollapse();
            lo += runLen;
            remaining -= runLen;
        } while (remaining != 0);
        ts.mergeForceCollapse();
    }

    private static int minRunLength(int n) {
        int r = 0;
        while (n >= MIN_MERGE) {
            r |= (n & 1);
            n >>= 1;
        }
        return n + r;
    }

    /**
     * The merge state of Tim Peters' list sort: a stack of pending runs kept so that each run is
     * longer than the next two combined, merges that gallop once one side keeps winning, and an
     * adaptive galloping threshold. The order of comparisons matches the JDK's TimSort exactly.
     */
    private static final class TimSort<T> {
        private static final int MIN_GALLOP = 7;

        private final T[] a;
        private final Comparator<? super T> c;
        private int minGallop = MIN_GALLOP;
        private T[] tmp;
        private int stackSize = 0;
        private final int[] runBase;
        private final int[] runLen;

        @SuppressWarnings("unchecked")
        TimSort(T[] a, Comparator<? super T> c, int len) {
            this.a = a;
            this.c = c;
            this.tmp = (T[]) new Object[len < 2 * 256 ? len >>> 1 : 256];
            int stackLen = (len < 120 ? 5 : len < 1542 ? 10 : len < 119151 ? 24 : 49);
            runBase = new int[stackLen];
            runLen = new int[stackLen];
        }

        void pushRun(int base, int len) {
            runBase[stackSize] = base;
            runLen[stackSize] = len;
            stackSize++;
        }

        /** Merges runs until the stack invariants hold again. */
        void mergeCollapse() {
            while (stackSize > 1) {
                int n = stackSize - 2;
                if (n > 0 && runLen[n - 1] <= runLen[n] + runLen[n + 1]
                        || n > 1 && runLen[n - 2] <= runLen[n] + runLen[n - 1]) {
                    if (runLen[n - 1] < runLen[n + 1]) {
                        n--;
                    }
                } else if (n < 0 || runLen[n] > runLen[n + 1]) {
                    break;
                }
                mergeAt(n);
            }
        }

        void mergeForceCollapse() {
            while (stackSize > 1) {
                int n = stackSize - 2;
                if (n > 0 && runLen[n - 1] < runLen[n + 1]) {
                    n--;
                }
                mergeAt(n);
            }
        }

        /** Merges runs i and i + 1, first trimming what is already in place at either end. */
        private void mergeAt(int i) {
            int base1 = runBase[i];
            int len1 = runLen[i];
            int base2 = runBase[i + 1];
            int len2 = runLen[i + 1];
            runLen[i] = len1 + len2;
            if (i == stackSize - 3) {
                runBase[i + 1] = runBase[i + 2];
                runLen[i + 1] = runLen[i + 2];
            }
            stackSize--;
            int k = gallopRight(a[base2], a, base1, len1, 0, c);
            base1 += k;
            len1 -= k;
            if (len1 == 0) {
                return;
            }
            len2 = gallopLeft(a[base1 + len1 - 1], a, base2, len2, len2 - 1, c);
            if (len2 == 0) {
                return;
            }
            if (len1 <= len2) {
                mergeLo(base1, len1, base2, len2);
            } else {
                mergeHi(base1, len1, base2, len2);
            }
        }

        @SuppressWarnings("unchecked")
        private T[] ensureCapacity(int minCapacity) {
            if (tmp.length < minCapacity) {
                int newSize = -1 >>> Integer.numberOfLeadingZeros(minCapacity);
                newSize++;
                if (newSize < 0) {
                    newSize = minCapacity;
                } else {
                    newSize = Math.min(newSize, a.length >>> 1);
                }
                tmp = (T[]) new Object[newSize];
            }
            return tmp;
        }

        /** Merges two adjacent runs in place, copying the first (shorter) one out. */
        private void mergeLo(int base1, int len1, int base2, int len2) {
            T[] a = this.a;
            T[] tmp = ensureCapacity(len1);
            int cursor1 = 0;
            int cursor2 = base2;
            int dest = base1;
            System.arraycopy(a, base1, tmp, cursor1, len1);
            a[dest++] = a[cursor2++];
            if (--len2 == 0) {
                System.arraycopy(tmp, cursor1, a, dest, len1);
                return;
            }
            if (len1 == 1) {
                System.arraycopy(a, cursor2, a, dest, len2);
                a[dest + len2] = tmp[cursor1];
                return;
            }
            Comparator<? super T> c = this.c;
            int minGallop = this.minGallop;
            outer:
            while (true) {
                int count1 = 0;
                int count2 = 0;
                do {
                    if (c.compare(a[cursor2], tmp[cursor1]) < 0) {
                        a[dest++] = a[cursor2++];
                        count2++;
                        count1 = 0;
                        if (--len2 == 0) {
                            break outer;
                        }
                    } else {
                        a[dest++] = tmp[cursor1++];
                        count1++;
                        count2 = 0;
                        if (--len1 == 1) {
                            break outer;
                        }
                    }
                } while ((count1 | count2) < minGallop);
                do {
                    count1 = gallopRight(a[cursor2], tmp, cursor1, len1, 0, c);
                    if (count1 != 0) {
                        System.arraycopy(tmp, cursor1, a, dest, count1);
                        dest += count1;
                        cursor1 += count1;
                        len1 -= count1;
                        if (len1 <= 1) {
                            break outer;
                        }
                    }
                    a[dest++] = a[cursor2++];
                    if (--len2 == 0) {
                        break outer;
                    }
                    count2 = gallopLeft(tmp[cursor1], a, cursor2, len2, 0, c);
                    if (count2 != 0) {
                        System.arraycopy(a, cursor2, a, dest, count2);
                        dest += count2;
                        cursor2 += count2;
                        len2 -= count2;
                        if (len2 == 0) {
                            break outer;
                        }
                    }
                    a[dest++] = tmp[cursor1++];
                    if (--len1 == 1) {
                        break outer;
                    }
                    minGallop--;
                } while (count1 >= MIN_GALLOP | count2 >= MIN_GALLOP);
                if (minGallop < 0) {
                    minGallop = 0;
                }
                minGallop += 2;
            }
            this.minGallop = minGallop < 1 ? 1 : minGallop;
            if (len1 == 1) {
                System.arraycopy(a, cursor2, a, dest, len2);
                a[dest + len2] = tmp[cursor1];
            } else if (len1 == 0) {
                throw new IllegalArgumentException("Comparison method violates its general contract!");
            } else {
                System.arraycopy(tmp, cursor1, a, dest, len1);
            }
        }

        /** Like mergeLo, but from the end, copying the second (shorter) run out. */
        private void mergeHi(int base1, int len1, int base2, int len2) {
            T[] a = this.a;
            T[] tmp = ensureCapacity(len2);
            System.arraycopy(a, base2, tmp, 0, len2);
            int cursor1 = base1 + len1 - 1;
            int cursor2 = len2 - 1;
            int dest = base2 + len2 - 1;
            a[dest--] = a[cursor1--];
            if (--len1 == 0) {
                System.arraycopy(tmp, 0, a, dest - (len2 - 1), len2);
                return;
            }
            if (len2 == 1) {
                dest -= len1;
                cursor1 -= len1;
                System.arraycopy(a, cursor1 + 1, a, dest + 1, len1);
                a[dest] = tmp[cursor2];
                return;
            }
            Comparator<? super T> c = this.c;
            int minGallop = this.minGallop;
            outer:
            while (true) {
                int count1 = 0;
                int count2 = 0;
                do {
                    if (c.compare(tmp[cursor2], a[cursor1]) < 0) {
                        a[dest--] = a[cursor1--];
                        count1++;
                        count2 = 0;
                        if (--len1 == 0) {
                            break outer;
                        }
                    } else {
                        a[dest--] = tmp[cursor2--];
                        count2++;
                        count1 = 0;
                        if (--len2 == 1) {
                            break outer;
                        }
                    }
                } while ((count1 | count2) < minGallop);
                do {
                    count1 = len1 - gallopRight(tmp[cursor2], a, base1, len1, len1 - 1, c);
                    if (count1 != 0) {
                        dest -= count1;
                        cursor1 -= count1;
                        len1 -= count1;
                        System.arraycopy(a, cursor1 + 1, a, dest + 1, count1);
                        if (len1 == 0) {
                            break outer;
                        }
                    }
                    a[dest--] = tmp[cursor2--];
                    if (--len2 == 1) {
                        break outer;
                    }
                    count2 = len2 - gallopLeft(a[cursor1], tmp, 0, len2, len2 - 1, c);
                    if (count2 != 0) {
                        dest -= count2;
                        cursor2 -= count2;
                        len2 -= count2;
                        System.arraycopy(tmp, cursor2 + 1, a, dest + 1, count2);
                        if (len2 <= 1) {
                            break outer;
                        }
                    }
                    a[dest--] = a[cursor1--];
                    if (--len1 == 0) {
                        break outer;
                    }
                    minGallop--;
                } while (count1 >= MIN_GALLOP | count2 >= MIN_GALLOP);
                if (minGallop < 0) {
                    minGallop = 0;
                }
                minGallop += 2;
            }
            this.minGallop = minGallop < 1 ? 1 : minGallop;
            if (len2 == 1) {
                dest -= len1;
                cursor1 -= len1;
                System.arraycopy(a, cursor1 + 1, a, dest + 1, len1);
                a[dest] = tmp[cursor2];
            } else if (len2 == 0) {
                throw new IllegalArgumentException("Comparison method violates its general contract!");
            } else {
                System.arraycopy(tmp, 0, a, dest - (len2 - 1), len2);
            }
        }
    }

    /**
     * Where key goes in the sorted a[base, base + len): the index of its leftmost equal element
     * (or of the first larger one), searched by galloping outwards from hint, then binary search.
     */
    private static <T> int gallopLeft(T key, T[] a, int base, int len, int hint, Comparator<? super T> c) {
        int lastOfs = 0;
        int ofs = 1;
        if (c.compare(key, a[base + hint]) > 0) {
            int maxOfs = len - hint;
            while (ofs < maxOfs && c.compare(key, a[base + hint + ofs]) > 0) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs;
                }
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            lastOfs += hint;
            ofs += hint;
        } else {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && c.compare(key, a[base + hint - ofs]) <= 0) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs;
                }
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (c.compare(key, a[base + m]) > 0) {
                lastOfs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** Like gallopLeft, but returns the index after the rightmost element equal to key. */
    private static <T> int gallopRight(T key, T[] a, int base, int len, int hint, Comparator<? super T> c) {
        int ofs = 1;
        int lastOfs = 0;
        if (c.compare(key, a[base + hint]) < 0) {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && c.compare(key, a[base + hint - ofs]) < 0) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs;
                }
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        } else {
            int maxOfs = len - hint;
            while (ofs < maxOfs && c.compare(key, a[base + hint + ofs]) >= 0) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs;
                }
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            lastOfs += hint;
            ofs += hint;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (c.compare(key, a[base + m]) < 0) {
                ofs = m;
            } else {
                lastOfs = m + 1;
            }
        }
        return ofs;
    }

    /**
     * The length of the run starting at lo: ascending (a[i] >= a[i-1]) or strictly descending,
     * in which case it is reversed in place.
     */
    private static <T> int countRunAndMakeAscending(T[] a, int lo, int hi, Comparator<? super T> c) {
        int runHi = lo + 1;
        if (runHi == hi) {
            return 1;
        }
        if (c.compare(a[runHi++], a[lo]) < 0) {
            while (runHi < hi && c.compare(a[runHi], a[runHi - 1]) < 0) {
                runHi++;
            }
            for (int i = lo, j = runHi - 1; i < j; i++, j--) {
                T t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        } else {
            while (runHi < hi && c.compare(a[runHi], a[runHi - 1]) >= 0) {
                runHi++;
            }
        }
        return runHi - lo;
    }

    /** Inserts a[start..hi) one by one into the sorted a[lo..start), using binary search. */
    private static <T> void binarySort(T[] a, int lo, int hi, int start, Comparator<? super T> c) {
        if (start == lo) {
            start++;
        }
        for (; start < hi; start++) {
            T pivot = a[start];
            int left = lo;
            int right = start;
            while (left < right) {
                int mid = (left + right) >>> 1;
                if (c.compare(pivot, a[mid]) < 0) {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            System.arraycopy(a, left, a, left + 1, start - left);
            a[left] = pivot;
        }
    }
}
