package dev.danakit.examples;

import dev.danakit.client.DanaClient;
import dev.danakit.client.DanaClientConfig;
import dev.danakit.client.disbursement.model.Money;
import dev.danakit.client.disbursement.model.TransferToDanaRequest;
import dev.danakit.client.disbursement.model.TransferToDanaRequestAdditionalInfo;
import dev.danakit.client.disbursement.model.TransferToDanaResponse;
import dev.danakit.client.outcome.Outcome;

/**
 * Disbursement: top up a customer's DANA balance. On a timeout the client sends the same request again
 * (same partnerReferenceNo, fresh X-EXTERNAL-ID); if the result stays unknown, query the top-up status.
 *
 * <p>Arguments: the customer's DANA number, the merchant's unique reference.
 */
public final class DisbursementTopUpExample {

    private DisbursementTopUpExample() {
    }

    /**
     * @param args customer number and partnerReferenceNo
     */
    public static void main(String[] args) {
        String customer = args.length > 0 ? args[0] : "6281234567890";
        String reference = args.length > 1 ? args[1] : "TOP-20240513-0001";
        try (DanaClient dana = DanaClient.create(DanaClientConfig.fromEnvironment().build())) {
            TransferToDanaRequest request = new TransferToDanaRequest().partnerReferenceNo(reference)
                    .customerNumber(customer)
                    .amount(new Money().value("10000.00").currency("IDR"))
                    .feeAmount(new Money().value("0.00").currency("IDR"))
                    .additionalInfo(new TransferToDanaRequestAdditionalInfo().fundType("AGENT_TOPUP_FOR_USER_SETTLE"));

            Outcome<TransferToDanaResponse> outcome = dana.disbursement().call(api -> api.transferToDana(request));

            switch (outcome.kind()) {
                case SUCCESS -> System.out.println("topped up, DANA reference "
                        + outcome.value().orElseThrow().getReferenceNo());
                case FAILURE -> System.out.println("refused: " + outcome.code());
                case UNKNOWN -> System.out.println("unknown after " + outcome.attempts()
                        + " attempts: query the top-up status of " + reference);
                default -> throw new IllegalStateException(outcome.toString());
            }
        }
    }
}
