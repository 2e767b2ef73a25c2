// Where a class came from (its location URL) and who signed it; islet's code is never signed.
package java.security;

import java.net.URL;
import java.util.Objects;

public class CodeSource implements java.io.Serializable {

    private final URL location;
    private final CodeSigner[] signers;

    public CodeSource(URL url, CodeSigner[] signers) {
        this.location = url;
        this.signers = signers == null ? null : signers.clone();
    }

    public final URL getLocation() {
        return location;
    }

    public final CodeSigner[] getCodeSigners() {
        return signers == null ? null : signers.clone();
    }

    public boolean equals(Object obj) {
        return obj instanceof CodeSource && Objects.equals(location, ((CodeSource) obj).location);
    }

    public int hashCode() {
        return location == null ? 0 : location.hashCode();
    }

    public String toString() {
        return "(" + location + " <no signer certificates>)";
    }
}
