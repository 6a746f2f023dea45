package io.winback.chain;

import io.winback.cycles.CycleEvidencePolicy;
import io.winback.cycles.GroupCycle;
import io.winback.cycles.GroupCycleInUse;
import io.winback.report.ReportLanguage;
import io.winback.text.Noun;

/**
 * Whether a chain in force starts episodes, and why (not), in the owner's words. A chain runs when its trigger's
 * occasions are indexed and read by the daily check: the sleep, birthday and refill indexes and the buyers index (a
 * cross-sell's purchases). A refill chain runs once its group has a cycle to go by and shows it
 * ({@link GroupCycleInUse}), so the owner sees whether its group has evidence enough.
 */
public sealed interface ChainReadiness {

    boolean running();

    String why(ReportLanguage language);

    /**
     * The readiness of a chain of {@code trigger}.
     *
     * @param learned the cycle of a refill chain's group as learned so far (null: nobody bought it twice yet, or the
     *                trigger is not a refill)
     */
    static ChainReadiness of(Trigger trigger, GroupCycle learned, CycleEvidencePolicy policy) {
        return switch (trigger) {
            case Trigger.FellAsleep asleep -> new Runs(asleep);
            case Trigger.Birthday birthday -> new Runs(birthday);
            case Trigger.Replenishment refill -> new Refill(refill,
                    GroupCycleInUse.of(learned, refill.cycleDays()), policy);
            case Trigger.Bought bought -> new Runs(bought);
            case Trigger.Campaign campaign -> new Runs(campaign);
        };
    }

    /** The daily check reads the trigger's occasions and the worker starts its episodes. */
    record Runs(Trigger trigger) implements ChainReadiness {
        @Override
        public boolean running() {
            return true;
        }

        @Override
        public String why(ReportLanguage language) {
            return switch (trigger) {
                case Trigger.Birthday birthday when birthday.daysBefore() == 0 -> language.pick(
                        "работает: ежедневная проверка запускает её в день рождения из карты клиента",
                        "runs: the daily check starts it on the birthday on the customer's card");
                case Trigger.Birthday birthday -> language.pick(
                        "работает: ежедневная проверка запускает её за " + Noun.DAY.count(birthday.daysBefore(), language)
                                + " до дня рождения из карты клиента",
                        "runs: the daily check starts it " + Noun.DAY.count(birthday.daysBefore(), language)
                                + " before the birthday on the customer's card");
                case Trigger.Bought bought -> language.pick(
                        "работает: ежедневная проверка запускает её через " + Noun.DAY.count(bought.afterDays(), language)
                                + " после покупки " + bought.group() + ", если клиент не покупал "
                                + bought.offerGroup() + " ни после неё, ни за "
                                + Noun.DAY.count(bought.unlessBoughtWithinDays(), language) + " до неё",
                        "runs: the daily check starts it " + Noun.DAY.count(bought.afterDays(), language)
                                + " after a purchase of " + bought.group() + ", unless the customer bought "
                                + bought.offerGroup() + " since or within "
                                + Noun.DAY.count(bought.unlessBoughtWithinDays(), language) + " before it");
                case Trigger.Campaign campaign -> language.pick(
                        "работает: кампания стартует по своему времени (at) для всего сегмента",
                        "runs: the campaign starts at its own time (at) for its whole segment");
                default -> language.pick("работает: ежедневная проверка запускает её в день, когда клиент уснул",
                        "runs: the daily check starts it on the day the customer falls asleep");
            };
        }
    }

    /**
     * A refill chain runs when its group has a cycle to go by (learned, or the chain's {@code cycleDays} standing in);
     * the cycle is shown either way, so the owner sees what the reminders go by, or what they wait for.
     */
    record Refill(Trigger.Replenishment trigger, GroupCycleInUse cycle, CycleEvidencePolicy policy)
            implements ChainReadiness {
        @Override
        public boolean running() {
            return cycle.days() != null;
        }

        @Override
        public String why(ReportLanguage language) {
            String group = trigger.group();
            String runs = !running() ? language.pick("не запускается: ", "does not run: ") : language.pick("работает: ежедневная проверка напоминает каждому "
                            + "покупателю " + group + " через " + trigger.remindAt().stripTrailingZeros().toPlainString()
                            + " его цикла после его последней покупки " + group + ". ",
                    "runs: the daily check reminds each customer of " + group + " "
                            + trigger.remindAt().stripTrailingZeros().toPlainString()
                            + " of their cycle after their last purchase of " + group + ". ");
            return runs + switch (cycle) {
                case GroupCycleInUse.Learned learned -> {
                    GroupCycle c = learned.learned();
                    yield language.pick("Цикл " + group + " выучен: ", "The cycle of " + group + " is learned: ")
                            + Noun.DAY.count(c.medianDays(), language)
                            + language.pick(" (половина интервалов: ", " (half of the intervals within ")
                            + c.lowerQuartileDays() + language.pick("–", "-") + Noun.DAY.count(c.upperQuartileDays(), language)
                            + language.pick("); данные: ", "), from ") + Noun.INTERVAL.count(c.intervals(), language)
                            + language.pick(", ", " of ") + Noun.BUYER.count(c.customers(), language) + ".";
                }
                case GroupCycleInUse.StandIn standIn -> language.pick("Цикл " + group + " ещё не выучен ("
                                + shortfall(standIn.learned(), language) + "); до тех пор его заменяет cycleDays: "
                                + Noun.DAY.count(standIn.cycleDays(), language) + ".",
                        "The cycle of " + group + " is not learned yet (" + shortfall(standIn.learned(), language)
                                + "); cycleDays, " + Noun.DAY.count(standIn.cycleDays(), language)
                                + ", stands in until it is.");
                case GroupCycleInUse.None none -> language.pick("Цикл " + group + " ещё не выучен ("
                                + shortfall(none.learned(), language) + "), а cycleDays не задан: до тех пор "
                                + "цепочка не запустится.",
                        "The cycle of " + group + " is not learned yet (" + shortfall(none.learned(), language)
                                + ") and the chain gives no cycleDays: it will not run until it is.");
            };
        }

        private String shortfall(GroupCycle learned, ReportLanguage language) {
            return GroupCycleInUse.notLearnedYet(trigger.group(), learned, policy, language);
        }
    }
}
