package dev.danakit.callbacks.http;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.annotation.ElementType;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one Bean Validation set-up of the callbacks: every node of a generated model is reachable and cascadable
 * (they are plain beans, there is no JPA), so traversability is never resolved per node; messages are never
 * shown (DANA's answers name the field), so no expression language is evaluated.
 */
public final class CallbackValidation {

    private static final TraversableResolver EVERYTHING = new TraversableResolver() {
        @Override
        public boolean isReachable(Object bean, Path.Node node, Class<?> rootBeanType, Path pathToNode,
                ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node node, Class<?> rootBeanType, Path pathToNode,
                ElementType elementType) {
            return true;
        }
    };

    private CallbackValidation() {
    }

    /** @return a validator for the generated interfaces and models */
    public static ExecutableValidator validator() {
        return Validation.byProvider(HibernateValidator.class).configure()
                .traversableResolver(EVERYTHING)
                // without this, Hibernate Validator wraps any resolver in a per-validation cache that hashes
                // every path node of every property it visits
                .enableTraversableResolverResultCache(false)
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator().forExecutables();
    }
}
