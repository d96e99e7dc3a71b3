package dev.danakit.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one sandbox runs: where it listens, where it keeps its key pair, how tolerant it is.
 *
 * @param host address to bind (loopback by default: the sandbox is a developer tool, not a public server)
 * @param port port to bind; 0 picks a free one
 * @param configDir folder holding DANA's generated key pair
 * @param timestampTolerance how far X-TIMESTAMP / reqTime may drift from the sandbox clock
 * @param notifyRetrySchedule delays between callback deliveries until the merchant answers success
 *     (DANA's 2, 10, 60, 120, 360, 900 minutes, compressed to seconds by default)
 * @param relaxedSignatures accept requests without a valid signature (for trials in Swagger UI only)
 */
public record SandboxOptions(String host, int port, Path configDir, Duration timestampTolerance,
                             List<Duration> notifyRetrySchedule, boolean relaxedSignatures) {

    /** DANA's callback retry schedule in minutes, which the sandbox plays in seconds. */
    public static final List<Duration> COMPRESSED_DANA_SCHEDULE = List.of(
            Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(60),
            Duration.ofSeconds(120), Duration.ofSeconds(360), Duration.ofSeconds(900));

    public SandboxOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(configDir, "configDir");
        Objects.requireNonNull(timestampTolerance, "timestampTolerance");
        notifyRetrySchedule = List.copyOf(notifyRetrySchedule);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
    }

    /**
     * @param configDir folder for the key pair
     * @return loopback, port 8080, default tolerance and schedule, signatures enforced
     */
    public static SandboxOptions defaults(Path configDir) {
        return new SandboxOptions("127.0.0.1", 8080, configDir, Duration.ofMinutes(5),
                COMPRESSED_DANA_SCHEDULE, false);
    }

    /** @return a copy listening on {@code newPort} */
    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(host, newPort, configDir, timestampTolerance, notifyRetrySchedule, relaxedSignatures);
    }

    /** @return a copy with another callback retry schedule */
    public SandboxOptions withNotifyRetrySchedule(List<Duration> schedule) {
        return new SandboxOptions(host, port, configDir, timestampTolerance, schedule, relaxedSignatures);
    }

    /**
     * Parses {@code --host ADDR --port N --config-dir DIR --notify-retry-seconds 2,10,60 --relaxed-signatures}.
     *
     * @param args command-line arguments
     * @return the options
     * @throws IllegalArgumentException on an unknown flag or a bad value
     */
    public static SandboxOptions parse(String... args) {
        String host = "127.0.0.1";
        int port = 8080;
        Path configDir = Path.of(System.getProperty("user.home"), ".dana-sandbox");
        List<Duration> schedule = COMPRESSED_DANA_SCHEDULE;
        boolean relaxed = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = value(args, ++i);
                case "--port" -> port = Integer.parseInt(value(args, ++i));
                case "--config-dir" -> configDir = Path.of(value(args, ++i));
                case "--notify-retry-seconds" -> schedule = seconds(value(args, ++i));
                case "--relaxed-signatures" -> relaxed = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new SandboxOptions(host, port, configDir, Duration.ofMinutes(5), schedule, relaxed);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static List<Duration> seconds(String csv) {
        List<Duration> out = new ArrayList<>();
        for (String s : csv.split(",")) {
            out.add(Duration.ofSeconds(Long.parseLong(s.trim())));
        }
        return out;
    }
}
