package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.answers.OpenApiHead;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.sandbox.generated.merchant.model.MerchantResourceEnum;
import dev.danakit.sandbox.generated.merchant.model.MerchantResourceInformation;
import dev.danakit.sandbox.generated.merchant.model.QueryMerchantResourceRequest;
import dev.danakit.sandbox.generated.merchant.model.QueryMerchantResourceResponse;
import dev.danakit.sandbox.generated.merchant.model.QueryMerchantResourceResponseBody;
import dev.danakit.sandbox.generated.merchant.model.QueryMerchantResourceResponseValue;
import dev.danakit.sandbox.generated.merchant.model.ResponseHead;
import dev.danakit.sandbox.generated.merchant.model.ResultInfo;
import dev.danakit.sandbox.http.DanaCall;
import dev.danakit.sandbox.http.SandboxJson;

/**
 * The merchant-management operations with behaviour; every sandbox merchant holds the same demo balances.
 *
 * @param answers makes the head of the answers and signs them
 * @param mapper the sandbox's mapper, which writes the answers
 */
public record MerchantManagementTwin(DanaAnswers answers, ObjectMapper mapper) {

    /** The balance the sandbox reports for every resource type. */
    public static final String DEMO_BALANCE = "{\"amount\":\"10000000.00\",\"currency\":\"IDR\"}";

    /** Balances of the merchant named in the request, which must be the caller. */
    public QueryMerchantResourceResponse queryMerchantResource(DanaCall call, QueryMerchantResourceRequest envelope) {
        var body = envelope.getRequest().getBody();
        if (call.merchant() != null && !call.merchant().hasMerchantId(body.getRequestMerchantId())) {
            throw Refusal.openApi("12158006901", "MERCHANT_NOT_EXIST", "Merchant not exist");
        }
        QueryMerchantResourceResponseBody result = new QueryMerchantResourceResponseBody()
                .resultInfo(new ResultInfo().resultStatus(ResultInfo.ResultStatusEnum.S).resultCodeId("00000000")
                        .resultCode("SUCCESS").resultMsg("success"));
        for (MerchantResourceEnum type : body.getMerchantResourceInfoList()) {
            if (type == null) {
                continue; // a type DANA added after the spec: DANA answers the types it has
            }
            result.addMerchantResourceInformationsItem(new MerchantResourceInformation().resourceType(type).value(DEMO_BALANCE));
        }
        OpenApiHead head = answers.head(call.operation(), call.requestHead());
        QueryMerchantResourceResponseValue value = new QueryMerchantResourceResponseValue()
                .head(new ResponseHead().version(head.version()).function(head.function()).clientId(head.clientId())
                        .respTime(head.respTime()).reqMsgId(head.reqMsgId()).reserve(head.reserve()))
                .body(result);
        // signed over the bytes the JSON provider writes: the same mapper serialises the same object
        return new QueryMerchantResourceResponse().response(value)
                .signature(answers.sign(SandboxJson.bytes(mapper, value)));
    }
}
