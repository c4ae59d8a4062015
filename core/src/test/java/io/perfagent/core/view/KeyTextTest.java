package io.perfagent.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyTextTest {

    @Test
    void shortKeysAreUntouched() {
        assertEquals("com.example.A#b", KeyText.fit("method", "com.example.A#b", 60));
    }

    @Test
    void methodKeysLosePackageLettersFirstThenTheirStart() {
        String key = "com.example.orders.service.OrderService#placeOrder";
        assertEquals("c.e.o.s.OrderService#placeOrder", KeyText.fit("method", key, 40));
        String fitted = KeyText.fit("method", key, 15);
        assertEquals(15, fitted.length());
        assertTrue(fitted.startsWith("…") && fitted.endsWith("#placeOrder"), fitted);
    }

    @Test
    void sqlKeysKeepTheirStartAndLoseNewlines() {
        String fitted = KeyText.fit("sql", "SELECT a,\n b FROM orders WHERE id = ? AND status = ?", 20);
        assertEquals("SELECT a, b FROM or…", fitted);
    }
}
