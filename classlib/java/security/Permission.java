// The base of named permissions. islet has no security manager: permissions are data only.
package java.security;

public abstract class Permission implements java.io.Serializable {

    private final String name;

    public Permission(String name) {
        this.name = name;
    }

    public abstract boolean implies(Permission permission);

    public abstract boolean equals(Object obj);

    public abstract int hashCode();

    public final String getName() {
        return name;
    }

    public abstract String getActions();

    public PermissionCollection newPermissionCollection() {
        return null;
    }

    public String toString() {
        String actions = getActions();
        return "(\"" + getClass().getName() + "\" \"" + name + "\""
                + (actions == null || actions.isEmpty() ? "" : " \"" + actions + "\"") + ")";
    }
}
