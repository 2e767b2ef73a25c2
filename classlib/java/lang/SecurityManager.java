// Present for source compatibility only: islet never installs a security manager.
package java.lang;

@Deprecated(since = "17", forRemoval = true)
public class SecurityManager {
    public SecurityManager() {}
}
