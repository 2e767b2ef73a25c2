// A Java object that guest code can execute; the NFI turns it into a native function pointer
// wherever a signature expects a callback.
package org.graalvm.polyglot.proxy;

import org.graalvm.polyglot.Value;

@FunctionalInterface
public interface ProxyExecutable extends Proxy {

    Object execute(Value... arguments);
}
