// The base of the unchecked exceptions Formatter throws for a bad format string or argument.
package java.util;

public class IllegalFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 18830826L;

    IllegalFormatException() {}
}
