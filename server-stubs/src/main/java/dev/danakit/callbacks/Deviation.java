package dev.danakit.callbacks;

import java.util.Objects;

/**
 * One way a verified notification differs from its spec, delivered instead of refused because the field
 * identifies nothing and moves no money. It describes shapes, never values (values may be personal data).
 *
 * @param field the JSON path as it arrived, e.g. {@code additionalInfo.shopInfo.shopAddress} or
 *     {@code externalStoreID}
 * @param arrived what arrived, e.g. {@code JSON text of an object}, {@code epoch milliseconds (number)}
 * @param specSays what the spec describes, e.g. {@code object}, {@code key externalStoreId}
 */
public record Deviation(String field, String arrived, String specSays) {

    /**
     * @param field path
     * @param arrived shape that arrived
     * @param specSays shape the spec describes
     */
    public Deviation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(arrived, "arrived");
        Objects.requireNonNull(specSays, "specSays");
    }

    @Override
    public String toString() {
        return field + ": " + arrived + " (spec: " + specSays + ")";
    }
}
