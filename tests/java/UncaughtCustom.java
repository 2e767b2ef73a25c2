// An uncaught custom checked exception thrown from a nested call through an instance method,
// a static nested class and a lambda; the exception overrides getMessage. Exit code 1.
import java.util.function.Supplier;

public class UncaughtCustom {
    static class InventoryException extends Exception {
        final String item;

        InventoryException(String item) {
            super("out of stock");
            this.item = item;
        }

        @Override
        public String getMessage() {
            return super.getMessage() + ": " + item;
        }
    }

    static class Store {
        int stock(String item) throws InventoryException {
            if (item.equals("widget")) return 3;
            throw new InventoryException(item);
        }
    }

    static class Order {
        final Store store = new Store();

        int place(String item) throws InventoryException {
            return store.stock(item) * 2;
        }
    }

    public static void main(String[] args) throws Exception {
        Order o = new Order();
        System.out.println("widgets: " + o.place("widget"));
        Supplier<String> label = () -> "gadget";
        System.err.println("about to fail");
        System.out.println("gadgets: " + o.place(label.get()));
    }
}
