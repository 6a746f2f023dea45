package io.winback.consent;

import io.winback.chain.Channel;
import io.winback.consent.ConsentChange;
import io.winback.consent.Consent;
import io.winback.consent.ConsentStatement;
import io.winback.consent.ConsentWithdrawals;
import io.winback.domain.Customer;
import io.winback.domain.Sale;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a receipt's consent comes to in the ledger: a channel whose consent it set to another value, and the first
 * statement it made that was refused since the customer withdrew the channel (a till's plain yes, or a statement
 * given before the withdrawal), so the ledger shows what the till said and why it changed nothing.
 */
public final class SaleConsent {
    public static final String SOURCE = "sale";

    private SaleConsent() {
    }

    public static List<ConsentChange> changes(Customer before, Customer after, Sale sale) {
        List<ConsentChange> changes = new ArrayList<>();
        Consent said = sale.customer() == null || sale.customer().consent() == null ? new Consent(null, null)
                : sale.customer().consent();
        add(changes, before.profile().consentSms(), after.profile().consentSms(), said.smsStatement(),
                before.profile().withdrawals().sms(), after.profile().withdrawals().sms(), Channel.SMS, after, sale);
        add(changes, before.profile().consentEmail(), after.profile().consentEmail(), said.emailStatement(),
                before.profile().withdrawals().email(), after.profile().withdrawals().email(), Channel.EMAIL, after,
                sale);
        return changes;
    }

    private static void add(List<ConsentChange> changes, Boolean was, Boolean now, ConsentStatement statement,
                            ConsentWithdrawals.Withdrawal withdrawn, ConsentWithdrawals.Withdrawal stillWithdrawn,
                            Channel channel, Customer customer, Sale sale) {
        String reference = "sale " + sale.saleId();
        if (now != null && !Objects.equals(was, now)) {
            changes.add(statement == null
                    ? new ConsentChange(customer.key(), channel, now, sale.occurredAt().toInstant(), SOURCE, reference)
                    : new ConsentChange(customer.key(), channel, now, statement.givenAt(), SOURCE,
                    statement.textVersion(), true, reference));
        } else if (stillWithdrawn != null && stillWithdrawn.refusalNoted()
                && (withdrawn == null || !withdrawn.refusalNoted())) {
            String reason = statement == null
                    ? "refused: the customer withdrew consent on " + stillWithdrawn.at() + "; a till's plain consent "
                    + "flag does not give it back, a consent statement given after the withdrawal does "
                    + "(consent." + channel.wireName() + " as {granted, textVersion, givenAt})"
                    : "refused: given on " + statement.givenAt() + ", not after the withdrawal on "
                    + stillWithdrawn.at();
            changes.add(new ConsentChange(customer.key(), channel, statement == null || statement.granted(),
                    statement == null ? sale.occurredAt().toInstant() : statement.givenAt(), SOURCE,
                    statement == null ? reference : statement.textVersion(), false, reason + " (" + reference + ")"));
        }
    }
}
