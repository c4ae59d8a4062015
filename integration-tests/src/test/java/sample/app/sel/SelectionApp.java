package sample.app.sel;

/** Exercises every selection form once per call; the IT names the patterns and checks the keys. */
public class SelectionApp {
    public static void main(String[] args) {
        MemoryRepository repository = new MemoryRepository();
        Repository<String> generic = repository;
        Billing billing = new Billing();
        Audit audit = new Audit();
        Shape shape = new Square();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            out.append(generic.save("a")).append(repository.saveAll("b")).append(repository.load());
            out.append(billing.charge(100)).append(billing.refund(5));
            out.append(audit.record("x")).append(audit.secret("y"));
            out.append(shape.describe());
        }
        System.out.println(out.length());
    }
}
