package io.winback.json.segment;

import io.winback.segment.SegmentDefinition;
import io.winback.validation.FieldError;

import java.util.List;

/** One segment definition read from a request: the definition, or every reason it was refused. */
public sealed interface ParsedSegment {

    /**
     * @param definition what the request says, at version 0 ({@link io.winback.segment.SegmentConfiguration#with}
     *                   numbers it)
     * @param basedOn    the segment's version the marketer edited (the {@code version} a GET answer carries back), or
     *                   null when the request names none
     */
    record Valid(SegmentDefinition definition, Integer basedOn) implements ParsedSegment {
    }

    record Invalid(List<FieldError> errors) implements ParsedSegment {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
