package dev.danakit.sandbox;

import dev.danakit.sandbox.demo.DemoCall;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar dana-sandbox.jar [--host ADDR] [--port N] [--config-dir DIR] ...}: runs until SIGTERM.
 * {@code java -jar dana-sandbox.jar demo-call [--url URL]}: one signed call against a running sandbox.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && "demo-call".equals(args[0])) {
            System.exit(DemoCall.run(Arrays.copyOfRange(args, 1, args.length), System.out));
            return;
        }
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dana-sandbox: " + e.getMessage());
            System.err.println("usage: java -jar dana-sandbox.jar [--host 127.0.0.1] [--port 8080] [--config-dir DIR]"
                    + " [--notify-retry-seconds 2,10,60,120,360,900] [--relaxed-signatures]");
            System.err.println("       java -jar dana-sandbox.jar demo-call [--url http://127.0.0.1:8080]");
            System.exit(2);
            return;
        }
        onlyWarningsFromLibraries();
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

    /** Grizzly, Jersey and Hibernate Validator announce themselves at INFO; the banner says what matters. */
    private static void onlyWarningsFromLibraries() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(Level.WARNING);
        }
    }

    static void printWhereEverythingIs(PrintStream out, Sandbox sandbox, SandboxOptions options) {
        String base = sandbox.baseUri().toString();
        out.println("DANA sandbox listening on " + base);
        out.println("  Swagger UI           " + base + "/docs/   (Try it out is signed for the demo merchant)");
        for (String spec : sandbox.specs()) {
            out.println("  spec                 " + base + "/openapi/" + spec);
        }
        out.println("  DANA public key      " + base + "/sandbox/dana-public-key.pem");
        out.println("  demo merchant        client id " + dev.danakit.sandbox.demo.DemoMerchant.CLIENT_ID
                + ", private key " + sandbox.demo().privateKeyFile().toAbsolutePath());
        out.println("  register a merchant  POST " + base + "/sandbox/merchants"
                + " {\"clientId\",\"publicKeyPem\",\"unbindNotifyUrl\",\"finishNotifyUrl\"}");
        out.println("  bind a customer      POST " + base + "/sandbox/customers {\"clientId\"}");
        out.println("  config folder        " + options.configDir().toAbsolutePath());
        if (options.relaxedSignatures()) {
            out.println("  RELAXED: request signatures are not checked");
        }
        out.println("Stop with Ctrl+C (SIGINT) or SIGTERM. A signed call as the demo merchant (Apply OTT):");
        out.println("  " + demoCallCommand(base));
    }

    /** @return the command that runs {@link DemoCall} from this very jar (or class path) against {@code base} */
    static String demoCallCommand(String base) {
        String self;
        try {
            Path location = Path.of(SandboxMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            self = location.toString().endsWith(".jar") ? "java -jar " + quoted(location.toString())
                    : "java -cp " + quoted(System.getProperty("java.class.path")) + " " + SandboxMain.class.getName();
        } catch (URISyntaxException | SecurityException e) {
            self = "java -jar dana-sandbox.jar";
        }
        return self + " demo-call --url " + base;
    }

    private static String quoted(String path) {
        return path.matches("[A-Za-z0-9_./:+@=-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }
}
