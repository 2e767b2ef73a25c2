// Marker: Object.clone may copy instances of implementing classes.
package java.lang;

public interface Cloneable {
}
