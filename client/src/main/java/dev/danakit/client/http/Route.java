package dev.danakit.client.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.danakit.protocol.operations.DanaOperation;
import jakarta.ws.rs.client.WebTarget;
import java.net.URI;

/**
 * Where and how one operation is sent, made once per client: the operation from the protocol's table, its Jersey
 * target (reused by every call), the path that is signed (the target's, with any prefix of the base URL), and the
 * product's generated mapper.
 *
 * @param operation the operation
 * @param target its target
 * @param uri the target's URI, built once (Jersey rebuilds it on every {@link WebTarget#getUri()})
 * @param signedPath the raw path of the target
 * @param mapper the product's generated mapper
 * @param merging a reader that fills an Open API head into the caller's model without replacing the body
 */
record Route(DanaOperation operation, WebTarget target, URI uri, String signedPath, ObjectMapper mapper,
        ObjectReader merging) {
}
