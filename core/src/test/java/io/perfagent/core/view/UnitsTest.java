package io.perfagent.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class UnitsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvFileSource(resources = "/view/units.csv", encoding = "UTF-8")
    void formatsWithHumanUnits(String kind, long value, String expected) {
        assertEquals(expected, kind.equals("nanos") ? Units.nanos(value) : Units.bytes(value));
    }
}
