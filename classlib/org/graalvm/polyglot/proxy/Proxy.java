// The marker interface of Java objects that stand in for guest values (GraalVM's polyglot API).
package org.graalvm.polyglot.proxy;

public interface Proxy {
}
