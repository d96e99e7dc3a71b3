package dev.danakit.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.danakit.client.outcome.TransportError;
import jakarta.ws.rs.ProcessingException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

/** A failure is classified by the types in its cause chain; the words of a message never decide. */
class TransportErrorsTest {

    private static ProcessingException jersey(Throwable cause) {
        return new ProcessingException(cause);
    }

    @Test
    void connectFailuresNeverReachedDana() {
        assertEquals(TransportError.CONNECT_FAILED, TransportErrors.classify(jersey(new ConnectException())));
        assertEquals(TransportError.CONNECT_FAILED, TransportErrors.classify(jersey(new UnknownHostException("x"))));
        assertEquals(TransportError.CONNECT_FAILED,
                TransportErrors.classify(jersey(new HttpConnectTimeoutException("HTTP connect timed out"))));
    }

    @Test
    void timeoutsMayHaveReachedDana() {
        assertEquals(TransportError.TIMEOUT, TransportErrors.classify(jersey(new HttpTimeoutException("request timed out"))));
        assertEquals(TransportError.TIMEOUT, TransportErrors.classify(jersey(new SocketTimeoutException("Read timed out"))));
        // the message says "connect", but only the type counts: a SocketTimeoutException may be a read timeout
        assertEquals(TransportError.TIMEOUT,
                TransportErrors.classify(jersey(new SocketTimeoutException("connect timed out"))));
    }

    @Test
    void brokenConnectionsAreResetsWhateverTheyAreCalled() {
        assertEquals(TransportError.CONNECTION_RESET, TransportErrors.classify(jersey(new SocketException("x"))));
        assertEquals(TransportError.CONNECTION_RESET, TransportErrors.classify(jersey(new EOFException())));
        assertEquals(TransportError.CONNECTION_RESET,
                TransportErrors.classify(new IOException("wrapped", new SocketException("Connection reset"))));
    }

    @Test
    void messagesDoNotDecide() {
        assertEquals(TransportError.IO_ERROR, TransportErrors.classify(jersey(new IOException("connection reset"))));
        assertEquals(TransportError.IO_ERROR, TransportErrors.classify(jersey(new IOException("received no bytes"))));
        assertNull(TransportErrors.classify(new ProcessingException("java.net.SocketTimeoutException: Read timed out")));
        assertNull(TransportErrors.classify(new IllegalStateException("timeout")));
        assertNull(TransportErrors.classify(null));
    }
}
