package dev.danakit.client.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;

/**
 * The last step before the wire: writes exactly the bytes {@link SigningFilter} signed. If anything
 * replaced the entity after signing, the call fails instead of sending a body the signature does not cover.
 */
@Priority(Integer.MAX_VALUE - 1000)
public final class SignedBodyInterceptor implements WriterInterceptor {

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException, WebApplicationException {
        Object signed = context.getProperty(SigningFilter.SIGNED_BODY);
        if (signed == null) {
            context.proceed();
            return;
        }
        if (context.getEntity() != signed) {
            throw new IllegalStateException("the request entity was replaced after it was signed");
        }
        context.getOutputStream().write((byte[]) signed);
    }
}
