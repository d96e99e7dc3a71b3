package dev.danakit.examples;

import dev.danakit.client.CallOptions;
import dev.danakit.client.DanaClient;
import dev.danakit.client.DanaClientConfig;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.client.transactionhistory.model.TransactionHistoryListRequest;
import dev.danakit.client.transactionhistory.model.TransactionHistoryListRequestAdditionalInfo;
import dev.danakit.client.transactionhistory.model.TransactionHistoryListResponse;

/**
 * Transaction history of a bound customer (SNAP B2B2C) over one day.
 *
 * <p>Argument: the customer's access token.
 */
public final class TransactionHistoryExample {

    private TransactionHistoryExample() {
    }

    /**
     * @param args the customer's access token
     */
    public static void main(String[] args) {
        String customerToken = args.length > 0 ? args[0] : "customer-access-token";
        try (DanaClient dana = DanaClient.create(DanaClientConfig.fromEnvironment().build())) {
            TransactionHistoryListRequest request = new TransactionHistoryListRequest()
                    .fromDateTime("2024-05-13T00:00:00+07:00").toDateTime("2024-05-13T23:59:59+07:00")
                    .pageSize("20").pageNumber("1")
                    .additionalInfo(new TransactionHistoryListRequestAdditionalInfo().accessToken(customerToken));

            Outcome<TransactionHistoryListResponse> outcome = dana.transactionHistory().call(
                    CallOptions.defaults().asIdempotent(), api -> api.transactionHistoryList(
                            "Bearer " + customerToken, "merchant-web", request, null, null, null));

            System.out.println(outcome.isSuccess() ? outcome.value().map(TransactionHistoryListResponse::getDetailData)
                    .map(java.util.List::size).orElse(0) + " transactions" : outcome.toString());
        }
    }
}
