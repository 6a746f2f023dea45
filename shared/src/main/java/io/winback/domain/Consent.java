package io.winback.domain;

/** Marketing consent per channel; {@code null} means the POS did not say, which is not a yes. */
public record Consent(Boolean sms, Boolean email) {
}
