package io.winback.docs;

import io.winback.local.LocalSystem;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A marketer pastes the refill example of docs/chains.md beside {@code ./winback local}, block by block, and sees
 * what the docs show: the refill chain added to the playbook's, a sale with a bag of dog food accepted, the tick
 * 30 days later (0.75 of the chain's 40-day cycle) reminding the buyer, the SMS naming the group in the outbox, and
 * a re-run of that day reminding nobody twice.
 */
class TheRefillExampleWorksWhenPastedTest {

    @Test
    void everyBlockAnswersWhatTheDocsShow() throws Exception {
        String chains = Files.readString(OpenApiContract.repositoryRoot().resolve("docs/chains.md"));
        List<PastedBlocks.Step> steps = PastedBlocks.between(chains, "**Try the refill on `./winback local`.**",
                "### Cross-sell");
        assertEquals(5, steps.size(), "the chain, the sale, the tick, the outbox, the tick again");
        try (LocalSystem system = PastedBlocks.localSystem()) {
            PastedBlocks.runAndCompare(steps, system);
        }
    }
}
