package io.winback.docs;

import io.winback.local.LocalSystem;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A marketer pastes the example of docs/segments.md beside {@code ./winback local}, block by block, and sees what the
 * docs show: three customers' sales accepted, a segment of those who spent 1,000 defined and filled, its two members
 * (and their CSV downloaded), a campaign to it started by the morning's check with an SMS to each, and after one of
 * them comes back, the campaign's row in the campaign report with the conversion and the revenue.
 */
class TheSegmentAndCampaignExampleWorksWhenPastedTest {

    @Test
    void everyBlockAnswersWhatTheDocsShow() throws Exception {
        String segments = Files.readString(OpenApiContract.repositoryRoot().resolve("docs/segments.md"));
        List<PastedBlocks.Step> steps = PastedBlocks.between(segments, "## Try it: a segment",
                "That is the whole loop");
        assertEquals(6, steps.size(), "the sales, the segment, its members, the campaign, the outbox, the report");
        try (LocalSystem system = PastedBlocks.localSystem()) {
            PastedBlocks.runAndCompare(steps, system);
        }
    }
}
