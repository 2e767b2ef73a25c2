// Artistic Style's JNI library (Debian's libastylej-jni) used as its documentation shows, through
// AStyleInterface (the Java side the library's exported names prescribe): the version, C, C++
// and Java sources formatted with several option sets, non-ASCII text, the library's callback
// into Java for invalid options, and four threads formatting at once.
public class AStyleJava {

    static final String C_SOURCE =
            "int main(int argc,char**argv){if(argc>1){for(int i=0;i<argc;i++){puts(argv[i]);}}"
            + "else{return 1;}switch(argc){case 1:break;default:return 2;}return 0;}\n";

    static final String CPP_SOURCE =
            "namespace n{class Point{public:Point(int x,int y):x_(x),y_(y){}\n"
            + "int x()const{return x_;}private:int x_,y_;};\n"
            + "template<typename T>T add(T a,T b){return a+b;}}\n";

    static final String JAVA_SOURCE =
            "class A{void f(){int x=1;if(x>0){System.out.println(\"h\u00e9llo \u4e2d\u6587 \ud83d\ude00\");}"
            + "else{x=-x;}}}\n";

    public static void main(String[] args) throws InterruptedException {
        AStyleInterface astyle = new AStyleInterface();
        System.out.println("AStyle version " + astyle.getVersion());

        String[] cOptions = {"style=allman", "style=java indent=spaces=2 pad-oper",
                "style=kr indent=tab", "style=gnu add-braces break-blocks", ""};
        for (String options : cOptions) {
            show("C, options \"" + options + "\"", astyle.formatSource(C_SOURCE, options));
        }
        show("C++, style=stroustrup", astyle.formatSource(CPP_SOURCE, "style=stroustrup indent-namespaces"));
        show("Java, style=java mode=java", astyle.formatSource(JAVA_SOURCE, "style=java mode=java"));

        // Invalid options: the library calls ErrorHandler (a private method) and still formats.
        show("invalid options", astyle.formatSource(C_SOURCE, "style=nonsense bogus-option"));
        show("empty source", astyle.formatSource("", "style=allman"));

        threads(astyle);
    }

    static void threads(AStyleInterface astyle) throws InterruptedException {
        String expected = astyle.formatSource(CPP_SOURCE, "style=allman");
        String[] results = new String[4];
        Thread[] workers = new Thread[results.length];
        for (int t = 0; t < workers.length; t++) {
            int index = t;
            workers[t] = new Thread(() -> {
                String last = null;
                for (int i = 0; i < 200 && (last == null || last.equals(expected)); i++) {
                    last = astyle.formatSource(CPP_SOURCE, "style=allman");
                }
                results[index] = last;
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        for (int t = 0; t < results.length; t++) {
            System.out.println("thread " + t + ": " + (expected.equals(results[t]) ? "same result" : results[t]));
        }
    }

    static void show(String what, String formatted) {
        System.out.println("--- " + what + " (" + formatted.length() + " chars)");
        System.out.println(formatted);
    }
}
