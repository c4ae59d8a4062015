package sample.safety;

/**
 * Parks inside its class initializer, which pins a virtual thread even on JDK 25: the positive control proving that
 * VirtualThreadsApp's pinning detection sees real pinning.
 */
public class PinControl {

    static final int READY;

    static {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        READY = 1;
    }

    private PinControl() {
    }
}
