package io.winback.console;

/** A customer a search found: name, phone and the path of their card. */
public record FoundCustomer(String name, String phone, String path) {
}
