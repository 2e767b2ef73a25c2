// Run by jni_host (host.cpp), which links the library "hoststatic" into its own executable:
// System.loadLibrary finds it by JNI_OnLoad_hoststatic before searching java.library.path; the
// library file libHostUnload.so is loaded as usual. Their JNI_OnUnload functions run when the
// host destroys the isolate.
public class HostMain {
    static native String fromStatic(int x);
    static native String fromDynamic(String s);

    public static void main(String[] args) {
        System.loadLibrary("hoststatic");
        System.out.println(fromStatic(41));
        System.loadLibrary("hoststatic");  // loaded already: JNI_OnLoad_hoststatic does not run again
        System.loadLibrary("HostUnload");
        System.out.println(fromDynamic("dynamic"));
        try {
            System.loadLibrary("hostold");  // JNI_OnLoad_hostold asks for JNI 1.6
        } catch (UnsatisfiedLinkError e) {
            System.out.println(e);
        }
        try {
            System.loadLibrary("hostmissing");
        } catch (UnsatisfiedLinkError e) {
            System.out.println(e.getMessage().startsWith("no hostmissing in java.library.path") ? "hostmissing: not found"
                                                                                                : e.toString());
        }
    }
}
