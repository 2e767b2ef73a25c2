// Byte orders for multi-byte buffer access; nativeOrder() asks the machine once.
package java.nio;

public final class ByteOrder {

    private final String name;

    private ByteOrder(String name) {
        this.name = name;
    }

    public static final ByteOrder BIG_ENDIAN = new ByteOrder("BIG_ENDIAN");
    public static final ByteOrder LITTLE_ENDIAN = new ByteOrder("LITTLE_ENDIAN");

    private static final ByteOrder NATIVE_ORDER = DirectMemory.isBigEndian0() ? BIG_ENDIAN : LITTLE_ENDIAN;

    public static ByteOrder nativeOrder() {
        return NATIVE_ORDER;
    }

    public String toString() {
        return name;
    }
}
