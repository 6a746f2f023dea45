package io.winback.console;

import io.winback.chain.Channel;
import io.winback.profile.ConsentRequest;
import io.winback.profile.ConsentStatements;
import io.winback.profile.ConsentWrite;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The owner records on the card what a customer said about messages (at the till, on the phone): each channel set to
 * yes or no, or left; written as the API writes it ({@link ConsentStatements}: the card, segments kept current, the
 * ledger with the source {@code console}).
 */
final class CardConsent {
    static final String SOURCE = "console";

    private final ConsentStatements statements;
    private final Clock clock;

    CardConsent(ConsentStatements statements, Clock clock) {
        this.statements = statements;
        this.clock = clock;
    }

    /** Empty when written (or nothing asked); otherwise why not, with its status. */
    Optional<Refusal> record(String customerKey, Map<String, String> form) {
        Map<Channel, Boolean> said = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            String answer = form.get(channel.wireName());
            if ("yes".equals(answer)) {
                said.put(channel, true);
            } else if ("no".equals(answer)) {
                said.put(channel, false);
            } else if (answer != null && !answer.isEmpty()) {
                return Optional.of(new Refusal(400, "Ответ должен быть «да», «нет» или «не менять».",
                        "The answer must be yes, no or leave as it is."));
            }
        }
        if (said.isEmpty()) {
            return Optional.of(new Refusal(400, "Выберите, что изменить.", "Choose what to change."));
        }
        return switch (statements.record(customerKey, new ConsentRequest(said, SOURCE, null), clock.instant())) {
            case ConsentWrite.Written written -> Optional.empty();
            case ConsentWrite.NoSuchCustomer none -> Optional.of(new Refusal(404, "Такого клиента нет.",
                    "There is no such customer."));
            case ConsentWrite.KeptChanging busy -> Optional.of(new Refusal(409,
                    "Карта клиента всё время менялась, пока мы записывали. Отправьте ещё раз.",
                    "The card kept changing while we wrote. Send it again."));
        };
    }
}
