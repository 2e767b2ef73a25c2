// Bytes could not be decoded or chars encoded in a charset.
package java.nio.charset;

public class CharacterCodingException extends java.io.IOException {
    public CharacterCodingException() {}
}
