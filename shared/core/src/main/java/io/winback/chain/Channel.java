package io.winback.chain;

import java.util.Locale;

/** Ways a touch reaches a customer. */
public enum Channel {
    SMS,
    EMAIL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel fromWireName(String name) {
        for (Channel channel : values()) {
            if (channel.wireName().equals(name)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("channel must be sms or email");
    }
}
