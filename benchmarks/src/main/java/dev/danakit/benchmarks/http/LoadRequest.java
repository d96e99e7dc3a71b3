package dev.danakit.benchmarks.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One POST prepared before the load: its headers and body, and the same as the exact HTTP/1.1 bytes a socket
 * client writes.
 *
 * @param path the request path
 * @param headers the request headers besides {@code Host} and {@code Content-Length}
 * @param body the exact body bytes
 * @param wire the whole request as written on a connection to {@code host}
 */
public record LoadRequest(String path, Map<String, String> headers, byte[] body, byte[] wire) {

    /**
     * @param host the {@code Host} header value, e.g. {@code 127.0.0.1:41234}
     * @param path the request path
     * @param headers the request headers besides {@code Host} and {@code Content-Length}
     * @param body the exact body bytes
     * @return the request with its wire bytes
     */
    public static LoadRequest post(String host, String path, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(512).append("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] wire = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, wire, 0, headBytes.length);
        System.arraycopy(body, 0, wire, headBytes.length, body.length);
        return new LoadRequest(path, Map.copyOf(headers), body, wire);
    }
}
