package io.winback.console;

import io.winback.access.Role;

/**
 * Who is asking: their role, and what their forms' CSRF tokens are bound to (the session cookie's value, or the
 * Authorization header a script sent), so a token taken from one session is worth nothing in another.
 */
record Visitor(Role role, String binding) {
}
