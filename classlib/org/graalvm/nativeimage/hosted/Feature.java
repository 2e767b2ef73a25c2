// GraalVM Native Image's Feature API, as islet runs it: classes named by --features= are
// instantiated at start-up (after the class path is set up, before main) and their hooks run
// in Native Image's order up to the end of analysis (org.graalvm.nativeimage.impl.FeatureRunner).
// islet compiles nothing ahead of time and writes no image, so what the access objects offer is
// what makes sense in a running VM: every class, method and field is already reachable.
package org.graalvm.nativeimage.hosted;

import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

public interface Feature {

    default String getURL() {
        return null;
    }

    default String getDescription() {
        return null;
    }

    /** Available in every hook. */
    interface FeatureAccess {
        /** The class if the application class path has it, else null (not initialized). */
        Class<?> findClassByName(String className);

        List<Path> getApplicationClassPath();

        List<Path> getApplicationModulePath();

        ClassLoader getApplicationClassLoader();
    }

    interface IsInConfigurationAccess extends FeatureAccess {
    }

    interface AfterRegistrationAccess extends FeatureAccess {
    }

    interface DuringSetupAccess extends FeatureAccess {
    }

    interface BeforeAnalysisAccess extends FeatureAccess {
        /** Everything is available to a running VM: nothing to record. */
        void registerAsUsed(Class<?> type);

        void registerAsInHeap(Class<?> type);

        void registerAsUnsafeAllocated(Class<?> type);

        void registerAsAccessed(Field field);

        void registerAsUnsafeAccessed(Field field);

        /** In a running VM every element is reachable: the callback runs once, in duringAnalysis. */
        void registerReachabilityHandler(Consumer<DuringAnalysisAccess> callback, Object... elements);

        void registerClassInitializerReachabilityHandler(Consumer<DuringAnalysisAccess> callback, Class<?> clazz);
    }

    interface QueryReachabilityAccess extends FeatureAccess {
        boolean isReachable(Class<?> clazz);

        boolean isReachable(Field field);

        boolean isReachable(Executable method);
    }

    interface DuringAnalysisAccess extends BeforeAnalysisAccess, QueryReachabilityAccess {
        void requireAnalysisIteration();
    }

    interface AfterAnalysisAccess extends QueryReachabilityAccess {
    }

    interface OnAnalysisExitAccess extends FeatureAccess {
    }

    default boolean isInConfiguration(IsInConfigurationAccess access) {
        return true;
    }

    default List<Class<? extends Feature>> getRequiredFeatures() {
        return Collections.emptyList();
    }

    default void afterRegistration(AfterRegistrationAccess access) {
    }

    default void duringSetup(DuringSetupAccess access) {
    }

    default void beforeAnalysis(BeforeAnalysisAccess access) {
    }

    default void duringAnalysis(DuringAnalysisAccess access) {
    }

    default void afterAnalysis(AfterAnalysisAccess access) {
    }

    default void onAnalysisExit(OnAnalysisExitAccess access) {
    }

    default void cleanup() {
    }
}
