package io.perfagent.core.sink.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.perfagent.core.sink.Lines;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS is always verified: a self-signed collector is trusted only through sink.http.truststore. */
class TlsTest {

    private static final String PASSWORD = "changeit-test";

    @TempDir
    static Path dir;
    static Path trustStore;
    static HttpsServer server;
    static final AtomicInteger received = new AtomicInteger();

    @BeforeAll
    static void startSelfSignedCollector() throws Exception {
        Path keys = dir.resolve("server.p12");
        Path cert = dir.resolve("server.crt");
        trustStore = dir.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "collector", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keys.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-alias", "collector", "-keystore", keys.toString(), "-storepass", PASSWORD,
                "-rfc", "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "collector", "-file", cert.toString(), "-storetype",
                "PKCS12", "-keystore", trustStore.toString(), "-storepass", PASSWORD);

        KeyStore ks = KeyStore.getInstance(keys.toFile(), PASSWORD.toCharArray());
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                received.incrementAndGet();
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), output);
    }

    private static URI url() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/ingest");
    }

    @Test
    void aCollectorTrustedThroughTheConfiguredStoreReceivesReports() {
        int before = received.get();
        List<String> warnings = new ArrayList<>();
        SSLContext tls = TrustStores.load(trustStore, PASSWORD, warnings).orElseThrow();
        assertEquals(List.of(), warnings);
        HttpSink sink = HttpSinkTest.sink(HttpSinkTest.settings(url(), true, 8, 1, trustStore, PASSWORD), tls);
        sink.onReport(Lines.summary(List.of()));
        sink.close();
        assertEquals(1, sink.sent());
        assertEquals(before + 1, received.get());
    }

    @Test
    void anUntrustedCertificateIsRefusedAndNotRetried() {
        int before = received.get();
        HttpSink sink = HttpSinkTest.sink(HttpSinkTest.settings(url(), false, 8, 3, null, ""), null);
        sink.onReport(Lines.summary(List.of()));
        sink.close();
        assertEquals(0, sink.sent());
        assertEquals(1, sink.failed());
        assertEquals(before, received.get());
    }

    @Test
    void anUnreadableStoreFallsBackToTheDefaultCasWithAMessageWithoutThePassword() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.p12"), "not a key store");
        List<String> warnings = new ArrayList<>();
        assertTrue(TrustStores.load(junk, "hunter2", warnings).isEmpty());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("junk.p12") && !warnings.get(0).contains("hunter2"), warnings.get(0));
    }
}
