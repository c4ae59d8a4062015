package io.perfagent.core.sink.prometheus;

import com.sun.net.httpserver.HttpServer;
import io.perfagent.core.log.AgentLog;
import io.perfagent.core.report.ReportLine;
import io.perfagent.core.report.ReportSink;
import io.perfagent.core.runtime.AgentThreads;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the last interval's figures at {@code http://<prometheus.host>:<prometheus.port>/metrics} with the JDK's
 * built-in HTTP server. Requests are answered on the daemon thread {@code perfagent-prometheus}; the server is
 * started from a daemon thread too, so the JDK's dispatcher thread is a daemon and never keeps the JVM alive. A port
 * that cannot be bound is reported once and the endpoint stays off. Same threading contract as {@link ReportSink}.
 */
public final class PrometheusSink implements ReportSink {

    private final Exposition exposition;
    private final HttpServer server;
    private final ExecutorService executor;

    private PrometheusSink(Exposition exposition, HttpServer server, ExecutorService executor) {
        this.exposition = exposition;
        this.server = server;
        this.executor = executor;
    }

    /** Binds and starts the endpoint; empty (after one message) when the address cannot be used. */
    public static Optional<PrometheusSink> start(String host, int port, String app) {
        Exposition exposition = new Exposition(app);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 16);
        } catch (IOException | RuntimeException e) {
            AgentLog.warn("Prometheus endpoint " + host + ":" + port + " cannot be opened ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); it is off for this run");
            return Optional.empty();
        }
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> AgentThreads.newThread("prometheus", r));
        server.setExecutor(executor);
        server.createContext("/", new MetricsHandler(exposition::page));
        Thread starter = AgentThreads.newThread("prometheus-start", server::start);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.of(new PrometheusSink(exposition, server, executor));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void onReport(ReportLine line) {
        exposition.update(line);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
