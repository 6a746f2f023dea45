package io.winback.reports;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reports are exports: a staff token gets a 403 saying whose it is, by Bearer and on the dashboard by Basic alike. */
class ReportsAndTheDashboardAreTheOwnersNotTheStaffsTest {
    private final ReportsFixture fixture = new ReportsFixture()
            .purchase("C-1", "moscow-1", "2026-10-01", "500");

    @Test
    void aStaffTokenIsRefusedEveryReportAndTheOwnersIsNot() {
        for (String path : List.of("/v1/reports/metrics", "/v1/reports/reactivation", "/v1/reports/discounts")) {
            var refused = fixture.call("GET", path, Map.of("from", "2026-10-01", "to", "2026-10-31"),
                    "Bearer " + ReportsShop.STAFF_TOKEN);
            assertEquals(403, refused.getStatusCode(), path + ": " + refused.getBody());
            assertTrue(refused.getBody().contains("the staff of moscow-1"), refused.getBody());
            assertEquals(200, fixture.call("GET", path, Map.of("from", "2026-10-01", "to", "2026-10-31"),
                    "Bearer " + ReportsFixture.TOKEN).getStatusCode(), path);
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString(("staff:" + ReportsShop.STAFF_TOKEN)
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(403, fixture.call("GET", "/dashboard", Map.of(), basic).getStatusCode());
    }
}
