package io.perfagent.it.safety;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loopback-only endpoints for the HTTP sink scenarios: nothing listening, a server that accepts and never answers,
 * and one that answers every request with 503. Each counts what reached it, so a test can tell the sink really tried.
 */
abstract class FaultyHttpServer implements AutoCloseable {

    final AtomicInteger hits = new AtomicInteger();

    abstract int port();

    String url() {
        return "http://127.0.0.1:" + port() + "/ingest";
    }

    /** A port that was free a moment ago and has nobody listening. */
    static FaultyHttpServer down() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        return new FaultyHttpServer() {
            int port() {
                return port;
            }

            public void close() {
            }
        };
    }

    /** Accepts connections and never reads or answers; the connections stay open until close. */
    static FaultyHttpServer hung() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        List<Socket> held = new CopyOnWriteArrayList<>();
        FaultyHttpServer faulty = new FaultyHttpServer() {
            int port() {
                return server.getLocalPort();
            }

            public void close() throws IOException {
                server.close();
                for (Socket socket : held) {
                    socket.close();
                }
            }
        };
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    held.add(server.accept());
                    faulty.hits.incrementAndGet();
                }
            } catch (IOException closed) {
                // the test is over
            }
        }, "hung-server");
        acceptor.setDaemon(true);
        acceptor.start();
        return faulty;
    }

    /** Answers every request with 503 Service Unavailable. */
    static FaultyHttpServer unavailable() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        FaultyHttpServer faulty = new FaultyHttpServer() {
            int port() {
                return server.getAddress().getPort();
            }

            public void close() {
                server.stop(0);
            }
        };
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            faulty.hits.incrementAndGet();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        return faulty;
    }
}
