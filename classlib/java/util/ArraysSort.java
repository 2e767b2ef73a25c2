// Sorting algorithms behind Arrays.sort. Primitive arrays use introsort (quicksort with a
// heapsort fallback and insertion sort for short ranges); float and double arrays first move NaNs
// to the end and afterwards order -0.0 before 0.0, giving the JDK's total order. Object arrays
// use a stable sort that treats short arrays exactly like the JDK's TimSort (one ascending or
// reversed descending run, then binary insertion), so comparators see the same calls there.
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
        // Natural runs, each extended to minRun by binary insertion, then merged pairwise.
        int minRun = minRunLength(n);
        int[] runStart = new int[n / minRun + 2];
        int runs = 0;
        int start = lo;
        while (start < hi) {
            int runLen = countRunAndMakeAscending(a, start, hi, c);
            if (runLen < minRun) {
                int force = Math.min(hi - start, minRun);
                binarySort(a, start, start + force, start + runLen, c);
                runLen = force;
            }
            runStart[runs++] = start;
            start += runLen;
        }
        runStart[runs] = hi;
        @SuppressWarnings("unchecked")
        T[] tmp = (T[]) new Object[n];
        while (runs > 1) {
            int merged = 0;
            for (int r = 0; r < runs; r += 2) {
                if (r + 1 < runs) {
                    merge(a, runStart[r], runStart[r + 1], runStart[r + 2], tmp, c);
                }
                runStart[merged++] = runStart[r];
            }
            runStart[merged] = hi;
            runs = merged;
        }
    }

    private static int minRunLength(int n) {
        int r = 0;
        while (n >= MIN_MERGE) {
            r |= (n & 1);
            n >>= 1;
        }
        return n + r;
    }

    /** Stable merge of the adjacent sorted ranges [lo, mid) and [mid, hi). */
    private static <T> void merge(T[] a, int lo, int mid, int hi, T[] tmp, Comparator<? super T> c) {
        if (c.compare(a[mid], a[mid - 1]) >= 0) {
            return; // already in order
        }
        int leftLen = mid - lo;
        System.arraycopy(a, lo, tmp, 0, leftLen);
        int i = 0;
        int j = mid;
        int k = lo;
        while (i < leftLen && j < hi) {
            if (c.compare(a[j], tmp[i]) < 0) {
                a[k++] = a[j++];
            } else {
                a[k++] = tmp[i++];
            }
        }
        while (i < leftLen) {
            a[k++] = tmp[i++];
        }
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
