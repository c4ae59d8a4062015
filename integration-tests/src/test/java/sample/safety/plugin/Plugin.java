package sample.safety.plugin;

/** Loaded only through PluginLoaderApp's own class loader, never by the application class loader. */
public class Plugin {

    public int run(int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += i ^ n;
        }
        return sum;
    }
}
