package dev.danakit.client.http;

import dev.danakit.client.outcome.TransportError;
import dev.danakit.protocol.codes.ResponseCode;
import java.time.Duration;
import java.util.List;

/**
 * One HTTP attempt of a call, as reported to a {@link CallListener}. Holds no secrets.
 *
 * @param operationId the operation
 * @param method HTTP method
 * @param path the operation's path in its spec
 * @param attempt this attempt's number, from 1
 * @param externalId the attempt's X-EXTERNAL-ID (Open API: reqMsgId)
 * @param httpStatus the status received, 0 if none
 * @param code the decoded code (for a transport error: the code standing for it)
 * @param transportError why no response came, or null
 * @param latency time from sending to the answer or the failure
 * @param willRetry whether another attempt follows
 * @param stages the steps of the call path the attempt went through, in order
 */
public record AttemptEvent(String operationId, String method, String path, int attempt, String externalId,
        int httpStatus, ResponseCode code, TransportError transportError, Duration latency, boolean willRetry,
        List<Call.Stage> stages) {

    /**
     * Copies the stages.
     */
    public AttemptEvent {
        stages = List.copyOf(stages);
    }
}
