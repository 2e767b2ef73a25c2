// JNI lookups under a closed world (-Xjni:config= with -Xjni:closed): each line says whether
// FindClass, GetMethodID/GetStaticMethodID or GetFieldID/GetStaticFieldID found its target or
// which error it left pending. Without -Xjni:closed every lookup succeeds, as on HotSpot.
public class JniClosed {
    static native String lookup(String kind, String className, String name, String signature);

    public static class Registered {
        public int open;
        int hidden;
        static long counter;
        public Registered() {}
        Registered(int x) {}
        public int twice(int x) { return 2 * x; }
        int secret(String s) { return s.length(); }
        static String describe(int[] values, String[][] names) { return "d"; }
        static String describe(long value) { return "l"; }
    }

    public static class AllMembers {
        int a;
        private static int b;
        void m() {}
        private static void n(double d) {}
    }

    public static class PublicOnly {
        public int visible;
        int invisible;
        public void shown() {}
        void hidden() {}
    }

    public static class Unlisted {
        int x;
        void y() {}
    }

    public static void main(String[] args) {
        System.loadLibrary("JniClosed");
        String[][] lookups = {
            {"class", "JniClosed$Registered", "", ""},
            {"class", "JniClosed$Unlisted", "", ""},
            {"class", "java/lang/String", "", ""},
            {"class", "[I", "", ""},
            {"class", "[Ljava/lang/String;", "", ""},
            {"method", "JniClosed$Registered", "<init>", "()V"},
            {"method", "JniClosed$Registered", "<init>", "(I)V"},
            {"method", "JniClosed$Registered", "twice", "(I)I"},
            {"method", "JniClosed$Registered", "secret", "(Ljava/lang/String;)I"},
            {"static", "JniClosed$Registered", "describe", "([I[[Ljava/lang/String;)Ljava/lang/String;"},
            {"static", "JniClosed$Registered", "describe", "(J)Ljava/lang/String;"},
            {"method", "JniClosed$Registered", "hashCode", "()I"},
            {"method", "JniClosed$Registered", "absent", "()V"},
            {"field", "JniClosed$Registered", "open", "I"},
            {"field", "JniClosed$Registered", "hidden", "I"},
            {"staticfield", "JniClosed$Registered", "counter", "J"},
            {"method", "JniClosed$AllMembers", "m", "()V"},
            {"static", "JniClosed$AllMembers", "n", "(D)V"},
            {"method", "JniClosed$AllMembers", "<init>", "()V"},
            {"field", "JniClosed$AllMembers", "a", "I"},
            {"staticfield", "JniClosed$AllMembers", "b", "I"},
            {"method", "JniClosed$PublicOnly", "shown", "()V"},
            {"method", "JniClosed$PublicOnly", "hidden", "()V"},
            {"field", "JniClosed$PublicOnly", "visible", "I"},
            {"field", "JniClosed$PublicOnly", "invisible", "I"},
            {"method", "java/lang/String", "length", "()I"},
            {"method", "java/lang/String", "isEmpty", "()Z"},
        };
        for (String[] l : lookups) {
            System.out.println(String.join(" ", l).trim() + ": " + lookup(l[0], l[1], l[2], l[3]));
        }
    }
}
