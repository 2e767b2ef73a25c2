// Private helpers of Arrays, kept here so that Arrays.java holds the public API only:
// the first mismatch of two ranges and the binary searches over primitive arrays.
package java.util;

final class ArraysSupport {

    private ArraysSupport() {}

    /** The first relative index below length where the ranges differ, or -1. */
    static int mismatch(boolean[] a, int aFrom, int aTo, boolean[] b, int bFrom, int bTo, int length) {
        for (int i = 0; i < length; i++) {
            if (a[aFrom + i] != b[bFrom + i]) {
                return i;
            }
        }
        return -1;
    }

    /** The first relative index below length where the ranges differ, or -1. */
    static int mismatch(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo, int length) {
        for (int i = 0; i < length; i++) {
            if (a[aFrom + i] != b[bFrom + i]) {
                return i;
            }
        }
        return -1;
    }

    /** The first relative index below length where the ranges differ, or -1. */
    static int mismatch(short[] a, int aFrom, int aTo, short[] b, int bFrom, int bTo, int length) {
        for (int i = 0; i < length; i++) {
            if (a[aFrom + i] != b[bFrom + i]) {
                return i;
            }
        }
        return -1;
    }

    /** The first relative index below length where the ranges differ, or -1. */
    static int mismatch(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo, int length) {
        for (int i = 0; i < length; i++) {
            if (a[aFrom + i] != b[bFrom + i]) {
                return i;
            }
        }
        return -1;
    }

    /** The first relative index below length where the ranges differ, or -1. */
    static int mismatch(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo, int length) {
        for (int i = 0; i < length; i++) {
            if (a[aFrom + i] != b[bFrom + i]) {
                return i;
            }
        }
        return -1;
    }

    /** The first relative index below length where the ranges differ, or -1. */
    static int mismatch(long[] a, int aFrom, int aTo, long[] b, int bFrom, int bTo, int length) {
        for (int i = 0; i < length; i++) {
            if (a[aFrom + i] != b[bFrom + i]) {
                return i;
            }
        }
        return -1;
    }

    /** The first relative index below length where the ranges differ, or -1. */
    static int mismatch(float[] a, int aFrom, int aTo, float[] b, int bFrom, int bTo, int length) {
        for (int i = 0; i < length; i++) {
            if (Float.floatToIntBits(a[aFrom + i]) != Float.floatToIntBits(b[bFrom + i])) {
                return i;
            }
        }
        return -1;
    }

    /** The first relative index below length where the ranges differ, or -1. */
    static int mismatch(double[] a, int aFrom, int aTo, double[] b, int bFrom, int bTo, int length) {
        for (int i = 0; i < length; i++) {
            if (Double.doubleToLongBits(a[aFrom + i]) != Double.doubleToLongBits(b[bFrom + i])) {
                return i;
            }
        }
        return -1;
    }

    static int binarySearch0(long[] a, int fromIndex, int toIndex, long key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    static int binarySearch0(int[] a, int fromIndex, int toIndex, int key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    static int binarySearch0(short[] a, int fromIndex, int toIndex, short key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            short midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    static int binarySearch0(char[] a, int fromIndex, int toIndex, char key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            char midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    static int binarySearch0(byte[] a, int fromIndex, int toIndex, byte key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            byte midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    static int binarySearch0(float[] a, int fromIndex, int toIndex, float key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            float midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                // Equal as numbers: order -0.0 before 0.0 and NaN last, by bits.
                int midBits = Float.floatToIntBits(midVal);
                int keyBits = Float.floatToIntBits(key);
                if (midBits == keyBits) {
                    return mid;
                } else if (midBits < keyBits) {
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
        }
        return -(low + 1);
    }

    static int binarySearch0(double[] a, int fromIndex, int toIndex, double key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            double midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                // Equal as numbers: order -0.0 before 0.0 and NaN last, by bits.
                long midBits = Double.doubleToLongBits(midVal);
                long keyBits = Double.doubleToLongBits(key);
                if (midBits == keyBits) {
                    return mid;
                } else if (midBits < keyBits) {
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
        }
        return -(low + 1);
    }

    // ---- Object ranges; a null comparator means Objects.equals / natural ordering

    static <T> boolean equalRanges(T[] a, int aFrom, int aTo, T[] b, int bFrom, int bTo, Comparator<? super T> cmp) {
        Arrays.rangeCheck(a.length, aFrom, aTo);
        Arrays.rangeCheck(b.length, bFrom, bTo);
        int length = aTo - aFrom;
        if (length != bTo - bFrom) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            T oa = a[aFrom + i];
            T ob = b[bFrom + i];
            boolean same = (cmp == null) ? Objects.equals(oa, ob) : cmp.compare(oa, ob) == 0;
            if (!same) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> int compareRanges(T[] a, int aFrom, int aTo, T[] b, int bFrom, int bTo, Comparator<? super T> cmp) {
        Arrays.rangeCheck(a.length, aFrom, aTo);
        Arrays.rangeCheck(b.length, bFrom, bTo);
        int aLength = aTo - aFrom;
        int bLength = bTo - bFrom;
        int length = Math.min(aLength, bLength);
        for (int i = 0; i < length; i++) {
            T oa = a[aFrom + i];
            T ob = b[bFrom + i];
            if (oa != ob) {
                int v;
                if (cmp != null) {
                    v = cmp.compare(oa, ob);
                } else if (oa == null || ob == null) {
                    return (oa == null) ? -1 : 1; // natural ordering puts null first
                } else {
                    v = ((Comparable) oa).compareTo(ob);
                }
                if (v != 0) {
                    return v;
                }
            }
        }
        return aLength - bLength;
    }

    static <T> int mismatchRanges(T[] a, int aFrom, int aTo, T[] b, int bFrom, int bTo, Comparator<? super T> cmp) {
        Arrays.rangeCheck(a.length, aFrom, aTo);
        Arrays.rangeCheck(b.length, bFrom, bTo);
        int aLength = aTo - aFrom;
        int bLength = bTo - bFrom;
        int length = Math.min(aLength, bLength);
        for (int i = 0; i < length; i++) {
            T oa = a[aFrom + i];
            T ob = b[bFrom + i];
            boolean same = (cmp == null) ? Objects.equals(oa, ob) : (oa == ob || cmp.compare(oa, ob) == 0);
            if (!same) {
                return i;
            }
        }
        return (aLength != bLength) ? length : -1;
    }
}
