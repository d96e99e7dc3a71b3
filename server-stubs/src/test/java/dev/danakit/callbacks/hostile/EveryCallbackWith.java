package dev.danakit.callbacks.hostile;

import dev.danakit.callbacks.hostile.HostileInputTest.Callback;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The arguments of a {@code @ParameterizedTest} that tries each hostile input on every callback: every
 * {@link Callback} paired with each of the given values (one kind of value per use).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(EveryCallbackWith.Pairs.class)
@interface EveryCallbackWith {

    /** @return text variants */
    String[] strings() default {};

    /** @return number variants */
    int[] ints() default {};

    /** @return yes/no variants */
    boolean[] booleans() default {};

    /** (callback, variant) for every callback and variant. */
    final class Pairs extends AnnotationBasedArgumentsProvider<EveryCallbackWith> {
        @Override
        protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters,
                ExtensionContext context, EveryCallbackWith variants) {
            Object[] values = Stream.of(Arrays.stream(variants.strings()),
                    Arrays.stream(variants.ints()).boxed(),
                    IntStream.range(0, variants.booleans().length).mapToObj(i -> variants.booleans()[i]))
                    .flatMap(s -> s).toArray();
            return Stream.of(Callback.values()).flatMap(c -> Stream.of(values).map(v -> Arguments.of(c, v)));
        }
    }
}
