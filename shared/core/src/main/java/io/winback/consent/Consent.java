package io.winback.consent;

/**
 * Marketing consent per channel as a receipt carries it; {@code null} means the POS did not say, which is not a yes.
 * A channel's flag is either plain (what the till has on file, often echoed on every receipt) or backed by a
 * {@link ConsentStatement} (text version and moment given), in which case the flag is the statement's.
 */
public record Consent(Boolean sms, Boolean email, ConsentStatement smsStatement, ConsentStatement emailStatement) {

    /** Plain flags only. */
    public Consent(Boolean sms, Boolean email) {
        this(sms, email, null, null);
    }
}
