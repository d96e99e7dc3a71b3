package dev.danakit.sandbox.twin;

import dev.danakit.sandbox.generated.merchant.model.MerchantResourceEnum;
import dev.danakit.sandbox.generated.merchant.model.MerchantResourceInformation;
import dev.danakit.sandbox.generated.merchant.model.QueryMerchantResourceRequest;
import dev.danakit.sandbox.generated.merchant.model.QueryMerchantResourceResponse;
import dev.danakit.sandbox.generated.merchant.model.QueryMerchantResourceResponseBody;
import dev.danakit.sandbox.generated.merchant.model.QueryMerchantResourceResponseValue;
import dev.danakit.sandbox.generated.merchant.model.ResponseHead;
import dev.danakit.sandbox.generated.merchant.model.ResultInfo;
import dev.danakit.sandbox.http.DanaCall;
import dev.danakit.sandbox.http.DanaRejection;
import dev.danakit.sandbox.http.DanaResponses;
import dev.danakit.signing.snap.SnapTimestamp;
import java.time.Clock;

/** The merchant-management operations with behaviour; every sandbox merchant holds the same demo balances. */
public final class MerchantManagementTwin {

    /** The balance the sandbox reports for every resource type. */
    public static final String DEMO_BALANCE = "{\"amount\":\"10000000.00\",\"currency\":\"IDR\"}";

    private final DanaResponses responses;
    private final Clock clock;

    public MerchantManagementTwin(DanaResponses responses, Clock clock) {
        this.responses = responses;
        this.clock = clock;
    }

    /** Balances of the merchant named in the request, which must be the caller. */
    public QueryMerchantResourceResponse queryMerchantResource(DanaCall call, QueryMerchantResourceRequest envelope) {
        var body = envelope.getRequest().getBody();
        if (call.merchant() != null && !call.merchant().hasMerchantId(body.getRequestMerchantId())) {
            throw DanaRejection.openApi("12158006901", "MERCHANT_NOT_EXIST", "Merchant not exist");
        }
        QueryMerchantResourceResponseBody result = new QueryMerchantResourceResponseBody()
                .resultInfo(new ResultInfo().resultStatus(ResultInfo.ResultStatusEnum.S).resultCodeId("00000000")
                        .resultCode("SUCCESS").resultMsg("success"));
        for (MerchantResourceEnum type : body.getMerchantResourceInfoList()) {
            result.addMerchantResourceInformationsItem(new MerchantResourceInformation().resourceType(type).value(DEMO_BALANCE));
        }
        var requestHead = envelope.getRequest().getHead();
        QueryMerchantResourceResponseValue value = new QueryMerchantResourceResponseValue()
                .head(new ResponseHead().version("2.0").function(call.operation().function())
                        .clientId(requestHead.getClientId()).respTime(SnapTimestamp.now(clock))
                        .reqMsgId(requestHead.getReqMsgId()).reserve("{}"))
                .body(result);
        return new QueryMerchantResourceResponse().response(value).signature(responses.signResponseValue(value));
    }
}
