package io.perfagent.core.alert;

/** What one rule did in one interval; the state name is the {@code state} field of the alert line. */
enum Transition {
    NONE(null), FIRING("firing"), RESOLVED("resolved");

    final String state;

    Transition(String state) {
        this.state = state;
    }
}
