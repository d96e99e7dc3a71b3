package dev.danakit.contracts.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.protocol.codes.ResponseCode;

/**
 * What an answer means to the merchant, in the three dialects: SNAP {@code responseCode}, Open API
 * {@code resultInfo.resultCodeId}/{@code resultCode}, NICEPAY {@code resultCd}. Comparing the code the
 * client decoded with the one the spec documents proves the client read the contract's answer, not merely
 * that a request went out.
 *
 * @param httpStatus HTTP status
 * @param code the SNAP responseCode, Open API resultCodeId or NICEPAY resultCd
 * @param name the Open API resultCode, or null in the other dialects
 */
public record AnswerCode(int httpStatus, String code, String name) {

    /**
     * @param status HTTP status of the documented answer
     * @param body the documented answer body
     * @return its code
     */
    public static AnswerCode documented(int status, JsonNode body) {
        JsonNode resultInfo = body.path("response").path("body").path("resultInfo");
        if (resultInfo.isObject()) {
            return new AnswerCode(status, resultInfo.path("resultCodeId").asText(), resultInfo.path("resultCode").asText());
        }
        String code = body.has("responseCode") ? body.path("responseCode").asText() : body.path("resultCd").asText();
        return new AnswerCode(status, code, null);
    }

    /**
     * @param httpStatus HTTP status the client saw
     * @param decoded the code the client decoded
     * @param openApi whether the operation speaks the Open API envelope (only there the name is part of the code)
     * @return the code
     */
    public static AnswerCode decoded(int httpStatus, ResponseCode decoded, boolean openApi) {
        return new AnswerCode(httpStatus, decoded.code(), openApi ? decoded.name() : null);
    }
}
