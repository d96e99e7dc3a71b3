package dev.danakit.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.danakit.callbacks.ledger.InMemoryNotificationLedger;
import dev.danakit.callbacks.support.CallbackServer.Answer;
import dev.danakit.callbacks.support.CallbackServer;
import dev.danakit.callbacks.support.Dana;
import dev.danakit.callbacks.support.RecordingFinishNotify;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The merchant's own resources in the same application keep their own error handling and JSON. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoexistenceTest {

    /** A merchant resource next to the callbacks. */
    @Path("/orders")
    public static class Orders {
        @GET
        @Path("{id}")
        @Produces("application/json")
        public Map<String, Object> order(@PathParam("id") String id) {
            if ("missing".equals(id)) {
                throw new NotFoundException();
            }
            if ("broken".equals(id)) {
                throw new IllegalStateException("merchant bug");
            }
            Map<String, Object> order = new HashMap<>();
            order.put("id", id);
            order.put("note", null);
            return order;
        }
    }

    /** The merchant's own mapper for its own failures. */
    public static class MerchantMapper implements ExceptionMapper<IllegalStateException> {
        @Override
        public Response toResponse(IllegalStateException e) {
            return Response.status(503).entity("merchant says later").type("text/plain").build();
        }
    }

    @AutoClose
    private final CallbackServer server = new CallbackServer(Dana.callbacks(new InMemoryNotificationLedger())
            .finishNotify(new RecordingFinishNotify()).build(), Orders.class, new MerchantMapper());

    @Test
    void merchantFailuresAreNotTurnedIntoDanaAnswers() {
        Answer missing = server.send(server.request("/orders/missing").GET().build());
        Answer broken = server.send(server.request("/orders/broken").GET().build());

        assertEquals(404, missing.status());
        assertFalse(missing.text().contains("responseCode"), missing::toString);
        assertEquals(503, broken.status());
        assertEquals("merchant says later", broken.text());
    }

    @Test
    void merchantJsonKeepsJerseysDefaultMapper() {
        Answer order = server.send(server.request("/orders/o-1").GET().build());
        assertEquals(200, order.status());
        assertEquals(Map.of("id", "o-1"), Map.of("id", Dana.read(order.body()).path("id").asText()));
        assertEquals(true, Dana.read(order.body()).has("note"), "nulls are not dropped for the merchant's types");
    }

    @Test
    void callbacksStillAnswerInDanaFormat() {
        byte[] body = Dana.finishBody("ORD-COEXIST", "00");
        Dana.assertSnapAnswer(server.post(Dana.FINISH_PATH, Dana.finishHeaders(body), body), 200, "2005600");
        Dana.assertSnapAnswer(server.post(Dana.FINISH_PATH, Map.of(), body), 401, "4015600");
    }
}
