// Thrown when a URL string cannot be parsed or names a protocol islet does not know.
package java.net;

import java.io.IOException;

public class MalformedURLException extends IOException {

    public MalformedURLException() {
        super();
    }

    public MalformedURLException(String msg) {
        super(msg);
    }
}
