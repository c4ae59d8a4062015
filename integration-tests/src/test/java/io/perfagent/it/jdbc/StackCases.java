package io.perfagent.it.jdbc;

import io.perfagent.it.Jdks;
import org.junit.jupiter.params.provider.Arguments;

import java.util.stream.Stream;

/** Parameter sources: every available JDK crossed with database stacks (see sample.jdbc.Stacks). */
final class StackCases {

    private StackCases() {
    }

    static Stream<Arguments> allStacks() {
        return on("h2", "h2-hikari", "pg", "pg-hikari", "wrapped");
    }

    static Stream<Arguments> slowLogStacks() {
        return on("h2", "pg-hikari");
    }

    static Stream<Arguments> secretStacks() {
        return on("h2-hikari", "pg");
    }

    static Stream<Arguments> postgresStacks() {
        return on("pg", "pg-hikari");
    }

    static Stream<Arguments> poolStacks() {
        return on("h2-hikari", "pg-hikari");
    }

    private static Stream<Arguments> on(String... stacks) {
        return Jdks.all().stream().flatMap(jdk -> Stream.of(stacks).map(stack -> Arguments.of(jdk, stack)));
    }
}
