package io.winback.chain;

import io.winback.domain.Sale;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The first purchase after an episode's first touch ends it. It converts the episode when it falls within the
 * window of the latest touch before it (the bonus's validity, or the step's conversion window); otherwise the
 * episode ends without a conversion. Holdout touches are judged by the very same rule, which makes the comparison
 * fair. One purchase is credited to one episode only, through the one touch.
 */
public final class ConversionRule {
    private ConversionRule() {
    }

    public static Optional<Conversion> judge(List<Touch> touches, Sale firstPurchase) {
        var at = firstPurchase.occurredAt().toInstant();
        Optional<Touch> latestBefore = touches.stream()
                .filter(t -> t.status().isFinal() && !t.at().isAfter(at))
                .max(Comparator.comparing(Touch::at));
        return latestBefore.filter(t -> !at.isAfter(t.windowEnd()))
                .map(t -> new Conversion(t.id(), t.step(), firstPurchase.saleId(), at, firstPurchase.total(),
                        firstPurchase.bonusRedeemed()));
    }
}
