package sample.app.sel;

/** Selected with {@code sample.app.sel.Repository+#save*}: implementors count, this interface's abstract method not. */
public interface Repository<T> {
    T save(T value);
}
