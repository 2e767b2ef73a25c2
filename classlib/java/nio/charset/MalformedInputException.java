// The input was not a legal sequence in the charset; the message names the sequence's length.
package java.nio.charset;

public class MalformedInputException extends CharacterCodingException {

    private final int inputLength;

    public MalformedInputException(int inputLength) {
        this.inputLength = inputLength;
    }

    public int getInputLength() {
        return inputLength;
    }

    @Override
    public String getMessage() {
        return "Input length = " + inputLength;
    }
}
