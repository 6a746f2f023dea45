package io.winback.security;

import io.winback.access.Role;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code API_TOKENS} entries carry a role: {@code owner:<token>}, {@code staff@<storeId>:<token>}, and a bare token is
 * the owner's, as before roles; by Bearer or as the Basic password alike. A malformed entry stops the function at
 * start with its position named, never its token.
 */
class ATokenSaysWhoseItIsOwnerOrTheStaffOfOneStoreTest {
    private final BearerTokens tokens = new BearerTokens(List.of("owner:boss-1", "staff@moscow-1:till-7", "legacy-9"));

    @Test
    void eachTokenSpeaksForItsRole() {
        assertEquals(Optional.of(Role.OWNER), tokens.who("Bearer boss-1"));
        assertEquals(Optional.of(new Role.Staff("moscow-1")), tokens.who("Bearer till-7"));
        assertEquals(Optional.of(Role.OWNER), tokens.who("Bearer legacy-9"), "a bare token is the owner's");
        assertEquals(Optional.empty(), tokens.who("Bearer owner:boss-1"), "the role prefix is not part of the token");
        assertEquals(Optional.empty(), tokens.who("Bearer nobody"));
        assertEquals(Optional.of(new Role.Staff("moscow-1")), tokens.whoBearerOrBasic("Basic " + Base64.getEncoder()
                .encodeToString("any:till-7".getBytes(StandardCharsets.UTF_8))));
        assertTrue(tokens.accepts("Bearer till-7"));
        assertFalse(tokens.accepts(null));
    }

    @Test
    void theStaffServeTheirStoreOnly() {
        Role staff = tokens.roleOf("till-7").orElseThrow();
        assertTrue(staff.servesStore("moscow-1"));
        assertFalse(staff.servesStore("moscow-2"));
        assertFalse(staff.isOwner());
        assertTrue(Role.OWNER.servesStore("moscow-2"));
    }

    @Test
    void malformedEntriesAreNamedByPositionWithoutTheirTokens() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> new BearerTokens(List.of("owner:ok-1", "staff@:secret-2", "owner:", "staff@moscow-1")));
        assertEquals("API_TOKENS: entry 2 is staff@<storeId>:<token> without a store; entry 3 has no token after its"
                + " role; entry 4 is staff@<storeId>:<token> without a store", wrong.getMessage());
        assertFalse(wrong.getMessage().contains("secret-2"));
    }
}
