package io.winback.domain;

import java.net.IDN;
import java.util.Optional;

/**
 * What an email address must be for Winback to send to it through SES: its domain may be internationalised (it goes
 * on the wire in punycode, RFC 5890: {@code анна@пример.рф} is not sendable, {@code anna@пример.рф} goes as
 * {@code anna@xn--e1afmkfd.xn--p1ai}); its local part must be ASCII, since anything else needs SMTPUTF8 (RFC 6531),
 * which SES does not support. One rule for the webhook, which refuses such an address, and the mail builder.
 */
public final class EmailAddress {
    private EmailAddress() {
    }

    /** Why an email to {@code address} could never be sent, or empty when it can. */
    public static Optional<String> problemWith(String address) {
        try {
            onTheWire(address);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The address as it goes on the wire, in printable ASCII, its domain in punycode.
     *
     * @throws IllegalArgumentException saying why it cannot be sent to
     */
    public static String onTheWire(String address) {
        if (address == null || address.isEmpty()) {
            throw new IllegalArgumentException("is missing");
        }
        if (address.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("must be printable ASCII");
        }
        int at = address.lastIndexOf('@');
        if (at < 1 || at == address.length() - 1) {
            throw new IllegalArgumentException("is not one email address");
        }
        String local = address.substring(0, at);
        if (!isPrintableAscii(local)) {
            throw new IllegalArgumentException("has a part before the @ that is not ASCII; such an address needs "
                    + "SMTPUTF8, which Amazon SES does not support");
        }
        String domain;
        try {
            domain = IDN.toASCII(address.substring(at + 1), IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("has a domain that is not a valid (internationalised) domain name");
        }
        String wire = local + "@" + domain;
        if (!isPrintableAscii(wire) || wire.indexOf(',') >= 0 || wire.indexOf(' ') >= 0 || wire.indexOf('<') >= 0
                || wire.indexOf('>') >= 0) {
            throw new IllegalArgumentException("is not one email address");
        }
        return wire;
    }

    private static boolean isPrintableAscii(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }
}
