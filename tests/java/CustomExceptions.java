// User-defined exception hierarchies: checked and unchecked, constructors with causes, overridden
// getMessage/toString, initCause, cause chains printed with printStackTrace to stderr.
public class CustomExceptions {
    static class AppException extends Exception {
        final int code;

        AppException(String message, int code) {
            super(message);
            this.code = code;
        }

        AppException(String message, Throwable cause) {
            super(message, cause);
            this.code = -1;
        }
    }

    static class ValidationException extends AppException {
        ValidationException(String field) {
            super("invalid field: " + field, 400);
        }
    }

    static class QuietException extends RuntimeException {
        QuietException() {
            super();
        }

        @Override
        public String getMessage() {
            return "computed message";
        }
    }

    static class FancyException extends RuntimeException {
        FancyException(Throwable cause) {
            super(cause);
        }

        @Override
        public String toString() {
            return "Fancy<" + getMessage() + ">";
        }
    }

    static void validate(String field) throws ValidationException {
        if (field.isEmpty()) throw new ValidationException("name");
    }

    static void service() throws AppException {
        try {
            validate("");
        } catch (ValidationException e) {
            throw new AppException("service failed", e);
        }
    }

    static void controller() {
        try {
            service();
        } catch (AppException e) {
            throw new IllegalStateException("controller failed", e);
        }
    }

    public static void main(String[] args) {
        try {
            validate("");
        } catch (ValidationException e) {
            System.out.println("caught " + e + " code=" + e.code + " isApp=" + (e instanceof AppException));
        }
        try {
            controller();
        } catch (IllegalStateException e) {
            Throwable t = e;
            while (t != null) {
                System.out.println("chain: " + t.getClass().getName() + ": " + t.getMessage());
                t = t.getCause();
            }
            System.err.println("--- printStackTrace of the chain:");
            e.printStackTrace();
        }
        QuietException q = new QuietException();
        System.out.println("quiet: " + q + " / " + q.getLocalizedMessage());
        FancyException f = new FancyException(new ArithmeticException("math"));
        System.out.println("fancy: " + f + " / " + f.getMessage());
        System.err.println("--- fancy:");
        f.printStackTrace();
        RuntimeException late = new RuntimeException("late");
        late.initCause(new Error("root"));
        System.out.println("initCause: " + late.getCause());
        try {
            late.initCause(new Error("again"));
        } catch (IllegalStateException e) {
            System.out.println("second initCause: " + e.getMessage());
        }
        try {
            Exception self = new Exception("self");
            self.initCause(self);
        } catch (IllegalArgumentException e) {
            System.out.println("self cause: " + e.getMessage());
        }
        Exception noCause = new Exception("x", null);
        System.out.println("null cause: " + noCause.getCause());
        System.err.println("--- to System.out:");
        new AppException("printed to stdout", new QuietException()).printStackTrace(System.out);
    }
}
