// Integer marshalling of the nfi language from Java: sign and zero extension of every width,
// bits-only conversion of arguments (-1 and 255 are both 0xFF for UINT8/SINT8), the polyglot
// fitsIn/as rules on results, and UINT64 with unsigned semantics above Long.MAX_VALUE.
import java.math.BigInteger;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

public class PolyglotIntegers {

    static String fits(Value v) {
        return "byte=" + v.fitsInByte() + " short=" + v.fitsInShort() + " int=" + v.fitsInInt()
                + " long=" + v.fitsInLong() + " big=" + v.fitsInBigInteger() + " float=" + v.fitsInFloat()
                + " double=" + v.fitsInDouble();
    }

    public static void main(String[] args) {
        try (Context context = Context.newBuilder().allowNativeAccess(true).build()) {
            Value lib = context.eval("nfi", "load \"" + args[0] + "\" {"
                    + " id_s8(SINT8):SINT8; id_u8(UINT8):UINT8; id_s16(SINT16):SINT16; id_u16(UINT16):UINT16;"
                    + " id_s32(SINT32):SINT32; id_u32(UINT32):UINT32; id_s64(SINT64):SINT64; id_u64(UINT64):UINT64;"
                    + " all_ones_u8():UINT8; all_ones_u16():UINT16; all_ones_u32():UINT32; all_ones_u64():UINT64;"
                    + " widen_s8(SINT8):SINT64; widen_u8(UINT8):SINT64; widen_s16(SINT16):SINT64;"
                    + " widen_u16(UINT16):SINT64; widen_u32(UINT32):SINT64; add_u64(UINT64, UINT64):UINT64;"
                    + " sum_ten_ints(SINT32, SINT64, SINT8, UINT16, SINT32, SINT64, SINT16, UINT8, SINT32, SINT64):SINT64; }");
            // Results: the declared type decides sign or zero extension of the same bits.
            System.out.println("id_s8(255) = " + lib.invokeMember("id_s8", 255));
            System.out.println("id_s8(-1) = " + lib.invokeMember("id_s8", -1));
            System.out.println("id_u8(-1) = " + lib.invokeMember("id_u8", -1));
            System.out.println("id_u8(255) = " + lib.invokeMember("id_u8", (byte) -1));
            System.out.println("id_s16(65535) = " + lib.invokeMember("id_s16", 65535));
            System.out.println("id_u16(-2) = " + lib.invokeMember("id_u16", (short) -2));
            System.out.println("id_s32(4294967295L) = " + lib.invokeMember("id_s32", 4294967295L));
            System.out.println("id_u32(-1) = " + lib.invokeMember("id_u32", -1));
            System.out.println("id_s64(MIN) = " + lib.invokeMember("id_s64", Long.MIN_VALUE));
            System.out.println("id_u64(-1) = " + lib.invokeMember("id_u64", -1L));
            System.out.println("all_ones_u8 = " + lib.invokeMember("all_ones_u8"));
            System.out.println("all_ones_u16 = " + lib.invokeMember("all_ones_u16"));
            System.out.println("all_ones_u32 = " + lib.invokeMember("all_ones_u32"));
            Value max = lib.invokeMember("all_ones_u64");
            System.out.println("all_ones_u64 = " + max + " isNumber=" + max.isNumber());
            System.out.println("all_ones_u64 " + fits(max));
            System.out.println("all_ones_u64 asBigInteger = " + max.asBigInteger());
            try {
                max.asLong();
            } catch (ClassCastException e) {
                System.out.println("all_ones_u64 asLong: " + e.getMessage());
            }
            // Arguments reach C as bits: C widens them to int64_t by the parameter's type.
            System.out.println("widen_s8(200) = " + lib.invokeMember("widen_s8", 200));
            System.out.println("widen_u8(-56) = " + lib.invokeMember("widen_u8", -56));
            System.out.println("widen_s16(40000) = " + lib.invokeMember("widen_s16", 40000));
            System.out.println("widen_u16(-1) = " + lib.invokeMember("widen_u16", -1));
            System.out.println("widen_u32(-1) = " + lib.invokeMember("widen_u32", -1));
            // UINT64 above 2^63: BigInteger in, unsigned sum out (wrapping modulo 2^64 as C does).
            BigInteger twoTo63 = BigInteger.ONE.shiftLeft(63);
            Value sum = lib.invokeMember("add_u64", twoTo63, 5);
            System.out.println("2^63 + 5 = " + sum.asBigInteger() + " fitsInLong=" + sum.fitsInLong());
            Value wrapped = lib.invokeMember("add_u64", max, 2);
            System.out.println("(2^64-1) + 2 = " + wrapped + " fitsInByte=" + wrapped.fitsInByte());
            Value roundTrip = lib.invokeMember("id_u64", sum);
            System.out.println("id_u64(2^63+5) = " + roundTrip.asBigInteger());
            Value large = lib.invokeMember("id_u64", new BigInteger("18446744073709549568"));
            System.out.println("id_u64(2^64-2^11) = " + large + " " + fits(large) + " asDouble=" + large.asDouble());
            System.out.println("sum_ten_ints = " + lib.invokeMember("sum_ten_ints",
                    1, 2L, (byte) -3, 65535, 5, 6L, (short) -7, 255, 9, 10L));
            // Polyglot number rules on ordinary results.
            Value small = lib.invokeMember("id_s32", 100);
            System.out.println("100 " + fits(small) + " asByte=" + small.asByte() + " asDouble=" + small.asDouble());
            Value big32 = lib.invokeMember("id_u32", -1);
            System.out.println("4294967295 " + fits(big32));
            Value exact = lib.invokeMember("id_s64", 1L << 53);
            Value inexact = lib.invokeMember("id_s64", (1L << 53) + 1);
            System.out.println("2^53 fitsInDouble=" + exact.fitsInDouble() + ", 2^53+1 fitsInDouble="
                    + inexact.fitsInDouble() + " fitsInFloat=" + inexact.fitsInFloat());
            System.out.println("as(Integer) = " + small.as(Integer.class) + ", as(Number) = " + small.as(Number.class)
                    + ", as(long) = " + small.as(long.class));
            try {
                lib.invokeMember("id_s8", 256);
            } catch (PolyglotException e) {
                System.out.println("id_s8(256): " + e.getMessage());
            }
            try {
                lib.invokeMember("id_u8", -129);
            } catch (PolyglotException e) {
                System.out.println("id_u8(-129): " + e.getMessage());
            }
            try {
                lib.invokeMember("id_u64", BigInteger.ONE.shiftLeft(64));
            } catch (PolyglotException e) {
                System.out.println("id_u64(2^64): " + e.getMessage());
            }
            try {
                big32.asInt();
            } catch (ClassCastException e) {
                System.out.println("asInt(4294967295): " + e.getMessage());
            }
        }
    }
}
