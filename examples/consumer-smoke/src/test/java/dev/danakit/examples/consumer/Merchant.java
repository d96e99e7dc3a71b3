package dev.danakit.examples.consumer;

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

/** The merchant's handlers of DANA's and NICEPAY's callbacks: the generated interfaces, implemented. */
final class Merchant implements FinishNotifyApi, TransferBankNotifyApi, UnbindNotifyApi, NicepayTokenNotificationApi {

    final List<String> handled = new CopyOnWriteArrayList<>();

    @Override
    public FinishNotifyResponse finishNotify(String xTimestamp, String xSignature, String xPartnerId, String xExternalId,
            String channelId, FinishNotifyRequest request) {
        handled.add("finishNotify");
        return null; // the kit answers 2005600 Successful
    }

    @Override
    public TransferBankNotifyResponse transferBankNotify(String xTimestamp, String xSignature, String xPartnerId,
            String xExternalId, String channelId, TransferBankNotifyRequest request) {
        handled.add("transferBankNotify");
        return null; // the kit answers 2004300 Successful
    }

    @Override
    public UnbindNotifyResponse unbindNotify(UnbindNotifyRequest request) {
        handled.add("unbindNotify");
        return null; // the kit answers a signed S 00000000 SUCCESS
    }

    @Override
    public NicepayResult tokenDeactivatedNotify(TokenDeactivatedNotification notification) {
        handled.add("tokenDeactivatedNotify");
        return new NicepayResult().resultCd("0000").resultMsg("SUCCESS");
    }
}
