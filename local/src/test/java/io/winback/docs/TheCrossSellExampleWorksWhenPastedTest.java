package io.winback.docs;

import io.winback.local.LocalSystem;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A marketer pastes the cross-sell example of docs/chains.md beside {@code ./winback local}, block by block, and
 * sees what the docs show: the camera-to-lens chain added to the playbook's, a sale with a camera accepted, the tick
 * 3 days later offering the buyer a lens, the SMS naming the offered group in the outbox, and a re-run of that day
 * offering nothing twice.
 */
class TheCrossSellExampleWorksWhenPastedTest {

    @Test
    void everyBlockAnswersWhatTheDocsShow() throws Exception {
        String chains = Files.readString(OpenApiContract.repositoryRoot().resolve("docs/chains.md"));
        List<PastedBlocks.Step> steps = PastedBlocks.between(chains, "**Try the cross-sell on `./winback local`.**",
                "### Priority");
        assertEquals(5, steps.size(), "the chain, the sale, the tick, the outbox, the tick again");
        try (LocalSystem system = PastedBlocks.localSystem()) {
            PastedBlocks.runAndCompare(steps, system);
        }
    }
}
