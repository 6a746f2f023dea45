package io.winback.domain;

import io.winback.consent.Consent;
import io.winback.consent.ConsentStatement;
import io.winback.consent.ConsentWithdrawals;

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
        Map<String, String> asOf,
        ConsentWithdrawals withdrawals) {

    public static final CustomerProfile EMPTY = new CustomerProfile(null, null, null, null, null, null, null, null,
            null, Map.of(), ConsentWithdrawals.NONE);

    public CustomerProfile {
        asOf = Map.copyOf(asOf);
        withdrawals = withdrawals == null ? ConsentWithdrawals.NONE : withdrawals;
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

    /**
     * This profile updated with what {@code source} says, field by field, where {@code token} is newer. Consent
     * follows the same rule, except that a channel the customer withdrew ({@link ConsentWithdrawals}) is given back
     * only by a {@link ConsentStatement} given after the withdrawal (stamped with the moment it was given): a plain
     * yes, as tills echo on every receipt, is refused, and so is a statement given before; the first refusal after
     * each withdrawal is noted, for the ledger.
     */
    public CustomerProfile mergedWith(SaleCustomer source, String token) {
        if (source == null) {
            return this;
        }
        Consent consent = source.consent() == null ? new Consent(null, null) : source.consent();
        Merge m = new Merge(this, token);
        ConsentWithdrawals.Withdrawal sms = withdrawals.sms();
        ConsentWithdrawals.Withdrawal email = withdrawals.email();
        Boolean consentSms = m.consent("consentSms", consent.sms(), consent.smsStatement(), sms,
                CustomerProfile::consentSms);
        sms = m.withdrawalAfter;
        Boolean consentEmail = m.consent("consentEmail", consent.email(), consent.emailStatement(), email,
                CustomerProfile::consentEmail);
        email = m.withdrawalAfter;
        return new CustomerProfile(
                m.pick("phone", source.phone(), CustomerProfile::phone),
                m.pick("email", source.email(), CustomerProfile::email),
                m.pick("cardNumber", source.cardNumber(), CustomerProfile::cardNumber),
                m.pick("name", source.name(), CustomerProfile::name),
                m.pick("gender", source.gender(), CustomerProfile::gender),
                m.pick("birthday", source.birthday(), CustomerProfile::birthday),
                m.pick("vip", source.vip(), CustomerProfile::vip),
                consentSms, consentEmail, m.asOf, new ConsentWithdrawals(sms, email));
    }

    /** This profile with the customer's own statement of consent at {@code at} applied to its withdrawals. */
    public CustomerProfile withStatedConsent(Boolean sms, Boolean email, java.time.Instant at) {
        // What the customer says directly is their consent now, whatever a receipt stamped later says (a till's clock
        // running fast cannot keep someone subscribed who just clicked "unsubscribe").
        return new CustomerProfile(phone, this.email, cardNumber, name, gender, birthday, vip,
                sms != null ? sms : consentSms, email != null ? email : consentEmail, asOf,
                withdrawals.afterStatement(sms, email, at));
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

        /** The channel's withdrawal after the last {@link #consent} call. */
        ConsentWithdrawals.Withdrawal withdrawalAfter;

        <T> T pick(String field, T offered, Function<CustomerProfile, T> currentValue) {
            return pick(field, offered, currentValue, token);
        }

        private <T> T pick(String field, T offered, Function<CustomerProfile, T> currentValue, String stamp) {
            String known = asOf.get(field);
            if (offered == null || (known != null && known.compareTo(stamp) >= 0)) {
                return currentValue.apply(current);
            }
            asOf.put(field, stamp);
            return offered;
        }

        /** A channel's consent from a receipt: its plain flag or its statement, under the standing withdrawal. */
        Boolean consent(String field, Boolean plain, ConsentStatement statement,
                        ConsentWithdrawals.Withdrawal withdrawal, Function<CustomerProfile, Boolean> currentValue) {
            withdrawalAfter = withdrawal;
            if (statement != null) {
                if (withdrawal != null && !statement.givenAt().isAfter(withdrawal.at())) {
                    withdrawalAfter = withdrawal.noted();
                    return currentValue.apply(current);
                }
                String stamp = asOfToken(statement.givenAt().toEpochMilli(), token.substring(token.indexOf('#') + 1));
                String before = asOf.get(field);
                Boolean value = pick(field, statement.granted(), currentValue, stamp);
                if (!stamp.equals(before) && stamp.equals(asOf.get(field))) {
                    withdrawalAfter = statement.granted() ? null
                            : new ConsentWithdrawals.Withdrawal(statement.givenAt(), false);
                }
                return value;
            }
            if (withdrawal != null && Boolean.TRUE.equals(plain)) {
                // Refused; noted only when it is news (a receipt older than the field's value would lose anyway).
                String known = asOf.get(field);
                if (known == null || known.compareTo(token) < 0) {
                    withdrawalAfter = withdrawal.noted();
                }
                return currentValue.apply(current);
            }
            return pick(field, plain, currentValue);
        }
    }
}
