package io.winback.profile;

import io.winback.domain.CustomerProfile;
import io.winback.domain.Gender;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A marketer's changes to the profile fields that sales also carry. Each edited field is stamped with the edit's
 * {@code asOf} token, under the rule {@link CustomerProfile#mergedWith} applies to sales: a field changes only when
 * the token is not older than the one it holds. So a receipt that happened after the edit still brings newer details,
 * and an older receipt that arrives late does not undo the edit, a clearing included.
 */
public record ProfileEdit(FieldEdit<String> name, FieldEdit<Gender> gender, FieldEdit<LocalDate> birthday,
                   FieldEdit<Boolean> vip, FieldEdit<Boolean> consentSms, FieldEdit<Boolean> consentEmail) {

    // The asOf keys CustomerProfile.mergedWith uses for these fields.
    private static final String NAME = "name";
    private static final String GENDER = "gender";
    private static final String BIRTHDAY = "birthday";
    private static final String VIP = "vip";
    private static final String CONSENT_SMS = "consentSms";
    private static final String CONSENT_EMAIL = "consentEmail";

    public CustomerProfile applyTo(CustomerProfile profile, String asOfToken) {
        Map<String, String> asOf = new HashMap<>(profile.asOf());
        Stamp stamp = new Stamp(asOf, asOfToken);
        return new CustomerProfile(profile.phone(), profile.email(), profile.cardNumber(),
                stamp.apply(NAME, name, profile.name()),
                stamp.apply(GENDER, gender, profile.gender()),
                stamp.apply(BIRTHDAY, birthday, profile.birthday()),
                stamp.apply(VIP, vip, profile.vip()),
                stamp.apply(CONSENT_SMS, consentSms, profile.consentSms()),
                stamp.apply(CONSENT_EMAIL, consentEmail, profile.consentEmail()),
                asOf, profile.withdrawals());
    }

    /**
     * {@link #applyTo}, then the consent it sets taken as the customer's own statement at {@code at}: a no
     * withdraws the channel, a yes gives back a withdrawn one (receipts' plain flags cannot, see
     * {@link CustomerProfile#mergedWith}).
     */
    public CustomerProfile applyTo(CustomerProfile profile, String asOfToken, java.time.Instant at) {
        return applyTo(profile, asOfToken).withStatedConsent(stated(consentSms), stated(consentEmail), at);
    }

    private static Boolean stated(FieldEdit<Boolean> edit) {
        return edit instanceof FieldEdit.SetTo<Boolean> set ? set.value() : null;
    }

    private record Stamp(Map<String, String> asOf, String token) {
        <T> T apply(String field, FieldEdit<T> edit, T current) {
            if (edit instanceof FieldEdit.Keep<T>) {
                return current;
            }
            String known = asOf.get(field);
            // Strictly newer only: an equal token is an earlier edit through this API in the same millisecond,
            // and of two edits the one written later wins (the version condition orders them).
            if (known != null && known.compareTo(token) > 0) {
                return current;
            }
            asOf.put(field, token);
            return edit instanceof FieldEdit.SetTo<T> set ? set.value() : null;
        }
    }
}
