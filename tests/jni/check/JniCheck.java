// -Xcheck:jni scenarios: each argument names one misuse that libJniCheck.so commits (or a
// correct use that must stay silent); tests/jni/check/run_check.sh compares islet's report with
// expected/<scenario>.txt, which comes from HotSpot 17's -Xcheck:jni output.
public class JniCheck {
    static native void run(String scenario);

    static int staticMethod(int a) { return a; }
    int instanceMethod(int a) { return a; }
    int field;
    static int staticField;

    public static void main(String[] args) {
        System.loadLibrary("JniCheck");
        for (String scenario : args) {
            System.out.println("scenario " + scenario);
            run(scenario);
        }
        System.out.println("end");
    }
}
