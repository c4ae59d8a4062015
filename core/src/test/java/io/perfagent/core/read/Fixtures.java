package io.perfagent.core.read;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Locates the sample reports under src/test/resources/reports. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path reports(String name) {
        URL url = Fixtures.class.getResource("/reports/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test fixture reports/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
