package sample.app.sel;

public class Square extends Shape {
    @Override
    public double area() {
        return 4.0;
    }
}
