package sample.app.sel;

/** Selected by {@code sample.app.sel.Shape#*}: the abstract method has no body and must be skipped. */
public abstract class Shape {
    public abstract double area();

    public String describe() {
        return "shape of area " + area();
    }
}
