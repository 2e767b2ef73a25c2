// URLs as far as class loading needs them: parsing and printing like the JDK's, and openStream
// for the locations islet's class loaders hand out ("file:", "jar:file:...!/", "jrt:/java.base/").
// Network protocols parse but cannot be opened: islet has no protocol handlers.
package java.net;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import jdk.internal.loader.BootLoader;

public final class URL implements java.io.Serializable {

    private static final String[] KNOWN_PROTOCOLS = {"file", "jar", "jrt", "http", "https", "ftp", "mailto"};

    private final String protocol;
    private final String host;
    private final int port;
    private final String authority;
    private final String file;   // path plus "?query"
    private final String path;
    private final String query;
    private final String ref;

    public URL(String spec) throws MalformedURLException {
        this(null, spec);
    }

    /** Parses `spec`; a spec without a protocol is resolved against `context`. */
    public URL(URL context, String spec) throws MalformedURLException {
        if (spec == null) {
            throw new MalformedURLException("null");
        }
        String text = spec.trim();
        String scheme = schemeOf(text);
        if (scheme == null) {
            if (context == null) {
                throw new MalformedURLException("no protocol: " + spec);
            }
            text = resolve(context, text);
            scheme = context.protocol;
        } else {
            text = text.substring(scheme.length() + 1);
        }
        String protocol = scheme.toLowerCase();
        checkProtocol(protocol);
        String fragment = null;
        int hash = text.indexOf('#');
        if (hash >= 0) {
            fragment = text.substring(hash + 1);
            text = text.substring(0, hash);
        }
        String authority = null;
        if (text.startsWith("//") && !protocol.equals("jar")) {
            int end = text.length();
            for (char stop : new char[] {'/', '?'}) {
                int at = text.indexOf(stop, 2);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            authority = text.substring(2, end);
            text = text.substring(end);
        }
        this.protocol = protocol;
        this.authority = authority;
        int colon = authority == null ? -1 : authority.lastIndexOf(':');
        int at = authority == null ? -1 : authority.indexOf('@');
        String hostPart = authority == null ? "" : authority.substring(at + 1);
        int portColon = colon > at ? hostPart.lastIndexOf(':') : -1;
        this.host = portColon >= 0 ? hostPart.substring(0, portColon) : hostPart;
        this.port = portColon >= 0 ? parsePort(hostPart.substring(portColon + 1), spec) : -1;
        this.file = text;
        int question = text.indexOf('?');
        this.path = question >= 0 ? text.substring(0, question) : text;
        this.query = question >= 0 ? text.substring(question + 1) : null;
        this.ref = fragment;
    }

    public URL(String protocol, String host, int port, String file) throws MalformedURLException {
        this(protocol + ":" + (host == null || host.isEmpty() ? "" : "//" + host + (port == -1 ? "" : ":" + port)) + file);
    }

    public URL(String protocol, String host, String file) throws MalformedURLException {
        this(protocol, host, -1, file);
    }

    private static String schemeOf(String spec) {
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c == ':') {
                return i > 0 ? spec.substring(0, i) : null;
            }
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))) {
                return null;
            }
        }
        return null;
    }

    private static void checkProtocol(String protocol) throws MalformedURLException {
        for (String known : KNOWN_PROTOCOLS) {
            if (known.equals(protocol)) {
                return;
            }
        }
        throw new MalformedURLException("unknown protocol: " + protocol);
    }

    private static int parsePort(String text, String spec) throws MalformedURLException {
        if (text.isEmpty()) {
            return -1;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new MalformedURLException("For input string: \"" + text + "\"");
        }
    }

    /** A relative spec against `context`: "/x" replaces the path, "x" replaces its last segment. */
    private static String resolve(URL context, String relative) {
        String prefix = context.authority != null ? "//" + context.authority : "";
        if (relative.startsWith("/")) {
            return prefix + relative;
        }
        String base = context.path;
        int slash = base.lastIndexOf('/');
        return prefix + (slash >= 0 ? base.substring(0, slash + 1) : "") + relative;
    }

    public String getProtocol() {
        return protocol;
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public int getDefaultPort() {
        switch (protocol) {
            case "http": return 80;
            case "https": return 443;
            case "ftp": return 21;
            default: return -1;
        }
    }

    public String getAuthority() {
        return authority;
    }

    public String getFile() {
        return file;
    }

    public String getPath() {
        return path;
    }

    public String getQuery() {
        return query;
    }

    public String getRef() {
        return ref;
    }

    public String toExternalForm() {
        StringBuilder sb = new StringBuilder(protocol).append(':');
        if (authority != null && !authority.isEmpty()) {
            sb.append("//").append(authority);
        }
        sb.append(file);
        if (ref != null) {
            sb.append('#').append(ref);
        }
        return sb.toString();
    }

    public String toString() {
        return toExternalForm();
    }

    /** Equal URLs print the same (islet never resolves host names to compare them). */
    public boolean equals(Object obj) {
        return obj instanceof URL && toExternalForm().equals(((URL) obj).toExternalForm());
    }

    public int hashCode() {
        return toExternalForm().hashCode();
    }

    public boolean sameFile(URL other) {
        return other != null && protocol.equals(other.protocol) && file.equals(other.file)
                && java.util.Objects.equals(authority, other.authority);
    }

    public final InputStream openStream() throws IOException {
        switch (protocol) {
            case "file":
                return new FileInputStream(decode(path));
            case "jar": {
                int separator = path.indexOf("!/");
                if (separator < 0 || !path.startsWith("file:")) {
                    throw new MalformedURLException("no !/ in spec");
                }
                String archive = decode(path.substring("file:".length(), separator));
                String entry = decode(path.substring(separator + 2));
                byte[] bytes = BootLoader.readArchiveEntry(archive, entry);
                if (bytes == null) {
                    throw new FileNotFoundException("JAR entry " + entry + " not found in " + archive);
                }
                return new ByteArrayInputStream(bytes);
            }
            case "jrt": {
                String prefix = "/java.base/";
                byte[] bytes = path.startsWith(prefix) ? BootLoader.readResource(decode(path.substring(prefix.length()))) : null;
                if (bytes == null) {
                    throw new FileNotFoundException(path);
                }
                return new ByteArrayInputStream(bytes);
            }
            default:
                throw new IOException("islet cannot open " + protocol + " URLs: " + this);
        }
    }

    /** Undoes percent-encoding (escapes stand for UTF-8 bytes). */
    private static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[in.length];
        int n = 0;
        for (int i = 0; i < in.length; i++) {
            int high = i + 2 < in.length && in[i] == '%' ? Character.digit(in[i + 1], 16) : -1;
            int low = high >= 0 ? Character.digit(in[i + 2], 16) : -1;
            if (low >= 0) {
                out[n++] = (byte) (high * 16 + low);
                i += 2;
            } else {
                out[n++] = in[i];
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }
}
