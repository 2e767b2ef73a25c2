// The Java side of Artistic Style's JNI library (Debian's libastylej-jni), written as AStyle's
// documentation (AStyleDev's AStyleInterface.java) prescribes: the class must be called
// AStyleInterface in the unnamed package, its natives AStyleMain and AStyleGetVersion, and the
// library calls back the private ErrorHandler(int, String) when the options are wrong.
class AStyleInterface {

    static {
        System.loadLibrary("astylej");
    }

    /** The formatted source, or an empty string on error (after ErrorHandler was called). */
    public String formatSource(String textIn, String options) {
        return AStyleMain(textIn, options);
    }

    public String getVersion() {
        return AStyleGetVersion();
    }

    public native String AStyleMain(String textIn, String options);

    public native String AStyleGetVersion();

    /** Called by the library (signature (ILjava/lang/String;)V) for each error. */
    private void ErrorHandler(int errorNumber, String errorMessage) {
        System.out.println("AStyle error " + errorNumber + " - " + errorMessage);
    }
}
