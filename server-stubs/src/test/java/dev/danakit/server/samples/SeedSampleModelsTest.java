package dev.danakit.server.samples;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.danakit.api.samples.SampleChecks;
import dev.danakit.server.callbacks.model.UnbindNotifyRequest;
import dev.danakit.server.callbacks.model.UnbindNotifyResponse;
import dev.danakit.server.nicepay.model.TokenDeactivatedNotification;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** The seed samples of the callbacks bind to the generated server-stub models and validate as the docs say. */
class SeedSampleModelsTest {

    @TestFactory
    Stream<DynamicContainer> callbackSamples() {
        JsonMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        return SampleChecks.with(mapper)
                .sample("unbind-notify-request.json", UnbindNotifyRequest.class,
                        "request.head.reqMsgId", "request.body.unbindTime")
                .sample("unbind-notify-response.json", UnbindNotifyResponse.class,
                        "response.head.function", "response.body.resultInfo")
                .sample("nicepay-token-deactivated-notification.json", TokenDeactivatedNotification.class,
                        "message", "clientUserKey")
                .tests();
    }
}
