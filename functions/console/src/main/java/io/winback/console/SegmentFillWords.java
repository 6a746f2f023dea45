package io.winback.console;

import io.winback.report.ReportLanguage;
import io.winback.segment.FillProgress;
import io.winback.text.Noun;

/** How far the evaluation of everyone against the definitions has come, in the shop's words; null once done. */
final class SegmentFillWords {
    private SegmentFillWords() {
    }

    static String of(FillProgress.Progress progress, ReportLanguage language) {
        if (progress.done()) {
            return null;
        }
        if (progress.parts() == 0) {
            return language.pick("подсчёт ещё не начался", "counting has not started yet");
        }
        return language.pick("идёт подсчёт: проверено ", "counting: ")
                + Noun.CUSTOMER.count(progress.evaluated(), language)
                + language.pick(", готово частей: ", " checked, parts done: ") + progress.partsDone()
                + language.pick(" из ", " of ") + progress.parts()
                + language.pick("; число участников станет точным, когда подсчёт закончится",
                "; the member count is final once it is done");
    }
}
