package io.perfagent.core.sink.http;

import io.perfagent.core.config.Config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The HTTP sink's settings, read from the {@code sink.http.*} keys. {@link #toString()} never shows header values,
 * the password or the URL's user info and query. Immutable.
 */
public record HttpSinkSettings(URI url, boolean gzip, Map<String, String> headers, int queueSize, Duration timeout,
                               int maxRetries, Duration shutdownTimeout, Path truststore, String truststorePassword) {

    public HttpSinkSettings {
        headers = Map.copyOf(headers);
    }

    /**
     * The settings when {@code sink.http.url} is set and usable; empty when the sink is off. Problems (a URL that is
     * not http(s), a bad header entry, an unset environment variable) are added to {@code warnings}.
     */
    public static Optional<HttpSinkSettings> from(Config config, Function<String, String> env, List<String> warnings) {
        String raw = config.string("sink.http.url");
        if (raw.isBlank()) {
            return Optional.empty();
        }
        Optional<URI> url = parseUrl(raw, warnings);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String store = config.string("sink.http.truststore");
        return Optional.of(new HttpSinkSettings(url.get(), config.bool("sink.http.gzip"),
                HeaderParser.parse(config.list("sink.http.headers"), env, warnings),
                config.integer("sink.http.queue-size"), config.duration("sink.http.timeout"),
                config.integer("sink.http.max-retries"), config.duration("sink.http.shutdown-timeout"),
                store.isBlank() ? null : Path.of(store), config.string("sink.http.truststore-password")));
    }

    static Optional<URI> parseUrl(String raw, List<String> warnings) {
        try {
            URI uri = new URI(raw.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below, without echoing the value (it may carry a token)
        }
        warnings.add("sink.http.url is not an http:// or https:// URL with a host; the HTTP sink is off");
        return Optional.empty();
    }

    /** The URL as it may appear in messages: scheme, host, port and path only. */
    public String safeUrl() {
        return SafeUrl.of(url);
    }

    @Override
    public String toString() {
        return "HttpSinkSettings[url=" + safeUrl() + ", gzip=" + gzip + ", headers=" + headers.keySet()
                + ", queueSize=" + queueSize + ", timeout=" + timeout + ", maxRetries=" + maxRetries
                + ", shutdownTimeout=" + shutdownTimeout + ", truststore=" + truststore + "]";
    }
}
