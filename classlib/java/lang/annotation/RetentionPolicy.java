// The retention choices for annotations: source only, class file, or run time.
package java.lang.annotation;

public enum RetentionPolicy {
    SOURCE,
    CLASS,
    RUNTIME
}
