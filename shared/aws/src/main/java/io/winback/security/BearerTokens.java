package io.winback.security;

import io.winback.access.Role;
import io.winback.access.SessionSeal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * API access by {@code Authorization: Bearer <token>}; several tokens are valid at once for rotation, each with its
 * {@link Role} ({@link ApiToken}: {@code owner:<token>}, {@code staff@<storeId>:<token>}, or a bare owner's token).
 */
public final class BearerTokens {
    private final List<ApiToken> tokens;

    /** @throws IllegalArgumentException when an entry is malformed (named by position, never by its token) */
    public BearerTokens(List<String> entries) {
        this.tokens = ApiToken.parse(entries);
    }

    /**
     * The first owner's token as typed, for SnapStart priming to pass the token check as a real request does; empty
     * when there is none.
     */
    public Optional<String> anOwnersToken() {
        return tokens.stream().filter(token -> token.role().isOwner()).findFirst()
                .map(token -> new String(token.secret(), StandardCharsets.UTF_8));
    }

    /** Each store's staff token as typed, by store: what the local runner's banner hands out. */
    public java.util.SortedMap<String, String> staffTokensByStore() {
        java.util.SortedMap<String, String> byStore = new java.util.TreeMap<>();
        for (ApiToken token : tokens) {
            if (token.role() instanceof Role.Staff staff) {
                byStore.putIfAbsent(staff.storeId(), new String(token.secret(), StandardCharsets.UTF_8));
            }
        }
        return byStore;
    }

    public boolean accepts(String authorizationHeader) {
        return who(authorizationHeader).isPresent();
    }

    public boolean acceptsBearerOrBasic(String authorizationHeader) {
        return whoBearerOrBasic(authorizationHeader).isPresent();
    }

    /** The role of a Bearer token; empty when there is none or it is not one of ours. */
    public Optional<Role> who(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return roleOf(authorizationHeader.substring(7).strip());
    }

    /**
     * The role of a Bearer token, or of HTTP Basic with the token as the password (any user name): what a browser
     * sends for a page it was asked to log in to.
     */
    public Optional<Role> whoBearerOrBasic(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6)) {
            return who(authorizationHeader);
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(authorizationHeader.substring(6).strip());
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        String credentials = new String(decoded, StandardCharsets.UTF_8);
        int colon = credentials.indexOf(':');
        return colon < 0 ? Optional.empty() : roleOf(credentials.substring(colon + 1));
    }

    /** The fingerprint a console session keeps of {@code token}, if it is one of ours; empty otherwise. */
    public Optional<String> fingerprintOf(String token, SessionSeal seal) {
        return roleOf(token).map(role -> seal.fingerprint(token.getBytes(StandardCharsets.UTF_8)));
    }

    /** The role of the token whose fingerprint a session names; empty when no configured token has it any more. */
    public Optional<Role> roleOfFingerprint(String fingerprint, SessionSeal seal) {
        Role found = null;
        for (ApiToken candidate : tokens) {
            if (MessageDigest.isEqual(seal.fingerprint(candidate.secret()).getBytes(StandardCharsets.US_ASCII),
                    fingerprint.getBytes(StandardCharsets.US_ASCII)) && found == null) {
                found = candidate.role();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The role of {@code token} as typed (a sign-in form's); empty when it is not one of ours. */
    public Optional<Role> roleOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        byte[] offered = token.getBytes(StandardCharsets.UTF_8);
        Role found = null;
        // Every token compared in constant time, and all of them, so the time taken says nothing of which matched.
        for (ApiToken candidate : tokens) {
            if (MessageDigest.isEqual(candidate.secret(), offered) && found == null) {
                found = candidate.role();
            }
        }
        return Optional.ofNullable(found);
    }
}
