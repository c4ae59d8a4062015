package io.perfagent.core.sink.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.zip.GZIPInputStream;

/** A real HTTP collector on 127.0.0.1 that records every request and answers the status its script gives. */
final class Collector implements AutoCloseable {

    record Request(Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger seen = new AtomicInteger();
    private final HttpServer server;

    /** {@code status} maps the request number (0, 1, ...) to the status to answer. */
    Collector(IntUnaryOperator status) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> answer(exchange, status.applyAsInt(seen.getAndIncrement())));
        server.start();
    }

    private void answer(HttpExchange exchange, int status) throws IOException {
        try (exchange) {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
            InputStream in = new ByteArrayInputStream(raw);
            if ("gzip".equals(encoding)) {
                in = new GZIPInputStream(in);
            }
            requests.add(new Request(Map.copyOf(exchange.getRequestHeaders()),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(status, -1);
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ingest");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
