package sample.live;

/** The methods the live tests select, deselect and count; each does a little arithmetic so it is not empty. */
public final class Shop {

    private Shop() {
    }

    public static long alpha(int i) {
        return i * 31L + 7;
    }

    public static long beta(int i) {
        return i * 17L + 3;
    }

    public static long gamma(int i) {
        return i * 13L + 1;
    }
}
