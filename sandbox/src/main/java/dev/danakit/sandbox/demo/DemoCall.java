package dev.danakit.sandbox.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.signing.keys.PemKeys;
import dev.danakit.signing.snap.SnapAsymmetric;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapTimestamp;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar dana-sandbox.jar demo-call [--url http://127.0.0.1:8080]}: one signed call against a running
 * sandbox, made as a merchant's server makes it. It fetches the demo merchant's credentials, signs Apply OTT for
 * the demo customer with the demo merchant's private key (SNAP, over the exact bytes it sends), sends it and
 * prints the request and DANA's answer. Exit code 0 for a success code.
 */
public final class DemoCall {

    /** A JSON {@code "value"} (where Apply OTT puts the one-time token). */
    private static final Pattern SECRET_VALUE = Pattern.compile("(\"value\"\\s*:\\s*\")([^\"]+)(\")");
    /** A header value that is one long base64 run: a signature. */
    private static final Pattern SIGNATURE_LIKE = Pattern.compile("[A-Za-z0-9+/=]{40,}");

    static final String PATH = "/rest/v1.1/qr/apply-ott";

    private DemoCall() {
    }

    /**
     * @param args {@code [--url BASE]}
     * @param out where the exchange is printed
     * @return the process exit code
     */
    public static int run(String[] args, PrintStream out) {
        String base = "http://127.0.0.1:8080";
        for (int i = 0; i < args.length; i++) {
            if ("--url".equals(args[i]) && i + 1 < args.length) {
                base = args[++i];
            } else {
                out.println("usage: java -jar dana-sandbox.jar demo-call [--url http://127.0.0.1:8080]");
                return 2;
            }
        }
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ObjectMapper json = new ObjectMapper();
        try {
            JsonNode demo = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/sandbox/demo/merchant"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body());
            PrivateKey key = PemKeys.privateKey(demo.path("privateKeyPem").asText());
            String token = demo.path("customerAccessToken").asText();
            byte[] body = ("{\"userResources\":[\"OTT\"],\"additionalInfo\":{\"accessToken\":\"" + token + "\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            String timestamp = SnapTimestamp.now(Clock.systemUTC());
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put(SnapHeaders.X_TIMESTAMP, timestamp);
            headers.put(SnapHeaders.X_SIGNATURE, SnapAsymmetric.sign(key, "POST", PATH, body, timestamp));
            headers.put(SnapHeaders.X_PARTNER_ID, demo.path("clientId").asText());
            headers.put(SnapHeaders.X_EXTERNAL_ID, UUID.randomUUID().toString());
            headers.put(SnapHeaders.CHANNEL_ID, "95221");
            headers.put("Authorization-Customer", "Bearer " + token);
            headers.put("X-DEVICE-ID", "dana-sandbox-demo-call");

            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + PATH))
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            out.println("POST " + base + PATH + "   (Apply OTT, signed as the demo merchant)");
            headers.forEach((name, value) -> out.println(name + ": " + shown(value, token)));
            out.println();
            out.println(shown(new String(body, StandardCharsets.UTF_8), token));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            out.println();
            out.println("HTTP " + response.statusCode());
            out.println(shown(response.body(), token));
            return json.readTree(response.body()).path("responseCode").asText().startsWith("200") ? 0 : 1;
        } catch (IOException e) {
            out.println("demo-call: no sandbox answering at " + base + " (" + e.getMessage() + ")");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /**
     * Tokens and signatures are shortened on screen: even a sandbox's tokens do not belong in terminals and
     * CI logs that people paste into tickets.
     */
    static String shown(String text, String token) {
        if (SIGNATURE_LIKE.matcher(text).matches()) {
            return shortened(text);
        }
        String out = token.isEmpty() ? text : text.replace(token, shortened(token));
        return SECRET_VALUE.matcher(out).replaceAll(
                m -> Matcher.quoteReplacement(m.group(1) + shortened(m.group(2)) + m.group(3)));
    }

    private static String shortened(String secret) {
        return secret.length() <= 8 ? "…" : secret.substring(0, 6) + "…";
    }
}
