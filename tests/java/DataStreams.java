// DataOutputStream/DataInputStream: every typed write and read (big-endian), modified UTF-8
// (NUL, supplementary chars), size counting, EOFException mid-value, malformed readUTF input
// and the too-long writeUTF message.
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.util.Arrays;

public class DataStreams {
    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBoolean(true);
        out.writeBoolean(false);
        out.writeByte(-2);
        out.writeByte(300);
        out.writeShort(-12345);
        out.writeShort(65535);
        out.writeChar('\u20ac');
        out.writeInt(0xCAFEBABE);
        out.writeLong(Long.MIN_VALUE + 12345);
        out.writeFloat(3.5f);
        out.writeFloat(Float.NaN);
        out.writeDouble(-0.0);
        out.writeDouble(Math.PI);
        out.writeBytes("AB\u0141");
        out.writeChars("hi\u0141");
        out.writeUTF("plain");
        out.writeUTF("nul\u0000 \u00e9 \u20ac \uD83D\uDE00 end");
        out.writeUTF("");
        out.write(new byte[] {9, 8, 7}, 1, 2);
        out.write(0x1ff);
        System.out.println("size " + out.size());
        out.flush();
        byte[] data = bytes.toByteArray();
        System.out.println("bytes " + data.length + " " + Arrays.toString(data));

        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
        System.out.println(in.readBoolean() + " " + in.readBoolean() + " " + in.readByte() + " " + in.readUnsignedByte());
        System.out.println(in.readShort() + " " + in.readUnsignedShort() + " " + (int) in.readChar());
        System.out.println(Integer.toHexString(in.readInt()) + " " + in.readLong());
        System.out.println(in.readFloat() + " " + in.readFloat() + " " + in.readDouble() + " " + in.readDouble());
        byte[] three = new byte[3];
        in.readFully(three);
        System.out.println(Arrays.toString(three) + " " + in.readChar() + in.readChar() + (int) in.readChar());
        System.out.println(in.readUTF() + "|" + in.readUTF().length() + "|" + in.readUTF() + "|");
        System.out.println("available " + in.available() + " skip " + in.skipBytes(1) + " next " + in.read() + " eof " + in.read());
        try {
            in.readInt();
        } catch (EOFException e) {
            System.out.println("EOF " + e.getMessage());
        }

        DataInputStream partial = new DataInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        try {
            partial.readLong();
        } catch (EOFException e) {
            System.out.println("partial long " + e.getMessage());
        }
        try {
            new DataInputStream(new ByteArrayInputStream(new byte[0])).readFully(new byte[4], 1, 2);
        } catch (EOFException e) {
            System.out.println("readFully " + e.getMessage());
        }
        try {
            new DataInputStream(new ByteArrayInputStream(new byte[0])).readBoolean();
        } catch (EOFException e) {
            System.out.println("readBoolean " + e.getMessage());
        }

        byte[][] malformed = {
            {0, 2, (byte) 0xc3, 0x41}, {0, 1, (byte) 0xc3}, {0, 3, (byte) 0xe2, (byte) 0x82, 0x41}, {0, 2, (byte) 0xe2, (byte) 0x82},
            {0, 3, 0x41, (byte) 0xf0, (byte) 0x90}, {0, 2, 0x41, (byte) 0x80}, {0, 5, 0x41, 0x42, (byte) 0xe2, 0x41, (byte) 0x82}, {0, 9, 0x41},
        };
        for (byte[] m : malformed) {
            try {
                System.out.println("utf ok " + new DataInputStream(new ByteArrayInputStream(m)).readUTF());
            } catch (UTFDataFormatException e) {
                System.out.println("utf bad " + e.getMessage());
            } catch (EOFException e) {
                System.out.println("utf eof " + e.getMessage());
            }
        }
        StringBuilder sb = new StringBuilder("abcdefghij");
        while (sb.length() < 70000) {
            sb.append('x');
        }
        sb.append("0123456789");
        try {
            new DataOutputStream(new ByteArrayOutputStream()).writeUTF(sb.toString());
        } catch (UTFDataFormatException e) {
            System.out.println("too long: " + e.getMessage());
        }
        StringBuilder wide = new StringBuilder();
        for (int i = 0; i < 25000; i++) {
            wide.append('\u0800');
        }
        try {
            new DataOutputStream(new ByteArrayOutputStream()).writeUTF(wide.toString());
        } catch (UTFDataFormatException e) {
            System.out.println("too long wide " + e.getMessage().length() + " " + e.getMessage().endsWith("too long: 75000 bytes"));
        }
        DataInputStream lines = new DataInputStream(new ByteArrayInputStream("one\ntwo\r\nthree\rfour".getBytes()));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            System.out.println("line [" + line + "]");
        }
    }
}
