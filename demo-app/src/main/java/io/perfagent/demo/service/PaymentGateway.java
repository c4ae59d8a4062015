package io.perfagent.demo.service;

import java.util.function.DoubleSupplier;

/**
 * Stands in for a remote payment provider: usually instant, but {@value #SLOW_RATE} of authorisations wait
 * 20-50 ms, the long tail a p99 exists to show. Thread-safe.
 */
public class PaymentGateway {

    static final double SLOW_RATE = 0.01;

    private final DoubleSupplier chance;

    /** @param chance uniform numbers in [0, 1); decides which calls are slow and how slow */
    public PaymentGateway(DoubleSupplier chance) {
        this.chance = chance;
    }

    /** Authorises a charge; returns an authorisation code. */
    public String authorize(int customerId, long amountCents) {
        if (chance.getAsDouble() < SLOW_RATE) {
            pause(20 + (long) (chance.getAsDouble() * 31));
        }
        return "AUTH-" + customerId + "-" + amountCents;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
