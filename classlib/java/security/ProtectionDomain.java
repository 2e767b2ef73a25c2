// A class's code source and permissions, given to ClassLoader.defineClass. islet has no security
// manager, so a domain is recorded information only.
package java.security;

public class ProtectionDomain {

    private final CodeSource codesource;
    private final PermissionCollection permissions;

    public ProtectionDomain(CodeSource codesource, PermissionCollection permissions) {
        this.codesource = codesource;
        this.permissions = permissions;
        if (permissions != null) {
            permissions.setReadOnly();
        }
    }

    public final CodeSource getCodeSource() {
        return codesource;
    }

    public final PermissionCollection getPermissions() {
        return permissions;
    }

    public boolean implies(Permission permission) {
        return permissions != null && permissions.implies(permission);
    }
}
