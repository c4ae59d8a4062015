package sample.app.sel;

/** Implements a generic interface, so the compiler adds a synthetic bridge {@code save(Object)}: never instrumented. */
public class MemoryRepository implements Repository<String> {
    @Override
    public String save(String value) {
        return value.toUpperCase();
    }

    public String saveAll(String value) {
        return save(value) + save(value);
    }

    public int load() {
        return 1;
    }
}
