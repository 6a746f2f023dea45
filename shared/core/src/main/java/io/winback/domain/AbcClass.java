package io.winback.domain;

/**
 * ABC class by share of revenue: A are the customers who together make the top 80 % of the scored customers'
 * revenue, B the next 15 %, C the last 5 % (and everyone whose net spent is below one rouble).
 */
public enum AbcClass {
    A, B, C;

    public static AbcClass fromName(String name) {
        return name == null ? null : valueOf(name);
    }
}
