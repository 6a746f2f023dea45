package io.winback.domain;

/**
 * A contact detail a till knows a customer by when it does not know their key: a phone or a loyalty card. A customer
 * stored under their POS id still carries both in the profile, so finding them by one needs an index, not the key.
 */
public sealed interface ContactDetail {

    /** The value as the profile holds it: the phone in E.164, the card number as the POS sent it. */
    String value();

    /** True when {@code profile} holds this detail now. */
    boolean isHeldBy(CustomerProfile profile);

    /** @param e164 normalised with {@link PhoneNumbers}, e.g. {@code +79161234567} */
    record Phone(String e164) implements ContactDetail {
        public String value() {
            return e164;
        }

        public boolean isHeldBy(CustomerProfile profile) {
            return e164.equals(profile.phone());
        }
    }

    record Card(String number) implements ContactDetail {
        public String value() {
            return number;
        }

        public boolean isHeldBy(CustomerProfile profile) {
            return number.equals(profile.cardNumber());
        }
    }
}
