package io.winback.chain;

import io.winback.domain.Customer;

import java.util.Locale;

/** What the chain engine may use to reach a customer: contacts, current consent and language. */
public record Contacts(String name, String phone, String email, Boolean consentSms, Boolean consentEmail,
                       String language) {
    /** The custom property that holds a customer's language ({@code en}; anything else reads Russian). */
    public static final String LANGUAGE_PROPERTY = "locale";

    public static Contacts of(Customer customer) {
        var p = customer.profile();
        var locale = customer.properties().get(LANGUAGE_PROPERTY);
        String language = locale instanceof io.winback.domain.CustomProperty.Text text
                && text.value().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : Playbook.DEFAULT_LANGUAGE;
        // A standing withdrawal is a no, whatever the consent flag says: nothing goes to a channel withdrawn.
        Boolean sms = p.withdrawals().sms() != null ? Boolean.FALSE : p.consentSms();
        Boolean email = p.withdrawals().email() != null ? Boolean.FALSE : p.consentEmail();
        return new Contacts(p.name(), p.phone(), p.email(), sms, email, language);
    }

    /** As {@link #of(Customer)}, without email when Winback has no sender identity: that channel is never chosen. */
    public static Contacts of(Customer customer, boolean emailChannel) {
        Contacts contacts = of(customer);
        return emailChannel ? contacts : contacts.without(Channel.EMAIL);
    }

    /** These contacts without {@code channel}'s address: that channel is off (or was tried and refused). */
    public Contacts without(Channel channel) {
        return channel == Channel.SMS ? new Contacts(name, null, email, consentSms, consentEmail, language)
                : new Contacts(name, phone, null, consentSms, consentEmail, language);
    }

    /** Null when {@code channel} may be used; otherwise why not ({@code no_contact}, {@code no_consent}). */
    public String whyNot(Channel channel) {
        String address = channel == Channel.SMS ? phone : email;
        Boolean consent = channel == Channel.SMS ? consentSms : consentEmail;
        if (address == null || address.isBlank()) {
            return "no_contact";
        }
        return Boolean.TRUE.equals(consent) ? null : "no_consent";
    }

    /** Staff can only call a customer Winback has a phone number for. */
    public boolean canBeCalled() {
        return phone != null && !phone.isBlank();
    }

    public String address(Channel channel) {
        return channel == Channel.SMS ? phone : email;
    }
}
