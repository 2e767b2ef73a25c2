// The signer of code. islet verifies no jar signatures, so no CodeSigner is ever created: code
// sources are unsigned (CodeSource.getCodeSigners() is null).
package java.security;

public final class CodeSigner implements java.io.Serializable {

    private CodeSigner() {}
}
