// -D options and system properties visible to the program: values set on the command line
// (including empty values, '=' inside values and spaces), getProperty with defaults, and the
// standard properties that must agree between VMs (line.separator, file.separator,
// path.separator, java.specification.version).
// islet-test: options=-Dcolor=blue -Dempty= -Dexpr=a=b=c "-Dwith.space=two words" -Dcolor=green
public class SystemProps {
    public static void main(String[] args) {
        System.out.println("color=" + System.getProperty("color"));
        System.out.println("empty=[" + System.getProperty("empty") + "]");
        System.out.println("expr=" + System.getProperty("expr"));
        System.out.println("with.space=" + System.getProperty("with.space"));
        System.out.println("missing=" + System.getProperty("missing") + " default=" + System.getProperty("missing", "dflt"));
        String sep = System.getProperty("line.separator");
        System.out.println("line.separator length " + sep.length() + " code " + (int) sep.charAt(0) + " same as lineSeparator "
                + sep.equals(System.lineSeparator()));
        System.out.println("file.separator=" + System.getProperty("file.separator") + " path.separator="
                + System.getProperty("path.separator"));
        System.out.println("java.specification.version=" + System.getProperty("java.specification.version"));
        System.out.println("user.dir set: " + (System.getProperty("user.dir") != null));
        System.setProperty("runtime.set", "yes");
        System.out.println("runtime.set=" + System.getProperty("runtime.set"));
        System.clearProperty("color");
        System.out.println("cleared color=" + System.getProperty("color"));
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            System.out.println("empty key: " + e.getMessage());
        }
        try {
            System.getProperty(null);
        } catch (NullPointerException e) {
            System.out.println("null key: " + e.getMessage());
        }
    }
}
