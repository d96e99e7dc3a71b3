package dev.danakit.callbacks.delivery;

import dev.danakit.callbacks.ledger.NotificationId;
import dev.danakit.protocol.answers.OpenApiHead;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.server.callbacks.api.UnbindNotifyApi;
import dev.danakit.server.callbacks.model.NotifyRequestHead;
import dev.danakit.server.callbacks.model.ResponseHead;
import dev.danakit.server.callbacks.model.ResultInfo;
import dev.danakit.server.callbacks.model.UnbindNotifyRequest;
import dev.danakit.server.callbacks.model.UnbindNotifyResponse;
import dev.danakit.server.callbacks.model.UnbindNotifyResponseBody;
import dev.danakit.server.callbacks.model.UnbindNotifyResponseValue;
import java.time.Clock;
import java.util.Objects;

/**
 * The registered Unbind Notify resource: runs the merchant's {@link UnbindNotifyApi} once per
 * {@code reqMsgId}. The merchant may return only a {@code resultInfo} (or {@code null} for success); the
 * response head is completed from the request, and the envelope is signed on the way out.
 */
public final class ExactlyOnceUnbindNotify implements UnbindNotifyApi {

    /** Ledger kind of Unbind Notify. */
    public static final String KIND = "dana.unbind-notify";

    private final UnbindNotifyApi handler;
    private final ExactlyOnce exactlyOnce;
    private final Clock clock;
    private final DanaOperation operation;

    /**
     * @param handler the merchant's implementation
     * @param exactlyOnce the delivery guard
     * @param clock stamps {@code respTime}
     * @param operation Unbind Notify in the operation table (its function)
     */
    public ExactlyOnceUnbindNotify(UnbindNotifyApi handler, ExactlyOnce exactlyOnce, Clock clock,
            DanaOperation operation) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.exactlyOnce = Objects.requireNonNull(exactlyOnce, "exactlyOnce");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.operation = Objects.requireNonNull(operation, "operation");
    }

    @Override
    public UnbindNotifyResponse unbindNotify(UnbindNotifyRequest request) {
        NotifyRequestHead head = request.getRequest().getHead();
        NotificationId id = NotificationId.of(KIND, head.getReqMsgId());
        return exactlyOnce.deliver(id, () -> complete(handler.unbindNotify(request), head),
                new ExactlyOnce.Answers<>(ExactlyOnceUnbindNotify::succeeded, r -> "S 00000000 SUCCESS",
                        () -> complete(null, head)));
    }

    private static boolean succeeded(UnbindNotifyResponse response) {
        return response.getResponse().getBody().getResultInfo().getResultStatus() == ResultInfo.ResultStatusEnum.S;
    }

    private UnbindNotifyResponse complete(UnbindNotifyResponse answer, NotifyRequestHead request) {
        UnbindNotifyResponse response = answer == null ? new UnbindNotifyResponse() : answer;
        if (response.getResponse() == null) {
            response.setResponse(new UnbindNotifyResponseValue());
        }
        UnbindNotifyResponseValue value = response.getResponse();
        if (value.getBody() == null) {
            value.setBody(new UnbindNotifyResponseBody());
        }
        if (value.getBody().getResultInfo() == null) {
            value.getBody().setResultInfo(new ResultInfo().resultStatus(ResultInfo.ResultStatusEnum.S)
                    .resultCodeId("00000000").resultCode("SUCCESS").resultMsg("success"));
        }
        ResponseHead head = value.getHead() == null ? new ResponseHead() : value.getHead();
        value.setHead(head);
        // what the merchant's handler left open is filled as every Open API answer's head is
        OpenApiHead answering = OpenApiHead.answering(operation, request.getVersion(), request.getClientId(),
                request.getReqMsgId(), request.getReserve(), clock);
        head.setVersion(head.getVersion() == null ? answering.version() : head.getVersion());
        head.setFunction(head.getFunction() == null ? answering.function() : head.getFunction());
        head.setClientId(head.getClientId() == null ? answering.clientId() : head.getClientId());
        head.setRespTime(head.getRespTime() == null ? answering.respTime() : head.getRespTime());
        head.setReqMsgId(head.getReqMsgId() == null ? answering.reqMsgId() : head.getReqMsgId());
        head.setReserve(head.getReserve() == null ? answering.reserve() : head.getReserve());
        return response;
    }
}
