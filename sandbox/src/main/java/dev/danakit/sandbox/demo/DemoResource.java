package dev.danakit.sandbox.demo;

import static dev.danakit.sandbox.http.SandboxErrors.error;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The demo merchant's endpoints, for the docs page and {@code demo-call}: its credentials, and a signer that
 * Swagger UI's request interceptor calls before each "Try it out" request. Sandbox-only: DANA has nothing like it.
 *
 * @param demo the demo merchant
 * @param signer signs for it
 */
@Path("/sandbox/demo")
@Produces(MediaType.APPLICATION_JSON)
public record DemoResource(DemoMerchant demo, DemoSigner signer) {

    /**
     * What the browser is about to send.
     *
     * @param method HTTP method
     * @param path request path
     * @param headers its headers
     * @param body its exact body text
     */
    public record SignRequest(String method, String path, Map<String, String> headers, String body) {
    }

    /** @return the demo merchant's credentials (a sandbox-only merchant: nothing here is secret) */
    @GET
    @Path("merchant")
    public Map<String, String> merchant() {
        return demo.credentials();
    }

    /**
     * @param request what the browser is about to send
     * @return 200 {@code {"headers", "body"}} to send instead; 404 when the path is no DANA operation or the
     *     request names another merchant (then it goes as written); 400 for a body that cannot be signed
     */
    @POST
    @Path("sign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sign(SignRequest request) {
        if (request == null || request.method() == null || request.path() == null) {
            return error(400, "method and path are required");
        }
        try {
            return signer.sign(request.method(), request.path(),
                            request.headers() == null ? Map.of() : request.headers(), request.body())
                    .map(signed -> Response.ok(signed).build())
                    .orElseGet(() -> error(404,
                            "not signed: no DANA operation at this path, or the request names another merchant"));
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        }
    }
}
