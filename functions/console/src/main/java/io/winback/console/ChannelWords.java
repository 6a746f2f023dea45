package io.winback.console;

import io.winback.chain.Channel;
import io.winback.report.ReportLanguage;

/** A channel as every page of the console names it: SMS, and a letter (письмо) rather than "email" in Russian. */
final class ChannelWords {
    private ChannelWords() {
    }

    static String of(Channel channel, ReportLanguage language) {
        return switch (channel) {
            case SMS -> "SMS";
            case EMAIL -> language.pick("письмо", "email");
        };
    }
}
