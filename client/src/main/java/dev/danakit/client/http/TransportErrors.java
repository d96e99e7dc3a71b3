package dev.danakit.client.http;

import dev.danakit.client.outcome.TransportError;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;

/**
 * Tells why an attempt got no answer from the type of the I/O exception in a failure's cause chain, never from
 * its message: connectors word their messages as they like, the JDK's exception classes are the contract.
 */
public final class TransportErrors {

    private TransportErrors() {
    }

    /**
     * @param failure what sending threw (Jersey wraps the connector's IOException in a ProcessingException)
     * @return the transport error, or null if no I/O exception is in the chain
     */
    public static TransportError classify(Throwable failure) {
        TransportError fallback = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return TransportError.CONNECT_FAILED;
            }
            if (t instanceof HttpTimeoutException) {
                return TransportError.TIMEOUT;
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof PortUnreachableException) {
                return TransportError.CONNECT_FAILED;
            }
            // SocketTimeoutException too: without its message a connect timeout cannot be told from a read
            // timeout, so it counts as the one that may have reached DANA
            if (t instanceof InterruptedIOException) {
                return TransportError.TIMEOUT;
            }
            if (t instanceof SocketException || t instanceof EOFException || t instanceof ClosedChannelException) {
                return TransportError.CONNECTION_RESET;
            }
            if (t instanceof IOException && fallback == null) {
                fallback = TransportError.IO_ERROR;
            }
        }
        return fallback;
    }
}
