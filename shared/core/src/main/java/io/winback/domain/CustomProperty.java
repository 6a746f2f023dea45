package io.winback.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A shop-defined customer attribute with a declared type, so reports can filter and sort it correctly. */
public sealed interface CustomProperty {
    String typeName();

    Object value();

    record Text(String value) implements CustomProperty {
        public String typeName() {
            return "string";
        }
    }

    record Number(BigDecimal value) implements CustomProperty {
        public String typeName() {
            return "number";
        }
    }

    record Date(LocalDate value) implements CustomProperty {
        public String typeName() {
            return "date";
        }
    }

    record Flag(Boolean value) implements CustomProperty {
        public String typeName() {
            return "boolean";
        }
    }
}
