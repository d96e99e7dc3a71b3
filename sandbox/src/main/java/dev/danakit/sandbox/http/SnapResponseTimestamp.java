package dev.danakit.sandbox.http;

import dev.danakit.signing.snap.SnapTimestamp;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.time.Clock;

/** Stamps SNAP answers with DANA's {@code X-TIMESTAMP} response header. */
public final class SnapResponseTimestamp implements ContainerResponseFilter {

    private final Clock clock;

    public SnapResponseTimestamp(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        DanaCall call = DanaCall.of(request);
        if (call != null && call.operation().isSnap() && !response.getHeaders().containsKey("X-TIMESTAMP")) {
            response.getHeaders().putSingle("X-TIMESTAMP", SnapTimestamp.now(clock));
        }
    }
}
