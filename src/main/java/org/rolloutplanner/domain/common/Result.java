package org.rolloutplanner.domain.common;

import java.util.Objects;
import java.util.Optional;

/** A value, or a plain-English message saying why there is none. */
public sealed interface Result<T> {

    record Success<T>(T value) implements Result<T> {
        public Success {
            Objects.requireNonNull(value);
        }
    }

    record Failure<T>(String message) implements Result<T> {
    }

    static <T> Result<T> success(T value) {
        return new Success<>(value);
    }

    static <T> Result<T> failure(String message) {
        return new Failure<>(message);
    }

    default Optional<T> get() {
        return this instanceof Success<T> s ? Optional.of(s.value()) : Optional.empty();
    }

    default Optional<String> error() {
        return this instanceof Failure<T> f ? Optional.of(f.message()) : Optional.empty();
    }
}
