package io.perfagent.core.sink.http;

import java.io.IOException;
import javax.net.ssl.SSLException;

/**
 * What one POST came to, and whether trying again could help: connection errors, timeouts, 429 and 5xx are worth a
 * retry; any other answer (a 4xx says the request itself is wrong) and TLS failures (an untrusted certificate does
 * not fix itself) are not. Constants.
 */
enum Outcome {
    SENT, RETRY, REJECTED;

    static Outcome ofStatus(int status) {
        if (status >= 200 && status < 300) {
            return SENT;
        }
        return status == 429 || (status >= 500 && status < 600) ? RETRY : REJECTED;
    }

    static Outcome ofFailure(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return REJECTED;
            }
        }
        return RETRY;
    }
}
