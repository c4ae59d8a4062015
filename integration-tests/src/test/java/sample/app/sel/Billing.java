package sample.app.sel;

import java.util.function.IntUnaryOperator;

/** Only the {@link Timed} method is selected by {@code @sample.app.sel.Timed}; the lambda's class never is. */
public class Billing {
    @Timed
    public int charge(int cents) {
        IntUnaryOperator tax = c -> c + c / 10;
        return tax.applyAsInt(cents);
    }

    public int refund(int cents) {
        return -cents;
    }
}
