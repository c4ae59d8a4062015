package io.perfagent.core.sink.http;

import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds the TLS context for a custom trust store (PKCS12 or JKS, told apart by the JDK). Certificates are always
 * verified: a store that cannot be read leaves the JDK's default trusted CAs in place, with a message naming the
 * file (never the password). Stateless.
 */
final class TrustStores {

    private TrustStores() {
    }

    static Optional<SSLContext> load(Path store, String password, List<String> warnings) {
        if (store == null) {
            return Optional.empty();
        }
        try {
            char[] secret = password == null || password.isEmpty() ? null : password.toCharArray();
            KeyStore keys = KeyStore.getInstance(store.toFile(), secret);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keys);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return Optional.of(context);
        } catch (Exception e) {
            warnings.add("sink.http.truststore " + store + " cannot be used (" + e.getClass().getSimpleName()
                    + "); the JDK's default trusted certificates are used instead");
            return Optional.empty();
        }
    }
}
