package io.winback.json.chain;

import io.winback.chain.ChainConfiguration;
import io.winback.chain.Playbook;
import io.winback.shop.ShopAverageCheck;
import io.winback.json.Json;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class PlaybookSurvivesTheRoundTripThroughJsonTest {

    @Test
    void whatIsWrittenReadsBackAsTheSameConfiguration() {
        ChainConfiguration playbook = Playbook.configuration();

        var parsed = ChainConfigurationJson.read(ChainConfigurationJson.toJson(playbook), shopWithAverage("900"));

        var valid = assertInstanceOf(ParsedConfiguration.Valid.class, parsed, () -> parsed.toString());
        assertEquals(playbook, valid.configuration());
        assertEquals(0, valid.basedOn(), "a document written with its version reads as based on it");
    }

    @Test
    void thePlaybooksBonusesFitTheCapOfAnAverageCheckOf900() {
        var parsed = ChainConfigurationJson.read(ChainConfigurationJson.toJson(Playbook.configuration()),
                shopWithAverage("899.97"));

        var invalid = assertInstanceOf(ParsedConfiguration.Invalid.class, parsed);
        assertEquals("chains[0].steps[1].bonus.amount", invalid.errors().getFirst().field(),
                "180 is above the cap of 899.97 × 0.40 × 0.50 = 179.99");
        assertEquals(4, invalid.errors().size(), "the second step of each of the four chains");
    }

    /** A shop whose own average check rules (enough purchases), every bonus counted as set by the request. */
    private static BonusLimits shopWithAverage(String check) {
        return new BonusLimits(null, () -> Optional.of(new ShopAverageCheck(new BigDecimal(check), 1_000)),
                new BigDecimal("1000"));
    }

    @Test
    void absentFieldsAreWrittenAsNullAndAmountsExactly() throws Exception {
        var tree = Json.readTree(ChainConfigurationJson.toJson(Playbook.configuration()));

        assertEquals("null", tree.at("/budget/averageCheck").toString());
        assertEquals("0.40", tree.at("/budget/margin").toString());
        assertEquals("null", tree.at("/chains/0/steps/0/call").toString());
        assertEquals("null", tree.at("/chains/0/steps/2/bonus").toString());
        assertEquals("{\"deadlineDays\":2}", tree.at("/chains/0/steps/2/call").toString());
    }
}
