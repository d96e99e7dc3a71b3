package dev.danakit.client.outcome;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The request broke a constraint of the spec (Bean Validation ran before any byte was sent); nothing was sent.
 */
public final class RequestValidationException extends DanaClientException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    /**
     * One broken constraint. The offending value is never included: it may be a secret.
     *
     * @param propertyPath e.g. {@code additionalInfo.accessToken}
     * @param message e.g. {@code must not be null}
     */
    public record Violation(String propertyPath, String message) {
        @Override
        public String toString() {
            return propertyPath + " " + message;
        }
    }

    /**
     * @param operation the operation id
     * @param violations the violations, sorted by path
     */
    public RequestValidationException(String operation, List<Violation> violations) {
        super(operation + " request is invalid: "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /** @return every violation, sorted by property path */
    public List<Violation> violations() {
        return violations;
    }

    /** @return the property paths, sorted */
    public List<String> propertyPaths() {
        return violations.stream().map(Violation::propertyPath).toList();
    }
}
