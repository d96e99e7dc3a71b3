package dev.danakit.callbacks.http;

import dev.danakit.signing.openapi.OpenApiEnvelope;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.PrivateKey;
import java.util.Objects;
import java.util.Set;

/**
 * Signs the merchant's Open API answers: lets Jackson serialise the response model once, takes the exact
 * bytes of its {@code "response"} value from that output, signs them with the merchant key and writes
 * {@code {"response":<those bytes>,"signature":"..."}}. Whatever signature the model carried is dropped.
 */
public final class SignedEnvelopeInterceptor implements WriterInterceptor {

    private final Set<Class<?>> signedTypes;
    private final PrivateKey merchantPrivateKey;

    /**
     * @param signedTypes the generated Open API response models
     * @param merchantPrivateKey the merchant's RSA key, may be {@code null} when {@code signedTypes} is empty
     */
    public SignedEnvelopeInterceptor(Set<Class<?>> signedTypes, PrivateKey merchantPrivateKey) {
        this.signedTypes = Set.copyOf(signedTypes);
        this.merchantPrivateKey = merchantPrivateKey;
        if (!signedTypes.isEmpty()) {
            Objects.requireNonNull(merchantPrivateKey, "merchantPrivateKey");
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (context.getEntity() == null || !signedTypes.contains(context.getEntity().getClass())) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream serialised = new ByteArrayOutputStream(512);
        context.setOutputStream(serialised);
        context.proceed();
        context.setOutputStream(original);
        byte[] value = OpenApiEnvelope.signedValue(serialised.toByteArray(), OpenApiEnvelope.RESPONSE);
        byte[] envelope = OpenApiEnvelope.signAndCompose(merchantPrivateKey, OpenApiEnvelope.RESPONSE, value);
        context.getHeaders().remove("Content-Length");
        original.write(envelope);
    }
}
