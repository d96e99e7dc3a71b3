package dev.danakit.client;

import dev.danakit.client.disbursement.model.Money;
import dev.danakit.client.disbursement.model.TransferToDanaRequest;
import dev.danakit.client.disbursement.model.TransferToDanaRequestAdditionalInfo;
import dev.danakit.client.http.RetryPolicy;
import dev.danakit.client.merchant.model.MerchantResourceEnum;
import dev.danakit.client.merchant.model.QueryMerchantResourceRequest;
import dev.danakit.client.merchant.model.QueryMerchantResourceRequestBody;
import dev.danakit.client.merchant.model.QueryMerchantResourceRequestValue;
import dev.danakit.client.merchant.model.QueryMerchantResourceResponse;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.client.widget.model.ApplyOttRequest;
import dev.danakit.client.widget.model.ApplyOttRequestAdditionalInfo;
import dev.danakit.signing.testing.TestKeyPairs;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** Test keys, requests and an independent (plain JDK) SNAP verifier. */
final class Fixtures {

    static final String PARTNER_ID = "2024051300000000001";
    static final String CLIENT_SECRET = "cs-7b1e4c9a2f6d8035-secret";
    static final String CUSTOMER_TOKEN = "4Qm3vJ8pKx2sT7wZ1aN6bC9dE0fG5hH3iJ8kL2mN";
    static final String ORIGIN = "https://merchant.example";
    static final String DEVICE_ID = "device-77";
    static final String OTT_VALUE = "9kQ2mW7xR4tY1uI8oP3aS6dF0gH5jK2lZ7xC4vB1";

    private Fixtures() {
    }

    /** The tests' now: 10:15:30 in Jakarta on 13 May 2024, one second before the Open API answers' respTime. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-13T03:15:30Z"), ZoneOffset.UTC);

    /** @return a fresh RSA-2048 key pair */
    static KeyPair rsa() {
        return TestKeyPairs.rsa2048();
    }

    static DanaClientConfig.Builder config(LocalDana dana, KeyPair merchant, KeyPair danaKeys) {
        return config(dana.baseUrl(), merchant, danaKeys);
    }

    /** @return a client of {@link #config} whose clock is the tests' {@link #CLOCK}, so Open API answers are fresh */
    static DanaClient clientAtClock(LocalDana dana, KeyPair merchant, KeyPair danaKeys) {
        return DanaClient.create(config(dana, merchant, danaKeys).clock(CLOCK).build());
    }

    static DanaClientConfig.Builder config(java.net.URI baseUrl, KeyPair merchant, KeyPair danaKeys) {
        return DanaClientConfig.builder()
                .baseUrl(baseUrl)
                .partnerId(PARTNER_ID)
                .clientSecret(CLIENT_SECRET)
                .merchantPrivateKey(merchant.getPrivate())
                .danaPublicKey(danaKeys.getPublic())
                .origin(ORIGIN)
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofMillis(400))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20)));
    }

    static TransferToDanaRequest topUp(String partnerReferenceNo) {
        return new TransferToDanaRequest().partnerReferenceNo(partnerReferenceNo).customerNumber("6281234567890")
                .amount(new Money().value("10000.00").currency("IDR"))
                .feeAmount(new Money().value("0.00").currency("IDR"))
                .additionalInfo(new TransferToDanaRequestAdditionalInfo().fundType("AGENT_TOPUP_FOR_USER_SETTLE"));
    }

    static String topUpSuccess(String partnerReferenceNo) {
        return "{\"responseCode\":\"2003800\",\"responseMessage\":\"Successful\",\"referenceNo\":\"2024051311121280011\","
                + "\"partnerReferenceNo\":\"" + partnerReferenceNo + "\",\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"}}";
    }

    static ApplyOttRequest applyOtt(String accessToken) {
        return new ApplyOttRequest().userResources(List.of("OTT"))
                .additionalInfo(new ApplyOttRequestAdditionalInfo().accessToken(accessToken).deviceId(DEVICE_ID));
    }

    static QueryMerchantResourceRequest queryMerchantResource(String merchantId) {
        return new QueryMerchantResourceRequest().request(new QueryMerchantResourceRequestValue()
                .body(new QueryMerchantResourceRequestBody().requestMerchantId(merchantId)
                        .merchantResourceInfoList(List.of(MerchantResourceEnum.MERCHANT_DEPOSIT_BALANCE))));
    }

    /** @return the outcome of the tests' Open API call: Query Merchant Resource of merchant 216620000012345678901 */
    static Outcome<QueryMerchantResourceResponse> callQueryMerchantResource(DanaClient client) {
        return client.merchantManagement().call(api ->
                api.queryMerchantResource(queryMerchantResource("216620000012345678901")));
    }

    static String ottSuccess() {
        return "{\"responseCode\":\"2004900\",\"responseMessage\":\"Successful\",\"userResources\":"
                + "[{\"resourceType\":\"OTT\",\"value\":\"" + OTT_VALUE + "\"}],\"additionalInfo\":{}}";
    }

    /** The SNAP string to sign, built here from the spec's formula, independent of the signing module. */
    static String snapStringToSign(String method, String path, byte[] body, String timestamp) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
        return method + ":" + path + ":" + HexFormat.of().formatHex(hash) + ":" + timestamp;
    }

    static boolean verifies(PublicKey key, byte[] data, String base64Signature) throws Exception {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(data);
        return verifier.verify(Base64.getDecoder().decode(base64Signature));
    }

    static String sign(PrivateKey key, byte[] data) throws Exception {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(data);
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    static boolean snapRequestVerifies(LocalDana.Received r, PublicKey key) throws Exception {
        String toSign = snapStringToSign(r.method(), r.path(), r.body(), r.header("X-TIMESTAMP"));
        return verifies(key, toSign.getBytes(StandardCharsets.UTF_8), r.header("X-SIGNATURE"));
    }

    /** A DANA Open API response envelope signed with DANA's key over the exact value bytes. */
    static String openApiResponse(PrivateKey danaKey, String respTime, String resultStatus, String resultCodeId,
            String resultCode) throws Exception {
        String value = "{\"head\":{\"version\":\"2.0\",\"function\":\"dana.merchant.queryMerchantResource\","
                + "\"clientId\":\"" + PARTNER_ID + "\",\"respTime\":\"" + respTime + "\",\"reqMsgId\":\"m-1\","
                + "\"reserve\":\"{}\"},\"body\":{\"resultInfo\":{\"resultStatus\":\"" + resultStatus
                + "\",\"resultCodeId\":\"" + resultCodeId + "\",\"resultCode\":\"" + resultCode
                + "\",\"resultMsg\":\"msg\",\"newField\":1},\"merchantResourceInformations\":[{\"resourceType\":"
                + "\"MERCHANT_DEPOSIT_BALANCE\",\"value\":\"{\\\"amount\\\":\\\"1500000.00\\\"}\"}]}}";
        return "{\"response\":" + value + ",\"signature\":\"" + sign(danaKey, value.getBytes(StandardCharsets.UTF_8))
                + "\"}";
    }
}
