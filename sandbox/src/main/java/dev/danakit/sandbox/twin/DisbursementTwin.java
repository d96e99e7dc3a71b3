package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.sandbox.generated.disbursement.model.TransferToBankInquiryStatusRequest;
import dev.danakit.sandbox.generated.disbursement.model.TransferToBankInquiryStatusResponse;
import dev.danakit.sandbox.generated.disbursement.model.TransferToBankRequest;
import dev.danakit.sandbox.generated.disbursement.model.TransferToBankResponse;
import dev.danakit.sandbox.generated.disbursement.model.TransferToDanaInquiryStatusRequest;
import dev.danakit.sandbox.generated.disbursement.model.TransferToDanaInquiryStatusResponse;
import dev.danakit.sandbox.generated.disbursement.model.TransferToDanaRequest;
import dev.danakit.sandbox.generated.disbursement.model.TransferToDanaResponse;
import dev.danakit.sandbox.http.DanaCall;
import dev.danakit.signing.snap.SnapTimestamp;
import java.util.HashMap;
import java.util.Map;

/**
 * Top-ups and transfers to bank with state: each gets its own reference number, and the status inquiries answer
 * that transfer (its amount and latest status), or DANA's {@code 404xx01 Transaction Not Found}. A transfer to bank
 * finishes at once: it fails (status {@code 06}) when the beneficiary account number starts with
 * {@value #FAILING_ACCOUNT_PREFIX} (the bank refuses it), else it succeeds; either way DANA's Transfer to Bank Notify
 * is sent to the merchant's registered URL.
 *
 * @param transfers the transfers in memory
 * @param answers the spec's example answers, and the mapper that reads the requests
 * @param notifier sends Transfer to Bank Notify to the calling merchant's URL, or {@code null} for none
 */
public record DisbursementTwin(Transfers transfers, ExampleAnswers answers, TransferBankNotifier notifier) {

    /** Beneficiary account numbers starting with this are refused by the (simulated) bank: status 06 Failed. */
    public static final String FAILING_ACCOUNT_PREFIX = "000";

    public TransferToDanaResponse transferToDana(DanaCall call, TransferToDanaRequest body) {
        return send(call, body, Transfers.Kind.TOPUP, TransferToDanaResponse.class);
    }

    public TransferToBankResponse transferToBank(DanaCall call, TransferToBankRequest body) {
        String account = body.getBeneficiaryAccountNumber();
        Orders.Status outcome = account != null && account.startsWith(FAILING_ACCOUNT_PREFIX)
                ? Orders.Status.FAILED : Orders.Status.SUCCESS;
        JsonNode request = answers.mapper().valueToTree(body);
        Transfers.Transfer transfer = transfers.send(call.clientId(), Transfers.Kind.BANK,
                request.path("partnerReferenceNo").asText(), request.path("amount"), outcome);
        TransferToBankResponse response = answer(call, body, transfer, TransferToBankResponse.class);
        if (notifier != null) {
            notifier.notify(call.merchant(), transfer, call.header("X-EXTERNAL-ID"));
        }
        return response;
    }

    public TransferToDanaInquiryStatusResponse transferToDanaInquiryStatus(DanaCall call,
            TransferToDanaInquiryStatusRequest body) {
        return status(call, body, Transfers.Kind.TOPUP, TransferToDanaInquiryStatusResponse.class);
    }

    public TransferToBankInquiryStatusResponse transferToBankInquiryStatus(DanaCall call,
            TransferToBankInquiryStatusRequest body) {
        return status(call, body, Transfers.Kind.BANK, TransferToBankInquiryStatusResponse.class);
    }

    private <T> T send(DanaCall call, Object body, Transfers.Kind kind, Class<T> responseType) {
        JsonNode request = answers.mapper().valueToTree(body);
        Transfers.Transfer transfer = transfers.send(call.clientId(), kind,
                request.path("partnerReferenceNo").asText(), request.path("amount"));
        return answer(call, body, transfer, responseType);
    }

    private <T> T answer(DanaCall call, Object body, Transfers.Transfer transfer, Class<T> responseType) {
        Map<String, Object> values = new HashMap<>();
        values.put("referenceNo", transfer.referenceNo());
        values.put("transactionDate", SnapTimestamp.format(transfer.createdTime()));
        return answers.answer(call, body, responseType, values);
    }

    private <T> T status(DanaCall call, Object body, Transfers.Kind kind, Class<T> responseType) {
        JsonNode request = answers.mapper().valueToTree(body);
        Transfers.Transfer transfer = transfers.find(call.clientId(), kind,
                        request.path("originalPartnerReferenceNo").textValue(),
                        request.path("originalReferenceNo").textValue())
                .orElseThrow(() -> Refusal.snap(404, "01", "Transaction Not Found"));
        Orders.Status status = transfer.status();
        Map<String, Object> values = new HashMap<>();
        values.put("originalPartnerReferenceNo", transfer.partnerReferenceNo());
        values.put("originalReferenceNo", transfer.referenceNo());
        values.put("serviceCode", kind.serviceCode());
        values.put("amount", transfer.amount());
        values.put("latestTransactionStatus", status.code());
        values.put("transactionStatusDesc", status.name());
        return answers.answer(call, body, responseType, values);
    }
}
