package dev.danakit.callbacks.delivery;

import dev.danakit.callbacks.Notification;
import dev.danakit.callbacks.binding.StrictFields;

/**
 * A callback as the kit serves it: the generated request model it binds, the fields that stay strict, and how
 * one verified notification is delivered (exactly once) to the merchant's handler.
 *
 * @param <T> the generated request model
 */
public interface CallbackDelivery<T> {

    /** @return the generated request model */
    Class<T> requestType();

    /** @return the fields that identify the notification or move money */
    StrictFields strictFields();

    /**
     * @param notification the verified, bound and validated notification
     * @return the answer model to send
     */
    Object deliver(Notification<T> notification);
}
