package io.winback.json.chain;

import io.winback.chain.ChainConfiguration;
import io.winback.validation.FieldError;

import java.util.List;

/**
 * A chain configuration document read whole: either the configuration, or every reason it was refused, so a marketer
 * fixes them all in one go and nothing is ever half-applied.
 */
public sealed interface ParsedConfiguration {

    /**
     * @param configuration what the document says; its version is the document's {@code version} (0 when absent),
     *                      the store assigns the real one
     * @param basedOn       the version the marketer edited ({@code basedOn}, else the {@code version} a GET answer
     *                      carries back), or null when the document names none
     */
    record Valid(ChainConfiguration configuration, Integer basedOn) implements ParsedConfiguration {
    }

    record Invalid(List<FieldError> errors) implements ParsedConfiguration {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
