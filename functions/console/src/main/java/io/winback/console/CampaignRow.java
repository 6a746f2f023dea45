package io.winback.console;

/** A campaign in the list: its name linking to its page, segment, start, state and who entered, in words. */
public record CampaignRow(String name, String href, String segment, String start, String state, String entered) {
}
