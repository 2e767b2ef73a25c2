// A polyglot context: evaluates sources of its languages (islet has one, "nfi") and owns the
// native state behind the values it returns. Closing it frees that state; values of a closed
// context throw IllegalStateException.
package org.graalvm.polyglot;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.math.BigInteger;
import java.util.HashSet;

public final class Context implements AutoCloseable {

    static final String NFI = "nfi";
    private static final BigInteger UNSIGNED_LIMIT = BigInteger.ONE.shiftLeft(64);

    private final String[] permittedLanguages;
    private final boolean nativeAccess;
    private long nativeContext;  // the VM's NFI context; 0 until first used and after close
    private boolean closed;

    // NFI objects (HANDLE NativeObjects) are freed when their Java object becomes unreachable
    // or when the context closes, whichever comes first.
    private final ReferenceQueue<NativeObject> unreachable = new ReferenceQueue<>();
    private final HashSet<HandleReference> liveHandles = new HashSet<>();

    private Context(String[] permittedLanguages, boolean nativeAccess) {
        this.permittedLanguages = permittedLanguages;
        this.nativeAccess = nativeAccess;
    }

    public static Context create(String... permittedLanguages) {
        return newBuilder(permittedLanguages).build();
    }

    public static Builder newBuilder(String... permittedLanguages) {
        return new Builder(permittedLanguages);
    }

    public Value eval(String languageId, CharSequence source) {
        return eval(Source.create(languageId, source));
    }

    public Value eval(Source source) {
        checkOpen();
        String language = source.getLanguage();
        if (!NFI.equals(language)) {
            throw new IllegalArgumentException("A language with id '" + language
                    + "' is not installed. Installed languages are: [" + NFI + "].");
        }
        if (!isPermitted(language)) {
            throw new IllegalArgumentException("A language with id '" + language
                    + "' is not permitted for evaluation. Permitted languages are: "
                    + String.join(", ", permittedLanguages) + ".");
        }
        if (!nativeAccess) {
            throw new PolyglotException("Access to native code is not allowed by the host environment.");
        }
        return wrap(NativeBridge.eval0(this, nativeContext(), source.getCharacters().toString()));
    }

    public Value asValue(Object hostValue) {
        if (hostValue instanceof Value) {
            return (Value) hostValue;
        }
        checkOpen();
        return wrap(unwrap(hostValue));
    }

    @Override
    public void close() {
        close(false);
    }

    // Nothing in islet runs guest code on other threads, so there is never anything to cancel.
    public void close(boolean cancelIfExecuting) {
        if (closed) {
            return;
        }
        closed = true;
        synchronized (liveHandles) {
            for (HandleReference handle : liveHandles) {
                NativeBridge.free0(handle.handle);
            }
            liveHandles.clear();
        }
        if (nativeContext != 0) {
            NativeBridge.closeContext0(nativeContext);
            nativeContext = 0;
        }
    }

    private boolean isPermitted(String language) {
        if (permittedLanguages.length == 0) {
            return true;
        }
        for (String permitted : permittedLanguages) {
            if (permitted.equals(language)) {
                return true;
            }
        }
        return false;
    }

    void checkOpen() {
        if (closed) {
            throw new IllegalStateException("The Context is already closed.");
        }
    }

    private long nativeContext() {
        if (nativeContext == 0) {
            nativeContext = NativeBridge.newContext0();
        }
        return nativeContext;
    }

    // A raw result of a native into a Value of this context (HANDLEs are tracked for freeing).
    Value wrap(Object raw) {
        return new Value(this, adopt(raw));
    }

    // Takes ownership of a raw result of a native: a HANDLE is tracked, so that it is freed when
    // it becomes unreachable or the context closes. Every raw result must pass here exactly once.
    Object adopt(Object raw) {
        if (raw instanceof NativeObject) {
            NativeObject object = (NativeObject) raw;
            if (object.kind == NativeObject.HANDLE) {
                track(object);
            }
        }
        return raw;
    }

    // A Java value as the natives take it: Values unwrapped, big unsigned numbers as UNSIGNED.
    static Object unwrap(Object value) {
        if (value instanceof Value) {
            return ((Value) value).receiver;
        }
        if (value instanceof BigInteger) {
            BigInteger big = (BigInteger) value;
            if (big.signum() >= 0 && big.compareTo(UNSIGNED_LIMIT) < 0 && big.bitLength() == 64) {
                return new NativeObject(NativeObject.UNSIGNED, big.longValue());
            }
            if (big.bitLength() < 64) {
                return big.longValue();
            }
        }
        return value;
    }

    static Object[] unwrapAll(Object[] arguments) {
        Object[] unwrapped = arguments;
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument instanceof Value || argument instanceof BigInteger) {
                if (unwrapped == arguments) {
                    unwrapped = arguments.clone();
                }
                unwrapped[i] = unwrap(argument);
            }
        }
        return unwrapped;
    }

    private void track(NativeObject object) {
        synchronized (liveHandles) {
            Reference<? extends NativeObject> gone;
            while ((gone = unreachable.poll()) != null) {
                HandleReference handle = (HandleReference) gone;
                if (liveHandles.remove(handle)) {
                    NativeBridge.free0(handle.handle);
                }
            }
            if (closed) {
                NativeBridge.free0(object.bits);
                object.bits = 0;
                return;
            }
            liveHandles.add(new HandleReference(object, unreachable));
        }
    }

    private static final class HandleReference extends PhantomReference<NativeObject> {
        final long handle;

        HandleReference(NativeObject object, ReferenceQueue<NativeObject> queue) {
            super(object, queue);
            this.handle = object.bits;
        }
    }

    public static final class Builder {

        private final String[] permittedLanguages;
        private boolean nativeAccess;

        Builder(String[] permittedLanguages) {
            for (String language : permittedLanguages) {
                if (language == null) {
                    throw new NullPointerException();
                }
            }
            this.permittedLanguages = permittedLanguages.clone();
        }

        public Builder allowNativeAccess(boolean enabled) {
            this.nativeAccess = enabled;
            return this;
        }

        public Builder allowAllAccess(boolean enabled) {
            this.nativeAccess = enabled;
            return this;
        }

        public Context build() {
            return new Context(permittedLanguages, nativeAccess);
        }
    }
}
