package dev.danakit.protocol.refusals;

import java.lang.reflect.Parameter;

/**
 * Names a method parameter as the caller sent it, e.g. the header of a JAX-RS {@code @HeaderParam}: the web layer
 * knows its annotations, this module does not depend on them.
 */
@FunctionalInterface
public interface ParameterNames {

    /** Names no parameter: every violation is named by its property path. */
    ParameterNames NONE = parameter -> null;

    /**
     * @param parameter a parameter of a validated resource method, as declared (on the interface that declares it)
     * @return its name on the wire, e.g. {@code X-PARTNER-ID}, or {@code null} when it is not named there (a body)
     */
    String nameOf(Parameter parameter);
}
