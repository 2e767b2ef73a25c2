// Marks a static method as a C entry point of a shared library built by `islet --shared`
// (GraalVM's annotation; src/shared_library/README.md). The method's first parameter is the
// IsolateThread (C: graal_isolatethread_t*) it runs on; the other parameters and the result are
// Java primitives or words (C pointers). An exception that escapes the method is fatal: it is
// printed and the process aborts (FatalExceptionHandler, GraalVM's default).
package org.graalvm.nativeimage.c.function;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface CEntryPoint {
    /** The C symbol; empty for the default `<Class>_<method>_<digest>` (see the README). */
    String name() default "";

    /** Lines of documentation, written as a comment above the prototype in the header. */
    String[] documentation() default {};

    /** A C function `islet --shared` implements itself, for a native method, instead of calling Java. */
    Builtin builtin() default Builtin.NO_BUILTIN;

    /** Only FatalExceptionHandler is supported by islet. */
    Class<? extends ExceptionHandler> exceptionHandler() default FatalExceptionHandler.class;

    enum Builtin {
        NO_BUILTIN,
        CREATE_ISOLATE,
        TEAR_DOWN_ISOLATE,
        ATTACH_THREAD,
        DETACH_THREAD,
        GET_CURRENT_THREAD,
        GET_ISOLATE,
    }

    /** Marker for exception handler classes. */
    interface ExceptionHandler {
    }

    /** The default: print the exception and treat it as a fatal error. */
    final class FatalExceptionHandler implements ExceptionHandler {
        private FatalExceptionHandler() {}
    }
}
