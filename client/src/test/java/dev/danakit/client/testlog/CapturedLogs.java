package dev.danakit.client.testlog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every line logged through SLF4J in this test JVM, at every level (TRACE included). */
public final class CapturedLogs {

    private static final List<String> LINES = new CopyOnWriteArrayList<>();

    private CapturedLogs() {
    }

    static void add(String line) {
        LINES.add(line);
    }

    /** @return a snapshot of the lines so far */
    public static List<String> lines() {
        return List.copyOf(LINES);
    }

    /** Forgets the lines so far. */
    public static void clear() {
        LINES.clear();
    }
}
