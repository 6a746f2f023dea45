package io.winback.consent;

import java.time.Instant;

/**
 * Consent as a customer stated it, with its proof: the version of the consent text they were shown and the moment
 * they gave it. Only a statement reverses a withdrawal ({@link ConsentWithdrawals}); a till's plain flag cannot.
 */
public record ConsentStatement(boolean granted, String textVersion, Instant givenAt) {
}
