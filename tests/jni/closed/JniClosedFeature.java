// The closed world of jni-config.json and more-config.json, registered instead by a Feature
// through RuntimeJNIAccess (islet --features=JniClosedFeature): JniClosed must find exactly the
// same classes and members. Compiled against islet's class library (org.graalvm.nativeimage).
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.graalvm.nativeimage.hosted.Feature;
import org.graalvm.nativeimage.hosted.RuntimeJNIAccess;

public class JniClosedFeature implements Feature {

    /** Required first: registers what more-config.json lists. */
    public static class StringFeature implements Feature {
        @Override
        public void afterRegistration(AfterRegistrationAccess access) {
            try {
                RuntimeJNIAccess.register(String.class.getMethod("length"));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Never part of the configuration: its hooks must not run. */
    public static class Excluded implements Feature {
        @Override
        public boolean isInConfiguration(IsInConfigurationAccess access) {
            return false;
        }

        @Override
        public void beforeAnalysis(BeforeAnalysisAccess access) {
            throw new IllegalStateException("an excluded feature ran");
        }
    }

    /** Its hook throws: islet must refuse to start, naming the feature and the hook. */
    public static class Failing implements Feature {
        @Override
        public void beforeAnalysis(BeforeAnalysisAccess access) {
            throw new IllegalStateException("this feature fails on purpose");
        }
    }

    /** Run as a program: after start-up, registering is refused. */
    public static void main(String[] args) {
        try {
            RuntimeJNIAccess.register(String.class);
            System.out.println("registered after start-up");
        } catch (IllegalStateException e) {
            System.out.println(e);
        }
    }

    private int analysisRounds;

    @Override
    public List<Class<? extends Feature>> getRequiredFeatures() {
        return List.of(StringFeature.class, Excluded.class);
    }

    @Override
    public void afterRegistration(AfterRegistrationAccess access) {
        // For feature_host, which calls JniClosed.main through JNI.
        Class<?> program = access.findClassByName("JniClosed");
        try {
            RuntimeJNIAccess.register(program.getMethod("main", String[].class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void beforeAnalysis(BeforeAnalysisAccess access) {
        try {
            Class<?> registered = access.findClassByName("JniClosed$Registered");
            RuntimeJNIAccess.register(registered.getDeclaredConstructor());
            RuntimeJNIAccess.register(registered.getDeclaredMethod("twice", int.class));
            RuntimeJNIAccess.register(registered.getDeclaredMethod("describe", int[].class, String[][].class));
            RuntimeJNIAccess.register(registered.getDeclaredField("open"));
            RuntimeJNIAccess.register(int[].class, String[].class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void duringAnalysis(DuringAnalysisAccess access) {
        // The rest comes one analysis iteration later, as a feature reacting to analysis would.
        if (analysisRounds++ > 0) {
            return;
        }
        Class<?> all = access.findClassByName("JniClosed$AllMembers");
        RuntimeJNIAccess.register(all.getDeclaredMethods());
        RuntimeJNIAccess.register(all.getDeclaredFields());
        Class<?> publicOnly = access.findClassByName("JniClosed$PublicOnly");
        for (Method m : publicOnly.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers())) {
                RuntimeJNIAccess.register(m);
            }
        }
        for (Field f : publicOnly.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers())) {
                RuntimeJNIAccess.register(f);
            }
        }
        try {
            RuntimeJNIAccess.register(Throwable.class.getMethod("toString"));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        access.requireAnalysisIteration();
    }
}
