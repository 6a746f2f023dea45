package io.winback.domain;

public enum Gender {
    F,
    M
}
