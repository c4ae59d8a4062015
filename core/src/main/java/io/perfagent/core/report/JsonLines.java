package io.perfagent.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes report lines with Jackson's streaming generator: {@link ReportLine}, {@link MetricSummary},
 * {@link Percentiles} field by field, and the maps, lists, strings, numbers and booleans that events and the health
 * block are made of. The output is byte for byte what the data binding of {@link Json#MAPPER} writes for the same
 * values ({@code JsonLinesTest}), without its start-up cost: building the mapper and introspecting the record types
 * costs a few hundred milliseconds of CPU, which the agent would otherwise spend while the application starts. A value
 * of any other type is handed to {@link Json#MAPPER}. Thread-safe.
 */
public final class JsonLines {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final byte[] UNSERIALIZABLE =
            "{\"type\":\"error\",\"message\":\"unserializable report line\"}\n".getBytes(StandardCharsets.UTF_8);

    private JsonLines() {
    }

    /** {@code value} as one JSON line terminated by a newline, ready for a single write. */
    public static byte[] line(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(json, value);
        } catch (IOException | RuntimeException e) {
            return UNSERIALIZABLE.clone();
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Number number) {
            number(json, number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                write(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof ReportLine line) {
            reportLine(json, line);
        } else if (value instanceof MetricSummary metric) {
            metric(json, metric);
        } else if (value instanceof Percentiles percentiles) {
            percentiles(json, percentiles);
        } else {
            Json.MAPPER.writeValue(json, value);
        }
    }

    private static void number(JsonGenerator json, Number number) throws IOException {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            json.writeNumber(number.intValue());
        } else if (number instanceof Long value) {
            json.writeNumber(value);
        } else if (number instanceof Double value) {
            json.writeNumber(value);
        } else if (number instanceof Float value) {
            json.writeNumber(value);
        } else if (number instanceof BigDecimal value) {
            json.writeNumber(value);
        } else if (number instanceof BigInteger value) {
            json.writeNumber(value);
        } else {
            Json.MAPPER.writeValue(json, number);
        }
    }

    private static void reportLine(JsonGenerator json, ReportLine line) throws IOException {
        json.writeStartObject();
        stringField(json, "type", line.type());
        json.writeNumberField("version", line.version());
        stringField(json, "app", line.app());
        json.writeNumberField("pid", line.pid());
        stringField(json, "host", line.host());
        stringField(json, "start", line.start());
        stringField(json, "end", line.end());
        field(json, "metrics", line.metrics());
        field(json, "agent", line.agent());
        field(json, "health", line.health());
        json.writeEndObject();
    }

    private static void metric(JsonGenerator json, MetricSummary metric) throws IOException {
        json.writeStartObject();
        stringField(json, "kind", metric.kind());
        stringField(json, "key", metric.key());
        stringField(json, "operation", metric.operation());
        stringField(json, "table", metric.table());
        json.writeNumberField("count", metric.count());
        json.writeNumberField("errors", metric.errors());
        if (metric.unsampled() != 0) {
            json.writeNumberField("unsampled", metric.unsampled());
        }
        field(json, "latency_ns", metric.latency());
        field(json, "alloc_bytes", metric.alloc());
        field(json, "batch_size", metric.batchSize());
        json.writeEndObject();
    }

    private static void percentiles(JsonGenerator json, Percentiles percentiles) throws IOException {
        json.writeStartObject();
        json.writeNumberField("p50", percentiles.p50());
        json.writeNumberField("p95", percentiles.p95());
        json.writeNumberField("p99", percentiles.p99());
        if (percentiles.p999() != null) {
            json.writeNumberField("p999", percentiles.p999());
        }
        json.writeNumberField("max", percentiles.max());
        json.writeNumberField("mean", percentiles.mean());
        if (percentiles.samples() != null) {
            json.writeNumberField("samples", percentiles.samples());
        }
        json.writeEndObject();
    }

    /** A field left out when null, as the records' {@code NON_NULL} inclusion does. */
    private static void field(JsonGenerator json, String name, Object value) throws IOException {
        if (value != null) {
            json.writeFieldName(name);
            write(json, value);
        }
    }

    private static void stringField(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }
}
