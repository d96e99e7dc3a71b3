package dev.danakit.benchmarks.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The cheapest load side there is: one thread and one selector over plain non-blocking sockets, writing each
 * request's precomputed bytes and reading the answer just far enough to know its status, its success code and
 * where it ends ({@code Content-Length} or a chunked body's last chunk). No HTTP library, no per-request
 * objects besides a {@link ByteBuffer} wrapper, no thread hand-over.
 */
public final class SocketLoad implements HttpLoad {

    static final String THREAD_NAME = "load-socket-client";
    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] CONTENT_LENGTH = "\r\ncontent-length:".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] CHUNKED = "\r\ntransfer-encoding: chunked".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] LAST_CHUNK = "\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    /** How long the load may run past its deadline before it is given up as hung. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(20);

    private final InetSocketAddress server;
    private final int connections;
    private final byte[] success;
    /** The one load thread, kept between runs so that its CPU time can be read after a run. */
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, THREAD_NAME));

    /**
     * @param server the server's address
     * @param connections keep-alive connections, each with at most one request in flight
     * @param successMarker bytes a successful answer's body contains
     */
    public SocketLoad(InetSocketAddress server, int connections, String successMarker) {
        this.server = server;
        this.connections = connections;
        this.success = successMarker.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public LoadResult run(List<LoadRequest> requests, long deadlineNanos) throws Exception {
        Run run = new Run(requests, deadlineNanos);
        try {
            thread.submit(() -> {
                run.loop();
                return null;
            }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("socket load failed", e.getCause());
        }
        return run.result();
    }

    @Override
    public boolean isLoadThread(String threadName) {
        return THREAD_NAME.equals(threadName);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    /** One connection's state: the request it is writing or awaiting, and the answer read so far. */
    private static final class Connection {
        final SocketChannel channel;
        SelectionKey key;
        ByteBuffer out;
        ByteBuffer in = ByteBuffer.allocate(8192);
        int index;
        long sentAt;
        int headerEnd = -1;
        long bodyLength = -1;
        boolean chunked;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }
    }

    private final class Run {
        final List<LoadRequest> requests;
        final long deadline;
        final long[] latencies;
        int next;
        int active;
        int succeeded;
        int failures;
        String firstFailure;
        long firstSent;
        long lastAnswer;

        Run(List<LoadRequest> requests, long deadline) {
            this.requests = requests;
            this.deadline = deadline;
            this.latencies = new long[requests.size()];
            Arrays.fill(latencies, -1);
        }

        void loop() throws IOException {
            try (Selector selector = Selector.open()) {
                for (int c = 0; c < connections; c++) {
                    SocketChannel channel = SocketChannel.open(server);
                    channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                    channel.configureBlocking(false);
                    Connection connection = new Connection(channel);
                    connection.key = channel.register(selector, 0, connection);
                    active++;
                }
                firstSent = System.nanoTime();
                for (SelectionKey key : selector.keys()) {
                    sendNext((Connection) key.attachment());
                }
                while (active > 0) {
                    if (System.nanoTime() - deadline > GRACE_NANOS) {
                        throw new IllegalStateException(active + " connections still waiting for an answer");
                    }
                    selector.select(1000);
                    Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                    while (ready.hasNext()) {
                        SelectionKey key = ready.next();
                        ready.remove();
                        Connection connection = (Connection) key.attachment();
                        if (key.isValid() && key.isWritable()) {
                            flush(connection);
                        }
                        if (key.isValid() && key.isReadable()) {
                            read(connection);
                        }
                    }
                }
            }
        }

        void sendNext(Connection connection) throws IOException {
            if (next >= requests.size() || System.nanoTime() - deadline >= 0) {
                finish(connection);
                return;
            }
            connection.index = next++;
            connection.out = ByteBuffer.wrap(requests.get(connection.index).wire());
            connection.sentAt = System.nanoTime();
            flush(connection);
        }

        void flush(Connection connection) throws IOException {
            connection.channel.write(connection.out);
            connection.key.interestOps(connection.out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        void read(Connection connection) throws IOException {
            ByteBuffer in = connection.in;
            if (!in.hasRemaining()) {
                connection.in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
                in = connection.in;
            }
            int read;
            try {
                read = connection.channel.read(in);
            } catch (IOException e) {
                read = -1;
            }
            if (read < 0) {
                fail(connection, "connection closed by the server after " + in.position() + " bytes of an answer");
                finish(connection);
                return;
            }
            if (!answerComplete(connection)) {
                return;
            }
            long now = System.nanoTime();
            lastAnswer = now;
            byte[] answer = in.array();
            int status = (answer[9] - '0') * 100 + (answer[10] - '0') * 10 + (answer[11] - '0');
            if (status == 200 && indexOf(answer, connection.headerEnd, in.position(), success, false) >= 0) {
                latencies[connection.index] = now - connection.sentAt;
                succeeded++;
            } else {
                fail(connection, new String(answer, 0, in.position(), StandardCharsets.ISO_8859_1));
            }
            in.clear();
            connection.headerEnd = -1;
            connection.bodyLength = -1;
            connection.chunked = false;
            sendNext(connection);
        }

        boolean answerComplete(Connection connection) {
            byte[] data = connection.in.array();
            int length = connection.in.position();
            if (connection.headerEnd < 0) {
                int end = indexOf(data, 0, length, HEADER_END, false);
                if (end < 0) {
                    return false;
                }
                connection.headerEnd = end + HEADER_END.length;
                int field = indexOf(data, 0, end + 2, CONTENT_LENGTH, true);
                if (field >= 0) {
                    long value = 0;
                    for (int i = field + CONTENT_LENGTH.length; data[i] != '\r'; i++) {
                        if (data[i] >= '0' && data[i] <= '9') {
                            value = value * 10 + data[i] - '0';
                        }
                    }
                    connection.bodyLength = value;
                } else {
                    connection.chunked = indexOf(data, 0, end + 2, CHUNKED, true) >= 0;
                }
            }
            if (connection.bodyLength >= 0) {
                return length >= connection.headerEnd + connection.bodyLength;
            }
            return connection.chunked && length >= connection.headerEnd + 5
                    && indexOf(data, length - LAST_CHUNK.length, length, LAST_CHUNK, false) >= 0;
        }

        void fail(Connection connection, String what) {
            failures++;
            if (firstFailure == null) {
                firstFailure = what;
            }
        }

        void finish(Connection connection) throws IOException {
            connection.key.cancel();
            connection.channel.close();
            active--;
        }

        LoadResult result() {
            return new LoadResult(next, succeeded, failures, firstFailure, lastAnswer - firstSent, latencies);
        }
    }

    /** @return the first index of {@code needle} in {@code data[from, to)}, or -1; ASCII case-insensitive if asked */
    static int indexOf(byte[] data, int from, int to, byte[] needle, boolean ignoreCase) {
        outer:
        for (int i = Math.max(0, from); i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                byte b = data[i + j];
                if (ignoreCase && b >= 'A' && b <= 'Z') {
                    b += 'a' - 'A';
                }
                if (b != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
