package dev.danakit.sandbox;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar dana-sandbox.jar [--host ADDR] [--port N] [--config-dir DIR] ...}: runs until SIGTERM. */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dana-sandbox: " + e.getMessage());
            System.err.println("usage: java -jar dana-sandbox.jar [--host 127.0.0.1] [--port 8080] [--config-dir DIR]"
                    + " [--notify-retry-seconds 2,10,60,120,360,900] [--relaxed-signatures]");
            System.exit(2);
            return;
        }
        Sandbox sandbox = Sandbox.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.closeGracefully(Duration.ofSeconds(3));
            System.out.println("DANA sandbox stopped");
            stopped.countDown();
        }, "dana-sandbox-shutdown"));
        printWhereEverythingIs(System.out, sandbox, options);
        stopped.await();
    }

    static void printWhereEverythingIs(PrintStream out, Sandbox sandbox, SandboxOptions options) {
        String base = sandbox.baseUri().toString();
        out.println("DANA sandbox listening on " + base);
        out.println("  Swagger UI           " + base + "/docs/");
        for (String spec : sandbox.specs()) {
            out.println("  spec                 " + base + "/openapi/" + spec);
        }
        out.println("  DANA public key      " + base + "/sandbox/dana-public-key.pem");
        out.println("  register a merchant  POST " + base + "/sandbox/merchants"
                + " {\"clientId\",\"publicKeyPem\",\"unbindNotifyUrl\",\"finishNotifyUrl\"}");
        out.println("  bind a customer      POST " + base + "/sandbox/customers {\"clientId\"}");
        out.println("  config folder        " + options.configDir().toAbsolutePath());
        if (options.relaxedSignatures()) {
            out.println("  RELAXED: request signatures are not checked");
        }
        out.println("Stop with Ctrl+C (SIGINT) or SIGTERM.");
    }
}
