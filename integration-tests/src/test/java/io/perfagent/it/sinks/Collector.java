package io.perfagent.it.sinks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * What a forked application's HTTP sink talks to: a real JDK HttpServer on 127.0.0.1 answering a fixed status, or a
 * socket that accepts and never answers ("hung"), or a port nobody listens on ("down").
 */
final class Collector implements AutoCloseable {

    enum Mode { UP, DOWN, HUNG, UNAVAILABLE }

    record Request(String authorization, String contentType, String contentEncoding, String body) {
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> hungConnections = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ServerSocket hung;
    private final int port;

    Collector(Mode mode) throws IOException {
        switch (mode) {
            case UP, UNAVAILABLE -> {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
                int status = mode == Mode.UP ? 200 : 503;
                server.createContext("/", exchange -> answer(exchange, status));
                server.start();
                port = server.getAddress().getPort();
            }
            case HUNG -> {
                hung = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
                Thread acceptor = new Thread(this::acceptForever, "hung-collector");
                acceptor.setDaemon(true);
                acceptor.start();
                port = hung.getLocalPort();
            }
            default -> {
                try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                    port = free.getLocalPort();
                }
            }
        }
    }

    private void acceptForever() {
        try {
            while (true) {
                hungConnections.add(hung.accept());
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    private void answer(HttpExchange exchange, int status) throws IOException {
        try (exchange) {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
            InputStream in = new ByteArrayInputStream(raw);
            if ("gzip".equals(encoding)) {
                in = new GZIPInputStream(in);
            }
            requests.add(new Request(exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), encoding,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(status, -1);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port + "/perf/ingest";
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.stop(0);
        }
        if (hung != null) {
            hung.close();
        }
        for (Socket s : hungConnections) {
            s.close();
        }
    }
}
