package io.winback.worker;

import io.winback.chain.BonusOffer;
import io.winback.chain.Chain;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.chain.Trigger;
import io.winback.domain.Sale;
import io.winback.domain.SaleLine;
import io.winback.domain.SaleType;
import io.winback.messages.MessageContent;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The camera → lens chains of the cross-sell tests, and the shop's receipts through the real stats function. */
final class CrossSellOffers {
    static final String TEXT = "{name}, к камере пригодится {group}: дарим {amount} рублей до {until}.";

    private CrossSellOffers() {
    }

    /** One SMS with a 500 bonus valid 7 days, {@code offsetDays} after the offer starts, {@code afterDays} after. */
    static Chain cameraLens(int afterDays, int offsetDays) {
        return new Chain("camera-lens", new Trigger.Bought("camera", "lens", afterDays,
                Trigger.Bought.DEFAULT_UNLESS_BOUGHT_WITHIN_DAYS), null, List.of(new ChainStep(offsetDays,
                new BonusOffer(new BigDecimal("500"), 7), Map.of(Channel.SMS, Map.of("ru", MessageContent.sms(TEXT))),
                List.of(Channel.SMS), null, ChainStep.DEFAULT_CONVERSION_WINDOW_DAYS)));
    }

    /** The customer buys one unit of each of {@code groups} at 13:00 on {@code day}, through the sales stream. */
    static Sale buys(Shop shop, String customerKey, String day, String total, String... groups) {
        shop.clock.set(OffsetDateTime.parse(day + "T13:00:00+03:00").toInstant());
        return shop.buysThroughTheStream(customerKey, day, total, groups);
    }

    /** The customer brings back the whole of {@code original} at 15:00 on {@code day}, through the sales stream. */
    static Sale returns(Shop shop, Sale original, String day) {
        OffsetDateTime at = OffsetDateTime.parse(day + "T15:00:00+03:00");
        shop.clock.set(at.toInstant());
        List<SaleLine> lines = original.lines();
        return shop.throughTheStream(new Sale(original.saleId() + "-return", SaleType.RETURN, original.saleId(),
                original.storeId(), at, original.customer(), lines, original.total(), original.currency(),
                BigDecimal.ZERO.setScale(2)));
    }
}
