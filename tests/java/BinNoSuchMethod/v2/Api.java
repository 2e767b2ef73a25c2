// Version 2: name() was renamed.
public interface Api {
    String title();
}
