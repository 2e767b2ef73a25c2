// java.nio.file: Path parsing and manipulation (names, parent, root, normalize, resolve,
// relativize, startsWith/endsWith, equals/hashCode/compareTo), and Files on a scratch folder:
// write/read bytes, strings and lines, options (APPEND, CREATE_NEW), sizes and kinds,
// create/delete/copy/move, and the exceptions with HotSpot's messages.
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

public class NioFiles {
    interface Action {
        Object run() throws IOException;
    }

    static void attempt(String label, Action a) {
        try {
            System.out.println(hideCwd(label + " -> " + a.run()));
        } catch (IOException | RuntimeException e) {
            System.out.println(hideCwd(label + " !! " + e.getClass().getName() + ": " + e.getMessage()));
        }
    }

    /** Absolute paths in messages start with the working directory; print them without it. */
    static String hideCwd(String s) {
        return s.replace(System.getProperty("user.dir"), "<cwd>");
    }

    static void deleteTree(Path p) throws IOException {
        java.io.File[] children = p.toFile().listFiles();
        if (children != null) {
            for (java.io.File c : children) {
                deleteTree(c.toPath());
            }
        }
        Files.deleteIfExists(p);
    }

    public static void main(String[] args) throws IOException {
        String[] samples = {"a/b/c", "/a/b/c", "/", "", "a", "a//b/", "/a/./b/../c", "../../x", "./a/..", "a/b/../../..", "/..", "x/y/./z/.."};
        for (String s : samples) {
            Path p = Path.of(s);
            StringBuilder names = new StringBuilder();
            for (Path n : p) {
                names.append('<').append(n).append('>');
            }
            System.out.println("[" + s + "] -> " + p + " file=" + p.getFileName() + " parent=" + p.getParent() + " root=" + p.getRoot()
                    + " abs=" + p.isAbsolute() + " count=" + p.getNameCount() + " names=" + names + " norm=[" + p.normalize() + "] hash=" + p.hashCode());
        }
        Path base = Paths.get("/home", "user", "", "docs");
        System.out.println(base + " " + Path.of("rel", "x") + " " + Path.of("", "x") + " " + Path.of("/"));
        System.out.println("resolve " + base.resolve("f.txt") + " " + base.resolve("/etc") + " " + base.resolve("") + " " + Path.of("").resolve("q")
                + " " + Path.of("/").resolve("r") + " sibling " + base.resolveSibling("pics") + " " + Path.of("x").resolveSibling("y"));
        System.out.println("relativize " + base.relativize(Path.of("/home/user/music/a.mp3")) + " | " + base.relativize(base) + " | "
                + Path.of("a/b").relativize(Path.of("a/b/c/d")) + " | " + Path.of("a/b/c").relativize(Path.of("a")) + " | " + Path.of("").relativize(Path.of("z")));
        attempt("relativize mixed", () -> base.relativize(Path.of("rel")));
        System.out.println("starts " + base.startsWith("/home") + " " + base.startsWith("/hom") + " " + base.startsWith("home") + " " + base.startsWith(Path.of("/"))
                + " ends " + base.endsWith("docs") + " " + base.endsWith("user/docs") + " " + base.endsWith("/home/user/docs") + " " + base.endsWith("/docs")
                + " " + Path.of("").endsWith("") + " " + Path.of("a").startsWith(""));
        System.out.println("subpath " + base.subpath(1, 3) + " name " + base.getName(0) + " cmp " + Path.of("a").compareTo(Path.of("b")) + " "
                + Path.of("abc").compareTo(Path.of("ab")) + " eq " + Path.of("a/b/").equals(Path.of("a//b")) + " " + Path.of("a").equals("a"));
        attempt("getName", () -> base.getName(5));
        attempt("subpath", () -> base.subpath(2, 1));
        attempt("nul", () -> Path.of("a\u0000b"));
        System.out.println("toFile " + Path.of("x/y").toFile().getName() + " abs " + Path.of("q").toAbsolutePath().isAbsolute());

        Path root = Path.of("NioFiles.work");
        deleteTree(root);
        System.out.println(hideCwd("createDirectories " + Files.createDirectories(root.resolve("a/b/c"))));
        System.out.println("createDirectories existing " + Files.createDirectories(root.resolve("a/b")));
        System.out.println("exists " + Files.exists(root) + " dir " + Files.isDirectory(root) + " regular " + Files.isRegularFile(root)
                + " notExists " + Files.notExists(root.resolve("zz")) + " " + Files.notExists(root));
        Path text = root.resolve("text.txt");
        Files.writeString(text, "first line\nsecond line\r\nthird\rfourth");
        System.out.println("size " + Files.size(text) + " lines " + Files.readAllLines(text) + " string " + Files.readString(text).length());
        Files.writeString(text, "\nappended é", StandardOpenOption.APPEND);
        System.out.println("bytes " + Arrays.toString(Arrays.copyOfRange(Files.readAllBytes(text), 30, Files.readAllBytes(text).length)));
        Files.write(text, List.of("x", "y", "zé"), StandardCharsets.ISO_8859_1);
        System.out.println("latin1 " + Arrays.toString(Files.readAllBytes(text)) + " " + Files.readAllLines(text, StandardCharsets.ISO_8859_1));
        Files.write(text, new byte[] {1, 2, 3});
        Files.write(text, new byte[] {4}, StandardOpenOption.APPEND, StandardOpenOption.CREATE);
        System.out.println("appended bytes " + Arrays.toString(Files.readAllBytes(text)));
        attempt("create_new existing", () -> Files.write(text, new byte[0], StandardOpenOption.CREATE_NEW));
        attempt("append+truncate", () -> Files.write(text, new byte[0], StandardOpenOption.APPEND, StandardOpenOption.TRUNCATE_EXISTING));
        attempt("write without create", () -> Files.write(root.resolve("nocreate"), new byte[0], StandardOpenOption.WRITE));
        try (BufferedWriter w = Files.newBufferedWriter(root.resolve("buffered.txt"))) {
            w.write("buffered");
            w.newLine();
            w.write("écrit");
        }
        try (BufferedReader r = Files.newBufferedReader(root.resolve("buffered.txt"))) {
            System.out.println("buffered [" + r.readLine() + "] [" + r.readLine() + "] " + r.readLine());
        }
        try (OutputStream out = Files.newOutputStream(root.resolve("stream.bin"))) {
            out.write(new byte[] {10, 20, 30, 40});
        }
        try (InputStream in = Files.newInputStream(root.resolve("stream.bin"))) {
            System.out.println("stream " + in.read() + " avail " + in.available() + " skip " + in.skip(2) + " " + in.read() + " " + in.read());
        }

        Path missing = root.resolve("missing.txt");
        attempt("readAllBytes missing", () -> Files.readAllBytes(missing));
        attempt("readString missing", () -> Files.readString(missing));
        attempt("readAllLines missing", () -> Files.readAllLines(missing));
        attempt("size missing", () -> Files.size(missing));
        attempt("delete missing", () -> {
            Files.delete(missing);
            return "deleted";
        });
        attempt("deleteIfExists missing", () -> Files.deleteIfExists(missing));
        attempt("newInputStream missing", () -> Files.newInputStream(missing));
        attempt("write into missing dir", () -> Files.writeString(root.resolve("nodir/f.txt"), "x"));
        attempt("readAllBytes dir", () -> Files.readAllBytes(root));
        attempt("writeString dir", () -> Files.writeString(root.resolve("a"), "x"));
        attempt("delete nonempty", () -> {
            Files.delete(root.resolve("a"));
            return "deleted";
        });
        attempt("createDirectory existing", () -> Files.createDirectory(root.resolve("a")));
        attempt("createDirectory no parent", () -> Files.createDirectory(root.resolve("q/r")));
        attempt("createDirectories over file", () -> Files.createDirectories(text));
        attempt("createDirectories under file", () -> Files.createDirectories(text.resolve("sub")));
        attempt("createFile existing", () -> Files.createFile(text));
        attempt("createFile new", () -> Files.createFile(root.resolve("new.txt")));
        attempt("copy", () -> Files.copy(text, root.resolve("copy.bin")));
        attempt("copy again", () -> Files.copy(text, root.resolve("copy.bin")));
        attempt("copy replace", () -> Files.copy(root.resolve("stream.bin"), root.resolve("copy.bin"), StandardCopyOption.REPLACE_EXISTING));
        attempt("copy missing", () -> Files.copy(missing, root.resolve("c2")));
        attempt("move", () -> Files.move(root.resolve("copy.bin"), root.resolve("moved.bin")));
        attempt("move missing", () -> Files.move(missing, root.resolve("m2")));
        attempt("move onto existing", () -> Files.move(root.resolve("moved.bin"), text));
        attempt("moved size", () -> Files.size(root.resolve("moved.bin")) + " " + Files.exists(root.resolve("copy.bin")));
        attempt("mismatch", () -> Files.mismatch(text, root.resolve("moved.bin")) + " " + Files.mismatch(text, text));
        attempt("isSameFile", () -> Files.isSameFile(text, root.resolve("./text.txt")));
        attempt("hidden", () -> Files.isHidden(root.resolve(".h")) + " " + Files.isHidden(text));
        attempt("nofollow", () -> Files.exists(text, LinkOption.NOFOLLOW_LINKS) + " " + Files.isSymbolicLink(text));
        attempt("realPath missing", () -> missing.toRealPath());
        attempt("readable", () -> Files.isReadable(text) + " " + Files.isWritable(text) + " " + Files.isExecutable(text) + " " + Files.isReadable(missing));

        Path bad = root.resolve("bad.bin");
        Files.write(bad, new byte[] {'a', (byte) 0xe9, 'b'});
        attempt("readString malformed", () -> Files.readString(bad));
        attempt("readAllLines malformed", () -> Files.readAllLines(bad));
        attempt("readString latin1", () -> Files.readString(bad, StandardCharsets.ISO_8859_1));
        attempt("readString ascii", () -> Files.readString(bad, StandardCharsets.US_ASCII));
        Files.write(bad, new byte[] {'x', (byte) 0xe2, (byte) 0x82});
        attempt("readString truncated", () -> Files.readString(bad));
        attempt("readAllLines truncated", () -> Files.readAllLines(bad));
        Files.write(bad, new byte[] {(byte) 0xf0, (byte) 0x90, 'a', 'b', 'c'});
        attempt("readString 4-byte", () -> Files.readString(bad));
        attempt("readAllLines 4-byte", () -> Files.readAllLines(bad));
        attempt("writeString surrogate", () -> Files.writeString(bad, "a\uD800b"));
        attempt("writeString ascii", () -> Files.writeString(bad, "é", StandardCharsets.US_ASCII));
        attempt("writeString ascii surrogate", () -> Files.writeString(bad, "\uDC00", StandardCharsets.US_ASCII));
        attempt("write lines surrogate", () -> Files.write(bad, List.of("\uD800")));
        attempt("utf16", () -> {
            Files.writeString(bad, "hi", StandardCharsets.UTF_16);
            return Arrays.toString(Files.readAllBytes(bad)) + " " + Files.readString(bad, StandardCharsets.UTF_16);
        });
        try {
            Files.createDirectory(root.resolve("a"));
        } catch (FileAlreadyExistsException e) {
            System.out.println("FAEE file=" + e.getFile() + " other=" + e.getOtherFile() + " reason=" + e.getReason());
        }
        deleteTree(root);
        System.out.println("cleaned " + Files.notExists(root));
    }
}
