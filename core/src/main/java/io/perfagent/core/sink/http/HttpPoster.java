package io.perfagent.core.sink.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.SSLContext;

/**
 * Sends one JSON payload with {@code java.net.http.HttpClient} and reports the status code. The client is created on
 * first use, on the sender thread, so the JDK's helper threads inherit a daemon status and no application class
 * loader. Sender thread only; not thread-safe.
 */
final class HttpPoster {

    private final HttpSinkSettings settings;
    private final SSLContext tls;
    private HttpClient client;

    HttpPoster(HttpSinkSettings settings, SSLContext tls) {
        this.settings = settings;
        this.tls = tls;
    }

    /**
     * POSTs {@code json} and returns the response status. Waits at most {@code maxWait} (the configured timeout, or
     * less at shutdown); a request that takes longer is abandoned with an {@link HttpTimeoutException}.
     */
    int post(byte[] json, Duration maxWait) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url())
                .timeout(min(settings.timeout(), maxWait))
                .header("Content-Type", "application/json")
                .header("User-Agent", "perfagent");
        settings.headers().forEach(request::header);
        byte[] body = json;
        if (settings.gzip()) {
            body = gzip(json);
            request.header("Content-Encoding", "gzip");
        }
        request.POST(HttpRequest.BodyPublishers.ofByteArray(body));
        CompletableFuture<HttpResponse<Void>> answer =
                client().sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
        try {
            return answer.get(Math.max(1, maxWait.toMillis()), TimeUnit.MILLISECONDS).statusCode();
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new HttpTimeoutException("no answer within " + maxWait.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private HttpClient client() {
        if (client == null) {
            HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(settings.timeout())
                    .followRedirects(HttpClient.Redirect.NEVER);
            if (tls != null) {
                builder.sslContext(tls);
            }
            client = builder.build();
        }
        return client;
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(data);
        }
        return out.toByteArray();
    }

    private static Duration min(Duration a, Duration b) {
        Duration shorter = a.compareTo(b) <= 0 ? a : b;
        return shorter.isZero() || shorter.isNegative() ? Duration.ofMillis(1) : shorter;
    }
}
