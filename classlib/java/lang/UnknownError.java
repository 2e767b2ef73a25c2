// Thrown when an unknown but serious VM exception occurs.
package java.lang;

public class UnknownError extends VirtualMachineError {

    public UnknownError() {
        super();
    }

    public UnknownError(String message) {
        super(message);
    }
}
