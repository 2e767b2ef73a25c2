// The bootstrap loader's side of resources (it has no ClassLoader object): the class library's
// files as jrt:/java.base/ URLs, and reading the entries behind the URLs islet's loaders hand out.
package jdk.internal.loader;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

public final class BootLoader {

    private BootLoader() {}

    public static URL findResource(String name) {
        List<URL> urls = urls(null, name, true);
        return urls.isEmpty() ? null : urls.get(0);
    }

    public static Enumeration<URL> findResources(String name) {
        return Collections.enumeration(urls(null, name, false));
    }

    /** The URLs under which `loader`'s own path (null: the class library) holds `name`. */
    static List<URL> urls(ClassLoader loader, String name, boolean firstOnly) {
        List<URL> urls = new ArrayList<>();
        for (String spec : findResources0(loader, name, firstOnly)) {
            try {
                urls.add(new URL(spec));
            } catch (MalformedURLException e) {
                throw new InternalError(e);
            }
        }
        return urls;
    }

    /** The contents of an entry of the class library (a jrt:/java.base/ URL), or null. */
    public static byte[] readResource(String name) {
        return readResource0(name);
    }

    /** The contents of `entry` in the jar or zip file `archive` (a jar: URL), or null. */
    public static byte[] readArchiveEntry(String archive, String entry) {
        return readArchiveEntry0(archive, entry);
    }

    // Natives (src/natives/loader_natives.cpp).
    private static native String[] findResources0(ClassLoader loader, String name, boolean firstOnly);

    private static native byte[] readResource0(String name);

    private static native byte[] readArchiveEntry0(String archive, String entry);
}
