package dev.danakit.client.http;

import dev.danakit.client.outcome.ResponseCode;
import dev.danakit.client.outcome.TransportError;
import java.time.Duration;

/**
 * One HTTP attempt of a call, as reported to a {@link CallListener}. Holds no secrets.
 *
 * @param operationId the operation
 * @param method HTTP method
 * @param path request path
 * @param attempt this attempt's number, from 1
 * @param externalId the attempt's X-EXTERNAL-ID (Open API: reqMsgId)
 * @param httpStatus the status received, 0 if none
 * @param code the decoded code (for a transport error: the code standing for it)
 * @param transportError why no response came, or null
 * @param latency time from sending to the answer or the failure
 * @param willRetry whether another attempt follows
 */
public record AttemptEvent(String operationId, String method, String path, int attempt, String externalId,
        int httpStatus, ResponseCode code, TransportError transportError, Duration latency, boolean willRetry) {
}
