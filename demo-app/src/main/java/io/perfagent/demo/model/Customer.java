package io.perfagent.demo.model;

/** A customer row; immutable, safe to share between threads. */
public record Customer(int id, String name, String email, String city) {
}
