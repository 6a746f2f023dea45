package io.winback.console;

/** Why a form's change was not made: the HTTP status and the words for the page, in each language. */
record Refusal(int status, String russian, String english) {
}
