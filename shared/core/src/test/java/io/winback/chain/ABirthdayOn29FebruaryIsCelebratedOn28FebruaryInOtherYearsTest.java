package io.winback.chain;

import io.winback.domain.PurchaseBand;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The birthday calendar: which day a birthday falls on in a year, and which birthdays a day is the day of. */
class ABirthdayOn29FebruaryIsCelebratedOn28FebruaryInOtherYearsTest {
    private static final LocalDate LEAP_BORN = LocalDate.of(1996, 2, 29);

    @Test
    void bornOn29FebruaryCelebratesOn28FebruaryInOtherYearsAndOn29InLeapYears() {
        assertEquals(LocalDate.of(2027, 2, 28), BirthdayCalendar.celebratedIn(LEAP_BORN, 2027));
        assertEquals(LocalDate.of(2028, 2, 29), BirthdayCalendar.celebratedIn(LEAP_BORN, 2028));
        assertEquals(LocalDate.of(2027, 3, 10), BirthdayCalendar.celebratedIn(LocalDate.of(1990, 3, 10), 2027));
    }

    @Test
    void the28thOfFebruaryOfAYearWithoutA29thIsTheDayOfBoth() {
        assertEquals(List.of(MonthDay.of(2, 28), MonthDay.of(2, 29)), BirthdayCalendar.bornOn(LocalDate.of(2027, 2, 28)));
        assertEquals(List.of(MonthDay.of(2, 28)), BirthdayCalendar.bornOn(LocalDate.of(2028, 2, 28)));
        assertEquals(List.of(MonthDay.of(2, 29)), BirthdayCalendar.bornOn(LocalDate.of(2028, 2, 29)));
        assertEquals(List.of(MonthDay.of(3, 1)), BirthdayCalendar.bornOn(LocalDate.of(2027, 3, 1)));
    }

    @Test
    void theCheckAsksOnceForEachDaysBeforeWhateverTheChainsSharingIt() {
        ChainStep sms = new ChainStep(0, null, Map.of(), List.of(Channel.SMS), null, 7);
        ChainConfiguration configuration = new ChainConfiguration(3, List.of(
                new Chain("birthday-few", new Trigger.Birthday(3), PurchaseBand.FEW, List.of(sms)),
                new Chain("birthday", new Trigger.Birthday(3), null, List.of(sms)),
                new Chain("birthday-vip", new Trigger.Birthday(7), PurchaseBand.VIP, List.of(sms)),
                new Chain("sleepers", new Trigger.FellAsleep(), PurchaseBand.ONE, List.of(sms))), null);

        assertEquals(new TreeSet<>(List.of(3, 7)), BirthdayCalendar.daysBeforeInForce(configuration));
        SortedSet<Integer> none = BirthdayCalendar.daysBeforeInForce(Playbook.configuration());
        assertEquals(new TreeSet<Integer>(), none, "the playbook has no birthday chain: the check reads nothing");
    }
}
