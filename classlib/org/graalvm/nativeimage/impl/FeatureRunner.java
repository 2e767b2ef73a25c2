// Runs the --features= classes at start-up, as Native Image's FeatureHandler does: each class is
// loaded by the application class loader and instantiated through its no-argument constructor,
// isInConfiguration decides whether it takes part, required features come first, and the hooks
// run in Native Image's order up to the end of analysis (duringAnalysis again as long as one asks
// for another iteration). islet writes no image, so the compilation and image hooks never run.
// Errors read like Native Image's and stop the VM from starting.
package org.graalvm.nativeimage.impl;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.graalvm.nativeimage.hosted.Feature;

public final class FeatureRunner {

    /** duringAnalysis rounds before islet gives up on a feature that always asks for another. */
    private static final int MAX_ANALYSIS_ITERATIONS = 1000;

    // The feature whose hook runs now (RuntimeJNIAccess names it), null outside the hooks.
    private static String current;

    private final List<Feature> features = new ArrayList<>();
    private final Set<Class<?>> registered = new HashSet<>();
    private final Access access = new Access();

    private FeatureRunner() {}

    private static final class FeatureError extends RuntimeException {
        FeatureError(String message) {
            super(message);
        }
    }

    /** Called by the VM at start-up (src/runtime/isolate.cpp); null, or why start-up fails. */
    static String run(String[] featureNames) {
        try {
            FeatureRunner runner = new FeatureRunner();
            for (String name : featureNames) {
                runner.register(name);
            }
            runner.runHooks();
            return null;
        } catch (FeatureError e) {
            return e.getMessage();
        } finally {
            current = null;
        }
    }

    /** The registering feature's class name; refuses registrations outside the hooks. */
    public static String registeringFeature() {
        String feature = current;
        if (feature == null) {
            throw new IllegalStateException(
                    "RuntimeJNIAccess.register is only possible from a Feature while islet starts (--features=)");
        }
        return feature;
    }

    private void register(String name) {
        Class<?> c;
        try {
            c = Class.forName(name, true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException e) {
            throw new FeatureError("Error: feature " + name + " class not found on the classpath. Ensure that the name"
                    + " is correct and that the class is on the classpath.");
        } catch (LinkageError e) {
            throw new FeatureError("Error: feature " + name + " cannot be loaded: " + e);
        }
        register(c);
    }

    private void register(Class<?> c) {
        if (!Feature.class.isAssignableFrom(c)) {
            throw new FeatureError("Error: Class does not implement " + Feature.class.getName() + ": " + c.getName());
        }
        if (!registered.add(c)) {
            return;  // once each, also when dependencies are cyclic
        }
        Feature feature = instantiate(c);
        if (!call(feature, "isInConfiguration", () -> feature.isInConfiguration(access))) {
            return;
        }
        for (Class<? extends Feature> required : call(feature, "getRequiredFeatures", feature::getRequiredFeatures)) {
            register(required);
        }
        features.add(feature);
    }

    private static Feature instantiate(Class<?> c) {
        try {
            Constructor<?> constructor = c.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Feature) constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new FeatureError("Error: Error instantiating Feature class " + c.getTypeName()
                    + ". Ensure the class is not abstract and has a no-argument constructor.");
        }
    }

    private interface Hook<T> {
        T run();
    }

    /** Runs one hook of `feature`; what it throws stops start-up, naming feature and hook. */
    private static <T> T call(Feature feature, String hook, Hook<T> body) {
        String previous = current;
        current = feature.getClass().getName();
        try {
            return body.run();
        } catch (FeatureError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            throw new FeatureError("Error: " + hook + " of feature " + feature.getClass().getName() + " failed: " + e);
        } finally {
            current = previous;
        }
    }

    private void forEach(String hook, Consumer<Feature> body) {
        for (Feature feature : features) {
            call(feature, hook, () -> {
                body.accept(feature);
                return null;
            });
        }
    }

    private void runHooks() {
        forEach("afterRegistration", f -> f.afterRegistration(access));
        forEach("duringSetup", f -> f.duringSetup(access));
        forEach("beforeAnalysis", f -> f.beforeAnalysis(access));
        int rounds = 0;
        do {
            access.iterationRequested = false;
            access.runReachabilityHandlers();
            forEach("duringAnalysis", f -> f.duringAnalysis(access));
            if (++rounds == MAX_ANALYSIS_ITERATIONS && (access.iterationRequested || access.hasPendingHandlers())) {
                throw new FeatureError("Error: the features still require analysis iterations after "
                        + MAX_ANALYSIS_ITERATIONS + " rounds");
            }
        } while (access.iterationRequested || access.hasPendingHandlers());
        forEach("afterAnalysis", f -> f.afterAnalysis(access));
        forEach("onAnalysisExit", f -> f.onAnalysisExit(access));
        forEach("cleanup", Feature::cleanup);
    }

    /** The access object every hook gets. */
    private static final class Access implements Feature.IsInConfigurationAccess, Feature.AfterRegistrationAccess,
            Feature.DuringSetupAccess, Feature.DuringAnalysisAccess, Feature.AfterAnalysisAccess,
            Feature.OnAnalysisExitAccess {

        boolean iterationRequested;
        private final List<Consumer<Feature.DuringAnalysisAccess>> pendingHandlers = new ArrayList<>();

        boolean hasPendingHandlers() {
            return !pendingHandlers.isEmpty();
        }

        void runReachabilityHandlers() {
            List<Consumer<Feature.DuringAnalysisAccess>> handlers = new ArrayList<>(pendingHandlers);
            pendingHandlers.clear();
            for (Consumer<Feature.DuringAnalysisAccess> handler : handlers) {
                handler.accept(this);
            }
        }

        @Override
        public Class<?> findClassByName(String className) {
            try {
                return Class.forName(className, false, ClassLoader.getSystemClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return null;
            }
        }

        @Override
        public List<Path> getApplicationClassPath() {
            List<Path> paths = new ArrayList<>();
            String classPath = System.getProperty("java.class.path", "");
            for (String element : classPath.split(":")) {
                if (!element.isEmpty()) {
                    paths.add(Path.of(element));
                }
            }
            return paths;
        }

        @Override
        public List<Path> getApplicationModulePath() {
            return Collections.emptyList();
        }

        @Override
        public ClassLoader getApplicationClassLoader() {
            return ClassLoader.getSystemClassLoader();
        }

        @Override
        public void registerAsUsed(Class<?> type) {}

        @Override
        public void registerAsInHeap(Class<?> type) {}

        @Override
        public void registerAsUnsafeAllocated(Class<?> type) {}

        @Override
        public void registerAsAccessed(Field field) {}

        @Override
        public void registerAsUnsafeAccessed(Field field) {}

        @Override
        public void registerReachabilityHandler(Consumer<Feature.DuringAnalysisAccess> callback, Object... elements) {
            pendingHandlers.add(callback);
        }

        @Override
        public void registerClassInitializerReachabilityHandler(Consumer<Feature.DuringAnalysisAccess> callback,
                Class<?> clazz) {
            pendingHandlers.add(callback);
        }

        @Override
        public boolean isReachable(Class<?> clazz) {
            return true;
        }

        @Override
        public boolean isReachable(Field field) {
            return true;
        }

        @Override
        public boolean isReachable(Executable method) {
            return true;
        }

        @Override
        public void requireAnalysisIteration() {
            iterationRequested = true;
        }
    }
}
