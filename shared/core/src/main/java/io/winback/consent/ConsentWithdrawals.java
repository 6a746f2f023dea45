package io.winback.consent;

import java.time.Instant;

/**
 * The customer's standing withdrawals of consent, per channel (null: none standing). A withdrawal (unsubscribe link,
 * SNS opt-out, the API, a stated "no") is reversed only by a consent stated after it (the API, or a receipt's
 * {@link ConsentStatement} given later): a till's plain flag never reverses it (38-FZ art. 18, GDPR art. 7(3)).
 */
public record ConsentWithdrawals(Withdrawal sms, Withdrawal email) {
    public static final ConsentWithdrawals NONE = new ConsentWithdrawals(null, null);

    /**
     * When a channel was withdrawn, and whether a refused statement since (a till's echo) is on the ledger already:
     * the ledger keeps the first refusal per withdrawal, not one per receipt.
     */
    public record Withdrawal(Instant at, boolean refusalNoted) {
        public Withdrawal noted() {
            return new Withdrawal(at, true);
        }
    }

    public ConsentWithdrawals withSms(Withdrawal withdrawal) {
        return new ConsentWithdrawals(withdrawal, email);
    }

    public ConsentWithdrawals withEmail(Withdrawal withdrawal) {
        return new ConsentWithdrawals(sms, withdrawal);
    }

    /**
     * After consent stated directly by the customer at {@code at} (the API, an unsubscribe link, an opt-out): a no
     * withdraws the channel, a yes ends its withdrawal; null leaves the channel as it is.
     */
    public ConsentWithdrawals afterStatement(Boolean smsGranted, Boolean emailGranted, Instant at) {
        return new ConsentWithdrawals(after(sms, smsGranted, at), after(email, emailGranted, at));
    }

    private static Withdrawal after(Withdrawal current, Boolean granted, Instant at) {
        if (granted == null) {
            return current;
        }
        return granted ? null : new Withdrawal(at, false);
    }
}
