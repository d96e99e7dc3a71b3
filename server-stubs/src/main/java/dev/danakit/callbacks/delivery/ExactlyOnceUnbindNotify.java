package dev.danakit.callbacks.delivery;

import dev.danakit.callbacks.Notification;
import dev.danakit.callbacks.NotificationHandler;
import dev.danakit.callbacks.binding.StrictFields;
import dev.danakit.callbacks.ledger.NotificationId;
import dev.danakit.protocol.refusals.Refusal;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The registered Unbind Notify resource: runs the merchant's {@link UnbindNotifyApi} once per
 * {@code reqMsgId}. The merchant may return only a {@code resultInfo} (or {@code null} for success); the
 * response head is completed from the request, and the envelope is signed on the way out.
 */
public final class ExactlyOnceUnbindNotify implements UnbindNotifyApi, CallbackDelivery<UnbindNotifyRequest> {

    /** Ledger kind of Unbind Notify. */
    public static final String KIND = "dana.unbind-notify";
    /** The Open API version DANA's notifications carry. */
    public static final String VERSION = "2.0";
    /** The envelope's head (who sends, which message, which function) and the unbound tokens stay strict. */
    public static final StrictFields STRICT = StrictFields.UNBIND_NOTIFY;

    private final NotificationHandler<UnbindNotifyRequest, UnbindNotifyResponse> handler;
    private final ExactlyOnce exactlyOnce;
    private final Clock clock;
    private final DanaOperation operation;
    private final String clientId;

    /**
     * @param handler the merchant's implementation
     * @param exactlyOnce the delivery guard
     * @param clock stamps {@code respTime}
     * @param operation Unbind Notify in the operation table (its function)
     * @param clientId the merchant's client id at DANA, which {@code head.clientId} must carry; {@code null}
     *     accepts any
     */
    public ExactlyOnceUnbindNotify(NotificationHandler<UnbindNotifyRequest, UnbindNotifyResponse> handler,
            ExactlyOnce exactlyOnce, Clock clock, DanaOperation operation, String clientId) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.exactlyOnce = Objects.requireNonNull(exactlyOnce, "exactlyOnce");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.clientId = clientId;
    }

    /**
     * @param api the merchant's implementation of the generated interface
     * @return it as a notification handler
     */
    public static NotificationHandler<UnbindNotifyRequest, UnbindNotifyResponse> adapt(UnbindNotifyApi api) {
        Objects.requireNonNull(api, "api");
        return n -> api.unbindNotify(n.model());
    }

    @Override
    public Class<UnbindNotifyRequest> requestType() {
        return UnbindNotifyRequest.class;
    }

    @Override
    public StrictFields strictFields() {
        return STRICT;
    }

    /** Direct calls (without the kit's HTTP path) deliver the model alone: no raw bytes, no deviations. */
    @Override
    public UnbindNotifyResponse unbindNotify(UnbindNotifyRequest request) {
        return deliver(new Notification<>(request, new byte[0], null, List.of(), "", Map.of()));
    }

    @Override
    public UnbindNotifyResponse deliver(Notification<UnbindNotifyRequest> notification) {
        UnbindNotifyRequest request = notification.model();
        NotifyRequestHead head = request.getRequest().getHead();
        checkHead(head);
        NotificationId id = NotificationId.of(KIND, head.getReqMsgId());
        return exactlyOnce.deliver(id, () -> complete(handler.handle(notification), head),
                new ExactlyOnce.Answers<>(ExactlyOnceUnbindNotify::succeeded, r -> "S 00000000 SUCCESS",
                        () -> complete(null, head)));
    }

    /** A notification for another function, version or merchant is not this callback's, however well signed. */
    private void checkHead(NotifyRequestHead head) {
        if (!operation.function().equals(head.getFunction())) {
            throw new Refusal(Refusal.Kind.INVALID_FIELD_FORMAT, "request.head.function");
        }
        if (!VERSION.equals(head.getVersion())) {
            throw new Refusal(Refusal.Kind.INVALID_FIELD_FORMAT, "request.head.version");
        }
        if (clientId != null && !clientId.equals(head.getClientId())) {
            throw new Refusal(Refusal.Kind.INVALID_FIELD_FORMAT, "request.head.clientId");
        }
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
                request.getReqMsgId(),
                // reserve is a JSON text or an object (api/ERRATA.md): only the text form is echoed
                request.getReserve() instanceof String text ? text : null, clock);
        head.setVersion(head.getVersion() == null ? answering.version() : head.getVersion());
        head.setFunction(head.getFunction() == null ? answering.function() : head.getFunction());
        head.setClientId(head.getClientId() == null ? answering.clientId() : head.getClientId());
        head.setRespTime(head.getRespTime() == null ? answering.respTime() : head.getRespTime());
        head.setReqMsgId(head.getReqMsgId() == null ? answering.reqMsgId() : head.getReqMsgId());
        head.setReserve(head.getReserve() == null ? answering.reserve() : head.getReserve());
        return response;
    }
}
