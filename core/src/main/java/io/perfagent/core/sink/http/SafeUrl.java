package io.perfagent.core.sink.http;

import java.net.URI;

/** A URL cut down to what may be printed: no user info, query or fragment, which can carry credentials. Stateless. */
final class SafeUrl {

    private SafeUrl() {
    }

    static String of(URI url) {
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return url.getScheme() + "://" + url.getHost() + port + path;
    }
}
