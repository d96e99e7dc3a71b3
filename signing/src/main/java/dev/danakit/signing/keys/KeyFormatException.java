package dev.danakit.signing.keys;

/**
 * Thrown when key input cannot be loaded as the expected RSA key.
 *
 * <p>Messages say what was expected and what was found, and never include any part of the input, and
 * no cause is attached (parser exceptions can quote input bytes). A mis-pasted private key must not end
 * up in a log because it failed to load.
 */
public final class KeyFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message a message that contains no key material
     */
    public KeyFormatException(String message) {
        super(message);
    }
}
