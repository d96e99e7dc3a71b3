package dev.danakit.sandbox.server;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.glassfish.grizzly.ReadHandler;
import org.glassfish.grizzly.http.io.InputBuffer;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.HttpStatus;

/**
 * Hands a request to the application only once its whole body has arrived, reading it without a thread:
 * a slow or stuck client holds a connection, never a worker. A body that does not arrive within the read
 * timeout gets {@code 408}, one over the size limit {@code 413}; both close the connection.
 */
public final class WholeBodyHandler extends HttpHandler {

    private final HttpHandler application;
    private final Duration readTimeout;
    private final int maxBodyBytes;

    /**
     * @param application the handler that reads the body (Jersey's container), started and stopped with this one
     * @param readTimeout longest wait for the rest of a body
     * @param maxBodyBytes largest body accepted
     */
    public WholeBodyHandler(HttpHandler application, Duration readTimeout, int maxBodyBytes) {
        this.application = application;
        this.readTimeout = readTimeout;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void start() {
        application.start();
    }

    @Override
    public void destroy() {
        application.destroy();
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        if (request.getContentLength() > maxBodyBytes) {
            refuse(response, HttpStatus.REQUEST_ENTITY_TOO_LARGE_413);
            return;
        }
        InputBuffer body = request.getInputBuffer();
        if (body.isFinished()) {
            application.service(request, response);
            return;
        }
        BodyReader reader = new BodyReader(request, response);
        response.suspend(readTimeout.toMillis(), TimeUnit.MILLISECONDS, null, reader::timedOut);
        reader.inService = true;
        try {
            body.notifyAvailable(reader, maxBodyBytes + 1);
        } finally {
            reader.inService = false;
        }
    }

    private static void refuse(Response response, HttpStatus status) {
        response.setStatus(status);
        response.setHeader(Header.Connection, "close");
        response.setContentLength(0);
    }

    private final class BodyReader implements ReadHandler {
        private final Request request;
        private final Response response;
        private volatile boolean inService;
        /** Set by whichever comes first: the whole body (or too much of it), an error, or the timeout. */
        private final AtomicBoolean claimed = new AtomicBoolean();

        BodyReader(Request request, Response response) {
            this.request = request;
            this.response = response;
        }

        /** More than the limit has arrived and more is coming. */
        @Override
        public void onDataAvailable() {
            finish(() -> {
                refuse(response, HttpStatus.REQUEST_ENTITY_TOO_LARGE_413);
                response.resume();
            });
        }

        @Override
        public void onAllDataRead() {
            finish(() -> {
                try {
                    application.service(request, response);
                } catch (Exception e) {
                    if (response.isSuspended()) {
                        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR_500);
                        response.resume();
                    }
                }
            });
        }

        @Override
        public void onError(Throwable t) {
            finish(() -> {
                if (response.isSuspended()) {
                    response.cancel();
                }
            });
        }

        boolean timedOut(Response timedOut) {
            if (!claimed.compareAndSet(false, true)) {
                return false; // the application is answering: its own time, not the client's
            }
            refuse(timedOut, HttpStatus.REQUEST_TIMEOUT_408);
            // Grizzly marks a timed-out response cancelled but never finishes it: answer and finish here
            timedOut.resume();
            return true;
        }

        private void finish(Runnable step) {
            if (!claimed.compareAndSet(false, true)) {
                return; // already answered 408
            }
            if (inService) {
                // called back before service() returned: let Grizzly see the suspension first (the request's own
                // executor is "this thread" when called on a worker, so take the pool itself)
                java.util.concurrent.Executor pool = request.getContext().getConnection().getTransport()
                        .getWorkerThreadPool();
                if (pool != null) {
                    pool.execute(step);
                } else {
                    new Thread(step, "dana-sandbox-body").start();
                }
            } else {
                step.run();
            }
        }
    }
}
