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
        return List.of(new Rejections(answers), new Violations(answers), new Validation(answers),
                new JsonParse(answers), new JsonMapping(answers), new Json(answers), new WebApplication(answers),
                new Anything(answers));
    }

    static final class Rejections extends CallbackExceptionMapping<Refusal> {
        Rejections(DanaAnswers answers) {
            super(answers);
        }
    }

    static final class Violations extends CallbackExceptionMapping<ConstraintViolationException> {
        Violations(DanaAnswers answers) {
            super(answers);
        }
    }

    static final class Validation extends CallbackExceptionMapping<ValidationException> {
        Validation(DanaAnswers answers) {
            super(answers);
        }
    }

    static final class JsonParse extends CallbackExceptionMapping<JsonParseException> {
        JsonParse(DanaAnswers answers) {
            super(answers);
        }
    }

    static final class JsonMapping extends CallbackExceptionMapping<JsonMappingException> {
        JsonMapping(DanaAnswers answers) {
            super(answers);
        }
    }

    static final class Json extends CallbackExceptionMapping<JsonProcessingException> {
        Json(DanaAnswers answers) {
            super(answers);
        }
    }

    static final class WebApplication extends CallbackExceptionMapping<WebApplicationException> {
        WebApplication(DanaAnswers answers) {
            super(answers);
        }
    }

    static final class Anything extends CallbackExceptionMapping<Throwable> {
        Anything(DanaAnswers answers) {
            super(answers);
        }
    }
}
