package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.sandbox.http.SandboxJson;
import java.security.PrivateKey;
import java.time.Clock;

/**
 * What DANA's notifications to merchants are made and sent with, shared by Finish Notify and Unbind Notify.
 *
 * @param mapper writes each notification (once: those bytes are signed and sent) and reads the answers
 * @param danaKey DANA's private key, which signs them
 * @param clock stamps them
 * @param delivery sends them and resends them on DANA's schedule
 */
public record Notifications(ObjectMapper mapper, PrivateKey danaKey, Clock clock, CallbackDelivery delivery) {

    /**
     * @param model a generated request model
     * @return its JSON bytes
     */
    byte[] bytes(Object model) {
        return SandboxJson.bytes(mapper, model);
    }

    @Override
    public String toString() {
        return "Notifications[danaKey=<redacted>]";
    }
}
