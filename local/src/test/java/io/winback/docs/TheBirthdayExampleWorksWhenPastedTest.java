package io.winback.docs;

import io.winback.local.LocalSystem;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A marketer pastes the birthday example of docs/chains.md beside {@code ./winback local}, block by block, and sees
 * what the docs show: the birthday chain added to the playbook's, the sale of a customer whose card holds her
 * birthday accepted, the tick three days before it greeting her, the SMS with its bonus in the outbox, and a re-run
 * of that day greeting nobody twice.
 */
class TheBirthdayExampleWorksWhenPastedTest {

    @Test
    void everyBlockAnswersWhatTheDocsShow() throws Exception {
        String chains = Files.readString(OpenApiContract.repositoryRoot().resolve("docs/chains.md"));
        List<PastedBlocks.Step> steps = PastedBlocks.between(chains, "**Try it on `./winback local`.**",
                "### Replenishment");
        assertEquals(5, steps.size(), "the chain, the sale, the tick, the outbox, the tick again");
        try (LocalSystem system = PastedBlocks.localSystem()) {
            PastedBlocks.runAndCompare(steps, system);
        }
    }
}
