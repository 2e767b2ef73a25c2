// A type whose values can be described as a nominal constant (String, the boxes, ...). Step 1
// declares the interface so that these classes show the JDK's interfaces; the descriptors
// themselves (ClassDesc, MethodTypeDesc, ...) are not implemented yet.
package java.lang.constant;

import java.util.Optional;

public interface Constable {
    Optional<? extends ConstantDesc> describeConstable();
}
