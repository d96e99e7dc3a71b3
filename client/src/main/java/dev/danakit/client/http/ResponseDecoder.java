package dev.danakit.client.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import dev.danakit.protocol.codes.ResponseCode;
import dev.danakit.protocol.codes.ResponseCodeCatalog;
import dev.danakit.protocol.operations.AnswerFormat;
import java.io.IOException;

/**
 * The last step of a call: reads the answer once. One Jackson parse of the raw bytes binds the response model
 * (for a 2xx) and, from the same tokens, picks up the result code wherever the operation's answer format keeps it:
 * SNAP {@code responseCode}/{@code responseMessage}, Open API {@code response.body.resultInfo}, NICEPAY
 * {@code resultCd}/{@code resultMsg}. Without a readable code (empty, HTML, other JSON) the HTTP status decides.
 * Unknown fields never matter.
 */
public final class ResponseDecoder {

    private final ResponseCodeCatalog catalog;

    /**
     * @param catalog decodes codes
     */
    public ResponseDecoder(ResponseCodeCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param code a decoded code
     * @return whether it was read from the body (false: it stands for the HTTP status alone)
     */
    public static boolean fromBody(ResponseCode code) {
        return code.code() != null;
    }

    void decode(Call call, Class<?> responseType) {
        Route route = call.route();
        byte[] raw = call.responseBytes();
        AnswerFormat format = route.operation().answerFormat();
        boolean bind = call.status() / 100 == 2 && responseType != null && responseType != Void.class;
        CodeFields fields = new CodeFields(format);
        Object value = null;
        if (raw.length > 0) {
            try (JsonParser parser = new CodeCapturingParser(route.mapper().createParser(raw), fields)) {
                if (bind) {
                    value = route.mapper().readValue(parser, responseType);
                } else {
                    drain(parser);
                }
            } catch (IOException | RuntimeException unreadable) {
                value = null;
                if (bind) {
                    // the model could not be bound: the code may still be readable, so scan the tokens alone
                    fields = new CodeFields(format);
                    try (JsonParser parser = new CodeCapturingParser(route.mapper().createParser(raw), fields)) {
                        drain(parser);
                    } catch (IOException | RuntimeException notJson) {
                        // no code in it: the status decides
                    }
                }
            }
        }
        call.decoded(value, code(route, call.status(), fields));
    }

    private ResponseCode code(Route route, int status, CodeFields fields) {
        String operationId = route.operation().operationId();
        switch (fields.format) {
            case SNAP -> {
                if (ResponseCodeCatalog.isSnapCode(fields.code)) {
                    return catalog.snap(operationId, fields.code, fields.message);
                }
            }
            case OPEN_API -> {
                if (fields.status != null) {
                    return catalog.openApi(operationId, status, fields.status, fields.codeId, fields.code,
                            fields.message);
                }
            }
            case NICEPAY -> {
                if (fields.code != null) {
                    return catalog.nicepay(operationId, status, fields.code, fields.message);
                }
            }
            default -> throw new IllegalStateException("unhandled answer format " + fields.format);
        }
        return catalog.httpOnly(status, route.operation().serviceCode());
    }

    private static void drain(JsonParser parser) throws IOException {
        while (parser.nextToken() != null) {
            // every token passes the capture
        }
    }

    /** The code fields of one answer, as they pass by. */
    static final class CodeFields {
        final AnswerFormat format;
        /** SNAP and NICEPAY keep their code and message at the top level, under these names; null for Open API. */
        private final String codeName;
        private final String messageName;
        String status;
        String codeId;
        String code;
        String message;

        CodeFields(AnswerFormat format) {
            this.format = format;
            this.codeName = switch (format) {
                case SNAP -> "responseCode";
                case NICEPAY -> "resultCd";
                case OPEN_API -> null;
            };
            this.messageName = switch (format) {
                case SNAP -> "responseMessage";
                case NICEPAY -> "resultMsg";
                case OPEN_API -> null;
            };
        }

        /** A cheap first look, before the value's text is made: is it one of the format's code fields? */
        boolean wants(String name) {
            if (name == null) {
                return false;
            }
            return codeName == null ? name.startsWith("result") : name.equals(codeName) || name.equals(messageName);
        }

        void offer(JsonStreamContext object, String name, String value) {
            switch (format) {
                case SNAP, NICEPAY -> {
                    if (topLevel(object)) {
                        if (codeName.equals(name)) {
                            code = value;
                        } else if (messageName.equals(name)) {
                            message = value;
                        }
                    }
                }
                case OPEN_API -> {
                    if (inResultInfo(object)) {
                        switch (name) {
                            case "resultStatus" -> status = value;
                            case "resultCodeId" -> codeId = value;
                            case "resultCode" -> code = value;
                            case "resultMsg" -> message = value;
                            default -> {
                                // other resultInfo fields say nothing about the outcome
                            }
                        }
                    }
                }
                default -> throw new IllegalStateException("unhandled answer format " + format);
            }
        }

        private static boolean topLevel(JsonStreamContext object) {
            return object.getParent() != null && object.getParent().inRoot();
        }

        /** {@code response.body.resultInfo} of the root object. */
        private static boolean inResultInfo(JsonStreamContext object) {
            JsonStreamContext body = object.getParent();
            if (body == null || !"resultInfo".equals(body.getCurrentName())) {
                return false;
            }
            JsonStreamContext response = body.getParent();
            if (response == null || !"body".equals(response.getCurrentName())) {
                return false;
            }
            JsonStreamContext root = response.getParent();
            return root != null && "response".equals(root.getCurrentName()) && topLevel(root);
        }
    }

    /**
     * Hands every scalar member of an object to the {@link CodeFields} as Jackson reads it, so that binding the
     * model and reading the code are one parse. Skipped members are read token by token so that none escapes.
     */
    static final class CodeCapturingParser extends JsonParserDelegate {

        private final CodeFields fields;

        CodeCapturingParser(JsonParser parser, CodeFields fields) {
            super(parser);
            this.fields = fields;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = delegate.nextToken();
            if (token != null && token.isScalarValue()) {
                JsonStreamContext context = delegate.getParsingContext();
                String name = context.getCurrentName();
                if (context.inObject() && fields.wants(name)) {
                    fields.offer(context, name, token == JsonToken.VALUE_NULL ? null : delegate.getText());
                }
            }
            return token;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.FIELD_NAME ? nextToken() : token;
        }

        @Override
        public JsonParser skipChildren() throws IOException {
            JsonToken current = currentToken();
            if (current == null || !current.isStructStart()) {
                return this;
            }
            int open = 1;
            while (open > 0) {
                JsonToken token = nextToken();
                if (token == null) {
                    return this;
                }
                if (token.isStructStart()) {
                    open++;
                } else if (token.isStructEnd()) {
                    open--;
                }
            }
            return this;
        }
    }
}
