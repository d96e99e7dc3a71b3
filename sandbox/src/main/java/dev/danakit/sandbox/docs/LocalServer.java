package dev.danakit.sandbox.docs;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names this sandbox as the first server of a spec, by inserting one entry at the top of its {@code servers}
 * list and changing nothing else in the text: the served file is the published one, byte for byte, plus
 * that entry (so what Swagger UI shows of the spec is what other teams read).
 */
final class LocalServer {

    static final String DESCRIPTION = "This DANA sandbox (Try it out is signed for the demo merchant)";

    private static final Pattern SERVERS = Pattern.compile("(?m)^servers:[ \\t]*\\r?\\n([ \\t]*)- ");

    private LocalServer() {
    }

    /**
     * @param spec the spec's YAML bytes
     * @param origin e.g. {@code http://127.0.0.1:8080}; {@code null} names the server relative to the spec's own
     *     address ({@code /})
     * @return the spec with the sandbox first in {@code servers} (a list is added when there is none; a flow-style
     *     list is left alone)
     */
    static byte[] firstServer(byte[] spec, String origin) {
        String text = new String(spec, StandardCharsets.UTF_8);
        String url = origin == null ? "/" : origin;
        Matcher servers = SERVERS.matcher(text);
        String result;
        if (servers.find()) {
            String indent = servers.group(1);
            String entry = indent + "- url: " + url + "\n" + indent + "  description: " + DESCRIPTION + "\n";
            result = text.substring(0, servers.start(1)) + entry + text.substring(servers.start(1));
        } else if (Pattern.compile("(?m)^servers:").matcher(text).find()) {
            return spec; // a flow-style list: left as published
        } else {
            String separator = text.endsWith("\n") ? "" : "\n";
            result = text + separator + "servers:\n  - url: " + url + "\n    description: " + DESCRIPTION + "\n";
        }
        return result.getBytes(StandardCharsets.UTF_8);
    }
}
