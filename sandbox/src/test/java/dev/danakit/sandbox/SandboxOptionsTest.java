package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxOptionsTest {

    @Test
    void defaultsListenOnLoopback8080() {
        SandboxOptions options = SandboxOptions.parse();
        assertEquals("127.0.0.1", options.host());
        assertEquals(8080, options.port());
        assertEquals(SandboxOptions.COMPRESSED_DANA_SCHEDULE, options.notifyRetrySchedule());
    }

    @Test
    void flagsChangeHostPortFolderScheduleAndRelaxedMode() {
        SandboxOptions options = SandboxOptions.parse("--host", "0.0.0.0", "--port", "9090", "--config-dir", "/tmp/x",
                "--notify-retry-seconds", "1, 5", "--relaxed-signatures");
        assertEquals("0.0.0.0", options.host());
        assertEquals(9090, options.port());
        assertEquals(Path.of("/tmp/x"), options.configDir());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(5)), options.notifyRetrySchedule());
        assertTrue(options.relaxedSignatures());
    }

    @Test
    void unknownFlagsAndMissingValuesAreRefused() {
        assertEquals("unknown option --prot",
                assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--prot", "1")).getMessage());
        assertEquals("--port needs a value",
                assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--port")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--port", "70000"));
    }
}
