package dev.danakit.sandbox.demo;

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
 */
@Path("/sandbox/demo")
public final class DemoResource {

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

    private final DemoMerchant demo;
    private final DemoSigner signer;

    /**
     * @param demo the demo merchant
     * @param signer signs for it
     */
    public DemoResource(DemoMerchant demo, DemoSigner signer) {
        this.demo = demo;
        this.signer = signer;
    }

    /** @return the demo merchant's credentials (a sandbox-only merchant: nothing here is secret) */
    @GET
    @Path("merchant")
    @Produces(MediaType.APPLICATION_JSON)
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
    @Produces(MediaType.APPLICATION_JSON)
    public Response sign(SignRequest request) {
        if (request == null || request.method() == null || request.path() == null) {
            return Response.status(400).entity(Map.of("error", "method and path are required")).build();
        }
        try {
            return signer.sign(request.method(), request.path(),
                            request.headers() == null ? Map.of() : request.headers(), request.body())
                    .map(signed -> Response.ok(signed).build())
                    .orElseGet(() -> Response.status(404).entity(Map.of("error",
                            "not signed: no DANA operation at this path, or the request names another merchant"))
                            .build());
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(Map.of("error", e.getMessage())).build();
        }
    }
}
