package dev.danakit.callbacks.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.refusals.Refusal;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/**
 * One {@link CallbackExceptionMapping} per exception type that Jersey, Jackson or Bean Validation may
 * raise, each more specific than (so preferred to) the libraries' own mappers.
 */
public final class CallbackExceptionMappers {

    private CallbackExceptionMappers() {
    }

    /**
     * @param answers renders the answers
     * @return the mappers to register
     */
    public static List<Object> all(DanaAnswers answers) {
        // Jersey picks a mapper by the type it maps; each anonymous subclass carries its own type.
        return List.of(new CallbackExceptionMapping<Refusal>(answers) { },
                new CallbackExceptionMapping<ConstraintViolationException>(answers) { },
                new CallbackExceptionMapping<ValidationException>(answers) { },
                new CallbackExceptionMapping<JsonParseException>(answers) { },
                new CallbackExceptionMapping<JsonMappingException>(answers) { },
                new CallbackExceptionMapping<JsonProcessingException>(answers) { },
                new CallbackExceptionMapping<WebApplicationException>(answers) { },
                new CallbackExceptionMapping<Throwable>(answers) { });
    }
}
