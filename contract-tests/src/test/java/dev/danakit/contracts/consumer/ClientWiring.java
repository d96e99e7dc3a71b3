package dev.danakit.contracts.consumer;

import dev.danakit.client.DanaClientConfig;
import dev.danakit.client.http.CallExecutor;
import dev.danakit.client.http.CallScopes;
import dev.danakit.client.http.OperationRoutes;
import dev.danakit.client.http.ResponseCaptureFilter;
import dev.danakit.client.http.ResponseDecoder;
import dev.danakit.client.http.SecretMasker;
import dev.danakit.client.http.SignedBodyInterceptor;
import dev.danakit.client.http.SigningFilter;
import dev.danakit.client.http.SigningSettings;
import dev.danakit.signing.openapi.OpenApiVerifier;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import java.util.List;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.RequestEntityProcessing;
import org.glassfish.jersey.jackson.JacksonFeature;

/**
 * The generated API of a product that {@code DanaClient} has no entry point for yet, wired with the client's
 * own filter chain (validation, signing, exact signed bytes, response capture and verification) the way
 * {@code DanaClient} wires its products. A new spec is thus under contract the day its client is generated.
 */
final class ClientWiring {

    private ClientWiring() {
    }

    /**
     * A wired generated API.
     *
     * @param api the generated API instance
     * @param executor runs calls and decodes outcomes
     * @param jersey the Jersey client (closed with this)
     * @param validators the validator factory (closed with this)
     */
    record Wired(Object api, CallExecutor executor, Client jersey, ValidatorFactory validators) implements AutoCloseable {
        @Override
        public void close() {
            jersey.close();
            validators.close();
        }
    }

    @SuppressWarnings("unchecked")
    static Wired wire(DanaClientConfig config, String specResource, Class<?> apiClass) {
        try {
            String invoker = apiClass.getPackageName().replaceFirst("\\.api$", ".invoker");
            Object apiClient = Class.forName(invoker + ".ApiClient").getConstructor().newInstance();
            Object json = apiClient.getClass().getMethod("getJSON").invoke(apiClient);
            ObjectMapper mapper = (ObjectMapper) json.getClass().getMethod("getMapper").invoke(json);
            ValidatorFactory validators = Validation.buildDefaultValidatorFactory();
            OperationRoutes routes = OperationRoutes.fromSpecs(ClientWiring.class.getClassLoader(), List.of(specResource));
            CallScopes scopes = new CallScopes();
            SecretMasker masker = new SecretMasker(mapper, 2048);
            ResponseDecoder decoder = new ResponseDecoder(mapper, config.responseCodeCatalog());
            SigningSettings settings = new SigningSettings(config.partnerId(), config.clientSecret().orElse(null),
                    config.merchantPrivateKey(), config.channelId(), config.origin().orElse(null), config.clock(),
                    config.externalIds());
            OpenApiVerifier verifier = config.verifyResponseSignatures()
                    ? new OpenApiVerifier(config.danaPublicKey().orElseThrow(), config.clock(), config.responseTimeTolerance())
                    : null;
            Client jersey = ClientBuilder.newBuilder()
                    .property(ClientProperties.REQUEST_ENTITY_PROCESSING, RequestEntityProcessing.BUFFERED)
                    .register(JacksonFeature.class)
                    .register((ContextResolver<ObjectMapper>) json)
                    .register(new SigningFilter(settings, routes, mapper, validators.getValidator(), scopes, masker))
                    .register(new SignedBodyInterceptor())
                    .register(new ResponseCaptureFilter(verifier, decoder, scopes, masker))
                    .build();
            apiClient.getClass().getMethod("setHttpClient", Client.class).invoke(apiClient, jersey);
            apiClient.getClass().getMethod("setBasePath", String.class).invoke(apiClient, config.danaBaseUrl().toString());
            Object api = apiClass.getConstructor(apiClient.getClass()).newInstance(apiClient);
            CallExecutor executor = new CallExecutor(scopes, decoder, config.retryPolicy(), config.listener(),
                    new SecretMasker(mapper, 512));
            return new Wired(api, executor, jersey, validators);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot wire " + apiClass, e);
        }
    }
}
