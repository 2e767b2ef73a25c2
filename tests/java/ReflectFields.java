// Reflection on fields: declared and public fields (sorted: HotSpot's order is unspecified),
// types, modifiers, toString, get/set with every primitive accessor and its widening rules.
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class ReflectFields {
    interface Constants {
        int LIMIT = 10;
        String LABEL = "label";
    }

    static class Base implements Constants {
        public int baseValue = 1;
        protected long protectedValue = 2;
        private String secret = "hidden";
        public static double ratio = 0.5;
    }

    static class Sample extends Base {
        public boolean flag = true;
        public byte b = -5;
        public char c = 'z';
        public short s = 300;
        public int i = 70000;
        public long l = 1L << 40;
        public float f = 1.25f;
        public double d = -2.5;
        public String text = "hello";
        public Integer boxed = 42;
        public int[] numbers = {1, 2, 3};
        transient volatile int tv;
        private static final String CONSTANT = "const";
        static int counter;
        static byte smallByte;
        static short smallShort;
        static char smallChar;
    }

    static List<String> names(Field[] fields) {
        List<String> list = new ArrayList<>();
        for (Field f : fields) {
            list.add(f.getName() + ":" + f.getType().getName() + ":" + f.getDeclaringClass().getSimpleName());
        }
        Collections.sort(list);
        return list;
    }

    static void tryGet(String label, Field f, Object target, String kind) {
        try {
            Object v;
            switch (kind) {
                case "boolean": v = f.getBoolean(target); break;
                case "byte": v = f.getByte(target); break;
                case "char": v = f.getChar(target); break;
                case "short": v = f.getShort(target); break;
                case "int": v = f.getInt(target); break;
                case "long": v = f.getLong(target); break;
                case "float": v = f.getFloat(target); break;
                case "double": v = f.getDouble(target); break;
                default: v = f.get(target); break;
            }
            System.out.println(label + " get" + kind + " -> " + v);
        } catch (Exception e) {
            System.out.println(label + " get" + kind + " -> " + e);
        }
    }

    static final String[] KINDS = {"Object", "boolean", "byte", "char", "short", "int", "long", "float", "double"};

    public static void main(String[] args) throws Exception {
        System.out.println("declared " + names(Sample.class.getDeclaredFields()));
        System.out.println("public " + names(Sample.class.getFields()));
        System.out.println("base declared " + names(Base.class.getDeclaredFields()));
        System.out.println("interface " + names(Constants.class.getFields()));

        List<String> descriptions = new ArrayList<>();
        for (Field f : Sample.class.getDeclaredFields()) {
            descriptions.add(f.toString() + " | mods=" + f.getModifiers() + " " + Modifier.toString(f.getModifiers())
                    + " synthetic=" + f.isSynthetic() + " enum=" + f.isEnumConstant());
        }
        Collections.sort(descriptions);
        for (String d : descriptions) {
            System.out.println(d);
        }

        Sample sample = new Sample();
        for (String name : new String[] {"flag", "b", "c", "s", "i", "l", "f", "d", "text", "boxed"}) {
            Field f = Sample.class.getField(name);
            for (String kind : KINDS) {
                tryGet(name, f, sample, kind);
            }
        }

        Field i = Sample.class.getField("i");
        i.setInt(sample, 5);
        i.setShort(sample, (short) 6);
        i.setChar(sample, 'A');
        System.out.println("i after setChar = " + sample.i);
        i.setByte(sample, (byte) -1);
        System.out.println("i after setByte = " + sample.i);
        i.set(sample, (short) 12);
        System.out.println("i after set(Short) = " + sample.i);
        for (Object bad : new Object[] {5L, 1.0f, "x", null, true}) {
            try {
                i.set(sample, bad);
                System.out.println("set " + bad + " ok");
            } catch (Exception e) {
                System.out.println("set " + bad + " -> " + e);
            }
        }
        try {
            i.setLong(sample, 1L);
        } catch (Exception e) {
            System.out.println("setLong -> " + e);
        }
        Field d = Sample.class.getField("d");
        d.setInt(sample, 7);
        d.setFloat(sample, 0.5f);
        d.setChar(sample, 'a');
        System.out.println("d = " + sample.d);
        d.set(sample, 3L);
        System.out.println("d = " + sample.d);
        Field flag = Sample.class.getField("flag");
        flag.setBoolean(sample, false);
        System.out.println("flag = " + sample.flag);
        try {
            flag.setInt(sample, 1);
        } catch (Exception e) {
            System.out.println("flag setInt -> " + e);
        }
        Field c = Sample.class.getField("c");
        try {
            c.setByte(sample, (byte) 65);
        } catch (Exception e) {
            System.out.println("c setByte -> " + e);
        }
        c.set(sample, 'q');
        System.out.println("c = " + sample.c);

        Field text = Sample.class.getField("text");
        text.set(sample, "changed");
        System.out.println("text = " + sample.text);
        text.set(sample, null);
        System.out.println("text = " + sample.text);
        try {
            text.set(sample, 17);
        } catch (Exception e) {
            System.out.println("text set 17 -> " + e);
        }
        Field numbers = Sample.class.getField("numbers");
        int[] arr = (int[]) numbers.get(sample);
        System.out.println("numbers length " + arr.length + " same=" + (arr == sample.numbers));

        Field ratio = Sample.class.getField("ratio");
        System.out.println("ratio " + ratio.get(null) + " declared by " + ratio.getDeclaringClass().getSimpleName());
        ratio.setDouble(null, 4.0);
        System.out.println("ratio now " + Base.ratio + " via instance " + ratio.get(sample));
        Field counter = Sample.class.getDeclaredField("counter");
        counter.setInt(null, 99);
        System.out.println("counter " + Sample.counter);
        for (int round = 0; round < 3; round++) {
            Sample.class.getDeclaredField("smallByte").setByte(null, (byte) (-3 - round));
            Sample.class.getDeclaredField("smallShort").setShort(null, (short) (-300 - round));
            Sample.class.getDeclaredField("smallChar").setChar(null, (char) (0xFFFF - round));
            int widenedByte = Sample.smallByte;
            int widenedShort = Sample.smallShort;
            int widenedChar = Sample.smallChar;
            System.out.println("narrow statics " + widenedByte + " " + widenedShort + " " + widenedChar + " "
                    + Sample.class.getDeclaredField("smallByte").get(null));
        }

        Field limit = Sample.class.getField("LIMIT");
        System.out.println("LIMIT " + limit.getInt(null) + " from " + limit.getDeclaringClass().getSimpleName()
                + " mods " + Modifier.toString(limit.getModifiers()));

        Field secret = Base.class.getDeclaredField("secret");
        System.out.println("secret " + secret.get(sample));
        secret.set(sample, "revealed");
        System.out.println("secret now " + secret.get(sample));

        Field f1 = Sample.class.getField("i");
        Field f2 = Sample.class.getField("i");
        System.out.println("equals " + f1.equals(f2) + " same " + (f1 == f2) + " hash "
                + (f1.hashCode() == f2.hashCode()) + " " + f1.hashCode());
        System.out.println("base field via subclass equals base lookup: "
                + Sample.class.getField("baseValue").equals(Base.class.getField("baseValue")));
    }
}
