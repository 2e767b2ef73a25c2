// java.io.File and the file streams on a scratch folder in the working directory: create,
// query, list (sorted), rename, delete, mkdirs; path-name rules (normalization, getParent,
// getName, equals/hashCode); FileNotFoundException messages; FileReader/FileWriter, appending,
// PrintWriter/PrintStream to files, skip/available, reading after close.
import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

public class FileOps {
    static final File ROOT = new File("FileOps.work");

    static void deleteTree(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                deleteTree(c);
            }
        }
        f.delete();
    }

    static String sorted(String[] names) {
        if (names == null) {
            return "null";
        }
        String[] copy = names.clone();
        Arrays.sort(copy);
        return Arrays.toString(copy);
    }

    static void describe(File f) {
        System.out.println(f + ": exists=" + f.exists() + " file=" + f.isFile() + " dir=" + f.isDirectory() + " len=" + f.length()
                + " hidden=" + f.isHidden() + " read=" + f.canRead());
    }

    public static void main(String[] args) throws IOException {
        deleteTree(ROOT);
        String[] names = {"a", "a/", "a//b///c/", "/", "//", "", "/usr/lib", "/usr", "../x/./y", "a/b/.hidden", "x.txt"};
        for (String n : names) {
            File f = new File(n);
            System.out.println("[" + n + "] path=" + f.getPath() + " name=" + f.getName() + " parent=" + f.getParent()
                    + " abs=" + f.isAbsolute() + " hash=" + f.hashCode());
        }
        System.out.println(new File("dir", "child") + " " + new File("dir/", "/child") + " " + new File("/", "c") + " " + new File("", "c")
                + " " + new File((String) null, "c") + " " + new File(new File("p"), "q/") + " " + new File("a", ""));
        System.out.println("equals " + new File("a/b").equals(new File("a//b/")) + " " + new File("a").equals(new File("b"))
                + " cmp " + new File("a").compareTo(new File("b")) + " sep " + File.separator + File.pathSeparator + File.separatorChar);

        System.out.println("mkdir " + ROOT.mkdir() + " again " + ROOT.mkdir());
        describe(ROOT);
        File deep = new File(ROOT, "x/y/z");
        System.out.println("mkdir deep " + deep.mkdir() + " mkdirs " + deep.mkdirs() + " again " + deep.mkdirs());
        File data = new File(ROOT, "data.txt");
        System.out.println("create " + data.createNewFile() + " again " + data.createNewFile());
        describe(data);
        try (FileOutputStream out = new FileOutputStream(data)) {
            out.write("Hello, file!\n".getBytes(StandardCharsets.UTF_8));
            out.write('x');
            out.write(new byte[] {'y', 'z', '\n'}, 1, 2);
        }
        describe(data);
        try (FileOutputStream out = new FileOutputStream(data.getPath(), true)) {
            out.write("appended\n".getBytes(StandardCharsets.UTF_8));
        }
        try (FileInputStream in = new FileInputStream(data)) {
            System.out.println("available " + in.available() + " skip " + in.skip(7) + " read " + (char) in.read());
            byte[] rest = in.readAllBytes();
            System.out.println("rest [" + new String(rest, StandardCharsets.UTF_8).replace("\n", "|") + "] eof " + in.read());
        }
        FileInputStream closed = new FileInputStream(data.getPath());
        closed.close();
        closed.close();
        try {
            closed.read();
        } catch (IOException e) {
            System.out.println("read after close: " + e.getMessage());
        }
        try (FileWriter w = new FileWriter(new File(ROOT, "chars.txt"))) {
            w.write("línea uno\n");
            w.write("line two €\n");
        }
        try (FileWriter w = new FileWriter(new File(ROOT, "chars.txt"), true)) {
            w.write("third");
        }
        try (BufferedReader r = new BufferedReader(new FileReader(new File(ROOT, "chars.txt")))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                System.out.println("line [" + line + "] " + line.length());
            }
        }
        try (FileReader r = new FileReader(ROOT.getPath() + "/chars.txt", StandardCharsets.ISO_8859_1)) {
            char[] cb = new char[8];
            System.out.println("latin1 " + r.read(cb) + " " + new String(cb).length());
        }
        try (PrintWriter pw = new PrintWriter(new File(ROOT, "pw.txt"))) {
            pw.println("print writer");
            pw.print(12.5);
        }
        try (PrintStream ps = new PrintStream(ROOT.getPath() + "/ps.txt")) {
            ps.println("print stream");
            ps.println(true);
        }
        System.out.println("pw len " + new File(ROOT, "pw.txt").length() + " ps len " + new File(ROOT, "ps.txt").length());
        System.out.println("list " + sorted(ROOT.list()));
        File[] files = ROOT.listFiles((dir, name) -> name.endsWith(".txt"));
        String[] fileNames = new String[files.length];
        for (int i = 0; i < files.length; i++) {
            fileNames[i] = files[i].getPath();
        }
        System.out.println("txt " + sorted(fileNames));
        System.out.println("dirs " + ROOT.listFiles(File::isDirectory).length + " list of file " + data.list());
        File renamed = new File(ROOT, "renamed.txt");
        System.out.println("rename " + data.renameTo(renamed) + " old " + data.exists() + " new " + renamed.exists() + " len " + renamed.length());
        System.out.println("rename missing " + data.renameTo(new File(ROOT, "other")));
        System.out.println("delete nonempty dir " + new File(ROOT, "x").delete() + " delete file " + renamed.delete() + " again " + renamed.delete());
        System.out.println("delete empty dir " + deep.delete() + " exists " + deep.exists());

        String[] missing = {ROOT.getPath() + "/no/such/file", ROOT.getPath() + "/x", "FileOps.work/missing.txt"};
        for (String m : missing) {
            try {
                new FileInputStream(m).close();
                System.out.println("opened " + m);
            } catch (FileNotFoundException e) {
                System.out.println("FNF: " + e.getMessage());
            }
        }
        try {
            new FileOutputStream(ROOT.getPath() + "/nodir/out.txt").close();
        } catch (FileNotFoundException e) {
            System.out.println("FNF out: " + e.getMessage());
        }
        try {
            new FileOutputStream(new File(ROOT, "x")).close();
        } catch (FileNotFoundException e) {
            System.out.println("FNF out dir: " + e.getMessage());
        }
        try {
            new FileReader("FileOps.work/none").close();
        } catch (FileNotFoundException e) {
            System.out.println("FNF reader: " + e.getMessage());
        }
        try {
            new FileInputStream("bad\u0000name");
        } catch (FileNotFoundException e) {
            System.out.println("FNF nul: " + e.getMessage());
        }
        try {
            new File(ROOT, "nodir/f").createNewFile();
        } catch (IOException e) {
            System.out.println("createNewFile: " + e.getMessage());
        }
        try {
            File.createTempFile("ab", null);
        } catch (IllegalArgumentException e) {
            System.out.println("temp: " + e.getMessage());
        }
        File temp = File.createTempFile("islet", ".suffix", ROOT);
        System.out.println("temp " + temp.getName().startsWith("islet") + " " + temp.getName().endsWith(".suffix") + " " + temp.exists()
                + " parent " + temp.getParentFile().equals(ROOT) + " len " + temp.length());
        File missingFile = new File(ROOT, "nothing");
        describe(missingFile);
        System.out.println("lastModified missing " + missingFile.lastModified() + " list " + missingFile.list() + " listFiles " + missingFile.listFiles());
        System.out.println("abs suffix " + ROOT.getAbsolutePath().endsWith("/FileOps.work") + " absfile " + ROOT.getAbsoluteFile().isAbsolute()
                + " canonical " + new File(ROOT, "x/../x/./y").getCanonicalPath().endsWith("/FileOps.work/x/y")
                + " toPath " + new File(ROOT, "q").toPath());
        deleteTree(ROOT);
        System.out.println("cleaned " + !ROOT.exists());
    }
}
