// toString of concurrent collections: formatted from a snapshot array, "[a, b]" with
// "(this Collection)" for the collection itself, as java.util.concurrent.Helpers does.
package java.util.concurrent;

final class ConcurrentText {

    private ConcurrentText() {}

    static String collectionToString(Object[] items, Object self) {
        if (items.length == 0) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object e = items[i];
            sb.append(e == self ? "(this Collection)" : String.valueOf(e));
        }
        return sb.append(']').toString();
    }
}
