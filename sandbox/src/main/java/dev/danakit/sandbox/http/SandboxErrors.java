package dev.danakit.sandbox.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * How the sandbox's own endpoints (not DANA's: registration, customer actions, the binding pages, the demo signer)
 * refuse a request: the status and {@code {"error": "what is wrong"}} in JSON.
 */
public final class SandboxErrors {

    private SandboxErrors() {
    }

    /**
     * @param status the HTTP status, e.g. 400, 404 or 409
     * @param message what is wrong, for the person who sent it
     * @return the answer
     */
    public static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", message)).build();
    }
}
