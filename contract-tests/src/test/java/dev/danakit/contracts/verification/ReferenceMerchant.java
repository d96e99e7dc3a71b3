package dev.danakit.contracts.verification;

import dev.danakit.server.callbacks.api.FinishNotifyApi;
import dev.danakit.server.callbacks.api.TransferBankNotifyApi;
import dev.danakit.server.callbacks.api.UnbindNotifyApi;
import dev.danakit.server.callbacks.model.FinishNotifyRequest;
import dev.danakit.server.callbacks.model.FinishNotifyResponse;
import dev.danakit.server.callbacks.model.TransferBankNotifyRequest;
import dev.danakit.server.callbacks.model.TransferBankNotifyResponse;
import dev.danakit.server.callbacks.model.UnbindNotifyRequest;
import dev.danakit.server.callbacks.model.UnbindNotifyResponse;
import dev.danakit.server.nicepay.api.NicepayTokenNotificationApi;
import dev.danakit.server.nicepay.model.NicepayResult;
import dev.danakit.server.nicepay.model.TokenDeactivatedNotification;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The merchant's side as a merchant writes it: implementations of the generated interfaces that record
 * what they were told and leave the answer to the kit. Whatever reaches them passed the kit's checks; the
 * provider tests assert that only the accepted delivery of each callback got here.
 */
final class ReferenceMerchant implements FinishNotifyApi, TransferBankNotifyApi, UnbindNotifyApi,
        NicepayTokenNotificationApi {

    private final List<String> handled = new CopyOnWriteArrayList<>();

    @Override
    public FinishNotifyResponse finishNotify(String xTimestamp, String xSignature, String xPartnerId, String xExternalId,
            String channelId, FinishNotifyRequest request) {
        handled.add("finishNotify " + request.getOriginalPartnerReferenceNo());
        return null; // the kit answers 2005600 Successful
    }

    @Override
    public TransferBankNotifyResponse transferBankNotify(String xTimestamp, String xSignature, String xPartnerId,
            String xExternalId, String channelId, TransferBankNotifyRequest request) {
        handled.add("transferBankNotify " + request.getOriginalPartnerReferenceNo());
        return null; // the kit answers 2004300 Successful
    }

    @Override
    public UnbindNotifyResponse unbindNotify(UnbindNotifyRequest request) {
        handled.add("unbindNotify " + request.getRequest().getHead().getReqMsgId());
        return null; // the kit answers with a signed S 00000000 SUCCESS envelope
    }

    @Override
    public NicepayResult tokenDeactivatedNotify(TokenDeactivatedNotification notification) {
        handled.add("tokenDeactivatedNotify " + notification.getClientUserKey());
        return new NicepayResult().resultCd("0000").resultMsg("SUCCESS");
    }

    /** @return what the handlers were given, in order */
    List<String> handled() {
        return handled;
    }
}
