// Records what HotSpot says: runs every probe_* method of the fixture classes on HotSpot, learns
// the failing method and bci from -Xlog:exceptions, and writes expected.txt. Used only by
// regenerate.sh; the unit test reads its output and never runs Java.
//
//   java NpeExpectations generate OUT PLAIN_DIR DEBUG_DIR   (spawns the two runs below)
//   java -Xint -Xlog:exceptions=info -cp DIR:... NpeExpectations run DIR
import java.io.BufferedReader;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public class NpeExpectations {
  record Observation(String probe, String clazz, String method, String descriptor, int bci, String message) {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("run")) {
      run(Path.of(args[1]));
    } else {
      generate(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
    }
  }

  static List<String> classNames(Path dir) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".class"))
          .map(p -> dir.relativize(p).toString().replace(File.separatorChar, '.'))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .sorted()
          .toList();
    }
  }

  // Child mode: one line before and one after each probe; HotSpot's log lines fall in between.
  static void run(Path dir) throws Exception {
    // UTF-8 whatever the locale, so that non-ASCII names survive; autoflush keeps these lines
    // in order with HotSpot's log, which writes to the same file descriptor.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    for (String name : classNames(dir)) {
      Class<?> c = Class.forName(name, false, NpeExpectations.class.getClassLoader());
      List<Method> probes = new ArrayList<>();
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().startsWith("probe_") && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0) {
          probes.add(m);
        }
      }
      probes.sort(Comparator.comparing(Method::getName));
      for (Method m : probes) {
        m.setAccessible(true);
        out.println("@@PROBE " + name + "." + m.getName());
        Throwable thrown = null;
        try {
          m.invoke(null);
        } catch (InvocationTargetException e) {
          thrown = e.getCause();
          if (thrown instanceof ExceptionInInitializerError && thrown.getCause() != null) thrown = thrown.getCause();
        }
        if (thrown instanceof NullPointerException) {
          out.println("@@MESSAGE " + thrown.getMessage());
        } else {
          out.println("@@ERROR " + thrown);
        }
      }
    }
  }

  static final Pattern THROWN = Pattern.compile(
      "^ thrown in interpreter method <\\{method\\} \\{[^}]*\\} '([^']*)' '([^']*)' in '([^']*)'>");
  static final Pattern AT_BCI = Pattern.compile("^ at bci (\\d+) ");

  static final Pattern NPE = Pattern.compile("\\[exceptions\\] Exception <a 'java/lang/NullPointerException'(\\{0x[0-9a-f]+\\})>");

  // Where the probe's escaping NPE was created: the first location logged for the last NPE
  // object that appeared during the probe (a probe may catch NPEs before the one that escapes).
  static Map<String, Observation> observe(Path dir) throws Exception {
    String classPath = dir + File.pathSeparator + System.getProperty("java.class.path");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xint", "-Xlog:exceptions=info:stdout", "-cp", classPath,
        "NpeExpectations", "run", dir.toString()).redirectErrorStream(true).start();
    Map<String, Observation> result = new LinkedHashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String probe = null;
      Map<String, String[]> locations = new LinkedHashMap<>();  // NPE object -> {class, method, descriptor, bci}
      String current = null, lastNpe = null;
      for (String line; (line = in.readLine()) != null; ) {
        Matcher npe = NPE.matcher(line);
        if (line.startsWith("@@PROBE ")) {
          probe = line.substring(8);
          locations.clear();
          current = lastNpe = null;
        } else if (npe.find()) {
          current = npe.group(1);
          if (!locations.containsKey(current)) {
            locations.put(current, new String[4]);
            lastNpe = current;
          }
        } else if (line.contains("[exceptions] ")) {
          current = null;
        } else if (current != null) {
          String[] where = locations.get(current);
          Matcher thrown = THROWN.matcher(line), at = AT_BCI.matcher(line);
          if (where[0] == null && thrown.find()) {
            where[0] = thrown.group(3);
            where[1] = thrown.group(1);
            where[2] = thrown.group(2);
          } else if (where[0] != null && where[3] == null && at.find()) {
            where[3] = at.group(1);
          }
        }
        if (line.startsWith("@@MESSAGE ")) {
          String[] where = lastNpe == null ? null : locations.get(lastNpe);
          if (where == null || where[3] == null) throw new IllegalStateException("no NPE location logged for " + probe);
          result.put(probe, new Observation(probe, where[0], where[1], where[2], Integer.parseInt(where[3]), line.substring(10)));
        } else if (line.startsWith("@@ERROR ")) {
          throw new IllegalStateException(probe + " did not throw a NullPointerException: " + line);
        }
      }
    }
    if (p.waitFor() != 0) throw new IllegalStateException("probe run failed in " + dir);
    return result;
  }

  static void generate(Path out, Path plainDir, Path debugDir) throws Exception {
    Map<String, Observation> plain = observe(plainDir), debug = observe(debugDir);
    if (!plain.keySet().equals(debug.keySet())) throw new IllegalStateException("probe sets differ");
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println("# Helpful NullPointerException messages printed by HotSpot "
          + System.getProperty("java.vm.version") + " for the probes in this folder.");
      w.println("# Generated by regenerate.sh (NpeExpectations.java); do not edit by hand.");
      w.println("# probe<TAB>class<TAB>method<TAB>descriptor<TAB>bci<TAB>message (javac)<TAB>message (javac -g)");
      for (Observation o : plain.values()) {
        Observation g = debug.get(o.probe());
        if (!o.clazz().equals(g.clazz()) || !o.method().equals(g.method()) || o.bci() != g.bci()) {
          throw new IllegalStateException("javac -g moved the failure of " + o.probe());
        }
        w.println(String.join("\t", o.probe(), o.clazz(), o.method(), o.descriptor(),
            Integer.toString(o.bci()), o.message(), g.message()));
      }
    }
  }
}
