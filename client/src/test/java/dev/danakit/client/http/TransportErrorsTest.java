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

    /** Each cause, thrown by a connector and wrapped by Jersey, is classified as expected. */
    private static void assertEachIs(TransportError expected, Throwable... causes) {
        for (Throwable cause : causes) {
            assertEquals(expected, TransportErrors.classify(jersey(cause)), cause.toString());
        }
    }

    @Test
    void connectFailuresNeverReachedDana() {
        assertEachIs(TransportError.CONNECT_FAILED, new ConnectException(), new UnknownHostException("x"),
                new HttpConnectTimeoutException("HTTP connect timed out"));
    }

    @Test
    void timeoutsMayHaveReachedDana() {
        // the last message says "connect", but only the type counts: a SocketTimeoutException may be a read timeout
        assertEachIs(TransportError.TIMEOUT, new HttpTimeoutException("request timed out"),
                new SocketTimeoutException("Read timed out"), new SocketTimeoutException("connect timed out"));
    }

    @Test
    void brokenConnectionsAreResetsWhateverTheyAreCalled() {
        assertEachIs(TransportError.CONNECTION_RESET, new SocketException("x"), new EOFException());
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
