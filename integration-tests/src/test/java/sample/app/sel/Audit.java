package sample.app.sel;

/** Every method selected by {@code @@sample.app.sel.Monitored}, except the one an exclude names. */
@Monitored
public class Audit {
    public String record(String event) {
        return "audit:" + event;
    }

    public String secret(String event) {
        return "hidden:" + event;
    }
}
