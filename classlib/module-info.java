// The module descriptor of islet's class library: it stands in for the JDK's java.base.
module java.base {
    exports java.io;
    exports java.lang;
    exports java.lang.annotation;
    exports java.lang.constant;
    exports java.lang.invoke;
    exports java.lang.ref;
    exports java.lang.reflect;
    exports java.lang.runtime;
    exports java.math;
    exports java.net;
    exports java.nio;
    exports java.nio.channels;
    exports java.nio.charset;
    exports java.nio.file;
    exports java.nio.file.attribute;
    exports java.security;
    exports java.util;
    exports java.util.concurrent;
    exports java.util.concurrent.atomic;
    exports java.util.concurrent.locks;
    exports java.util.function;
    exports java.util.regex;
    exports java.util.stream;
    exports java.util.zip;
    exports org.graalvm.nativeimage;
    exports org.graalvm.nativeimage.c.function;
    exports org.graalvm.nativeimage.c.type;
    exports org.graalvm.nativeimage.hosted;
    exports org.graalvm.polyglot;
    exports org.graalvm.polyglot.proxy;
    exports org.graalvm.word;
}
