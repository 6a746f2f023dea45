package io.winback.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Contact details and consent. Each field keeps the value from the most recent source that carried it, judged by
 * {@code asOf} tokens ({@link #asOfToken}), not by arrival: a POS that was offline and sends yesterday's receipt today
 * must not overwrite today's phone number.
 */
public record CustomerProfile(
        String phone,
        String email,
        String cardNumber,
        String name,
        Gender gender,
        LocalDate birthday,
        Boolean vip,
        Boolean consentSms,
        Boolean consentEmail,
        Map<String, String> asOf) {

    public static final CustomerProfile EMPTY =
            new CustomerProfile(null, null, null, null, null, null, null, null, null, Map.of());

    public CustomerProfile {
        asOf = Map.copyOf(asOf);
    }

    /** Sortable "when" of a source: zero-padded epoch millis, then a tie-breaker so equal times still order. */
    public static String asOfToken(long epochMillis, String tieBreaker) {
        if (epochMillis < 0) {
            return String.format("%015d#%s", epochMillis, tieBreaker);
        }
        // Padded by hand: java.util.Formatter's first use costs a cold function several milliseconds.
        String millis = Long.toString(epochMillis);
        return "0".repeat(Math.max(0, 15 - millis.length())) + millis + "#" + tieBreaker;
    }

    public boolean isVip() {
        return Boolean.TRUE.equals(vip);
    }

    /** This profile updated with what {@code source} says, field by field, where {@code token} is newer. */
    public CustomerProfile mergedWith(SaleCustomer source, String token) {
        if (source == null) {
            return this;
        }
        Consent consent = source.consent() == null ? new Consent(null, null) : source.consent();
        Merge m = new Merge(this, token);
        return new CustomerProfile(
                m.pick("phone", source.phone(), CustomerProfile::phone),
                m.pick("email", source.email(), CustomerProfile::email),
                m.pick("cardNumber", source.cardNumber(), CustomerProfile::cardNumber),
                m.pick("name", source.name(), CustomerProfile::name),
                m.pick("gender", source.gender(), CustomerProfile::gender),
                m.pick("birthday", source.birthday(), CustomerProfile::birthday),
                m.pick("vip", source.vip(), CustomerProfile::vip),
                m.pick("consentSms", consent.sms(), CustomerProfile::consentSms),
                m.pick("consentEmail", consent.email(), CustomerProfile::consentEmail),
                m.asOf);
    }

    private static final class Merge {
        private final CustomerProfile current;
        private final String token;
        private final Map<String, String> asOf;

        Merge(CustomerProfile current, String token) {
            this.current = current;
            this.token = token;
            this.asOf = new HashMap<>(current.asOf());
        }

        <T> T pick(String field, T offered, Function<CustomerProfile, T> currentValue) {
            String known = asOf.get(field);
            if (offered == null || (known != null && known.compareTo(token) >= 0)) {
                return currentValue.apply(current);
            }
            asOf.put(field, token);
            return offered;
        }
    }
}
