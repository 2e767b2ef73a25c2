// The pre-NIO names getEncoding() reports for a charset ("UTF8" for UTF-8), as in the JDK.
package java.io;

import java.nio.charset.Charset;

final class HistoricalNames {
    private HistoricalNames() {}

    static String of(Charset cs) {
        switch (cs.name()) {
            case "UTF-8":
                return "UTF8";
            case "ISO-8859-1":
                return "ISO8859_1";
            case "US-ASCII":
                return "ASCII";
            case "UTF-16BE":
                return "UnicodeBigUnmarked";
            case "UTF-16LE":
                return "UnicodeLittleUnmarked";
            default:
                return cs.name();
        }
    }
}
