package io.winback.bench;

import io.winback.chain.Chain;
import io.winback.chain.Trigger;
import io.winback.config.WinbackConfig;
import io.winback.consent.Consent;
import io.winback.domain.SaleCustomer;
import io.winback.dynamo.CustomerItems;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.LocalDate;

/**
 * The birthday greeting 3 days before: the due customers were born on the day 3 days after the run, the others on
 * every other day of the year. Each has one visit ten days before the run, so none falls asleep that day and the
 * check's reads are the birthday index's.
 */
final class BirthdayScenario implements TriggerScenario {
    private static final int DAYS_BEFORE = 3;

    @Override
    public String name() {
        return Trigger.Birthday.TYPE;
    }

    @Override
    public Chain chain() {
        return TriggerScenario.oneSms("birthday", new Trigger.Birthday(DAYS_BEFORE), "{name}, с днём рождения!");
    }

    @Override
    public void seed(DynamoDbClient dynamo, WinbackConfig config, LocalDate runDay, int from, int to, int due)
            throws Exception {
        // Born in 1990, not a leap year: no one is born on 29 February, which is greeted on the 28th some years.
        LocalDate dueBirthday = runDay.plusDays(DAYS_BEFORE).withYear(1990);
        LocalDate visit = runDay.minusDays(10);
        CustomerBulkLoad.load(dynamo, config.customersTable(), new CustomerItems(config.bands(), config.sleep()),
                from, to, i -> {
                    String key = "B-" + i;
                    LocalDate born = i < due ? dueBirthday : dueBirthday.plusDays(1 + i % 364);
                    return ChainsBench.oneVisit(key, visit, new SaleCustomer(key, null, null, null, null, null, born,
                            null, new Consent(null, null)), config.shopZone());
                });
    }
}
