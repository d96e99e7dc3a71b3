package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.sandbox.docs.SpecIndex;
import dev.danakit.sandbox.http.LenientBodies;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The body as DANA reads it: {@code ""} members absent, marked lists from one object. */
class LenientBodiesTest {

    private final LenientBodies bodies = LenientBodies.of(new ObjectMapper(), getClass().getClassLoader(),
            SpecIndex.load(getClass().getClassLoader()));

    @Test
    void theSpecsMarkShippingInfo() {
        assertTrue(bodies.singleObjectLists().contains("shippingInfo"), bodies.singleObjectLists().toString());
    }

    @Test
    void emptyMembersGoAndAMarkedObjectBecomesAListOfOne() {
        assertEquals("{\"a\":{\"shippingInfo\":[{\"city\":\"Jakarta\"}]},\"list\":[\"\"]}", read(
                "{\"merchantId\":\"\",\"a\":{\"shippingInfo\":{\"city\":\"Jakarta\",\"area\":\"\"}},\"list\":[\"\"]}"));
    }

    @Test
    void aBodyWithNothingToChangeOrNotJsonIsLeftAsReceived() {
        byte[] plain = "{\"shippingInfo\":[{\"city\":\"Jakarta\"}]}".getBytes(StandardCharsets.UTF_8);
        byte[] broken = "{\"a\":\"\"".getBytes(StandardCharsets.UTF_8);
        assertSame(plain, bodies.read(plain));
        assertSame(broken, bodies.read(broken));
    }

    private String read(String json) {
        return new String(bodies.read(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
