package dev.danakit.sandbox;

/**
 * The merchant's side of a flow test: a server on 127.0.0.1 built with the kit's DanaCallbacks, whose URLs the
 * merchant registers with DANA.
 */
interface MerchantSide extends AutoCloseable {

    /** @return where DANA should send Unbind Notify, or {@code null} when the merchant takes none */
    default String unbindNotifyUrl() {
        return null;
    }

    /** @return where DANA should send Finish Notify */
    String finishNotifyUrl();

    /** Stops the server. */
    @Override
    void close();
}
