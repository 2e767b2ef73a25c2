// Scanner over strings: the number syntax (grouping, signs, radixes, overflow), custom
// delimiters, findInLine/findWithinHorizon/skip, lines, match results and the exceptions.
import java.util.InputMismatchException;
import java.util.NoSuchElementException;
import java.util.Scanner;
import java.util.regex.MatchResult;

public class ScannerTokens {

    static void classify(String input) {
        Scanner s = new Scanner(input);
        StringBuilder sb = new StringBuilder();
        while (s.hasNext()) {
            if (s.hasNextInt()) {
                sb.append("int:").append(s.nextInt());
            } else if (s.hasNextLong()) {
                sb.append("long:").append(s.nextLong());
            } else if (s.hasNextDouble()) {
                sb.append("double:").append(s.nextDouble());
            } else if (s.hasNextBoolean()) {
                sb.append("bool:").append(s.nextBoolean());
            } else {
                sb.append("tok:").append(s.next());
            }
            sb.append(' ');
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        classify("12 1,234 -5 +7 x 3.5 1,234.5 NaN -Infinity 0x1.8p1 99999999999 true 1,23 \u0661\u0662 12,345,678");
        classify("-0 +0 007 1e3 .5 5. -.5e-2 1,000.000 1_000 \u221e TRUE tRuE 9223372036854775808 -2147483648");
        classify("  \t\n  spaced\n\n  out  \u2003 words ");
        classify("");

        Scanner radix = new Scanner("ff 777 z 101 -80 7f");
        System.out.println(radix.nextInt(16) + " " + radix.nextInt(8) + " " + radix.nextInt(36) + " " + radix.nextInt(2)
                + " " + radix.nextByte(16) + " " + radix.hasNextByte(16) + " " + radix.nextShort(16));
        Scanner defaultRadix = new Scanner("10 ff").useRadix(16);
        System.out.println(defaultRadix.radix() + " " + defaultRadix.nextInt() + " " + defaultRadix.nextLong());
        try {
            new Scanner("x").useRadix(37);
        } catch (IllegalArgumentException e) {
            System.out.println("radix: " + e.getMessage());
        }

        Scanner overflow = new Scanner("abc 99999999999 300");
        try {
            overflow.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("mismatch: " + e.getMessage());
        }
        System.out.println(overflow.next());
        try {
            overflow.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("overflow: " + e.getMessage());
        }
        System.out.println(overflow.nextLong());
        try {
            overflow.nextByte();
        } catch (InputMismatchException e) {
            System.out.println("byte: " + e.getMessage());
        }
        System.out.println(overflow.nextShort());
        try {
            overflow.next();
        } catch (NoSuchElementException e) {
            System.out.println("exhausted: " + e.getClass().getName() + " " + e.getMessage());
        }

        Scanner lines = new Scanner("a\nb\r\n\nc\rd\u2028e");
        while (lines.hasNextLine()) {
            System.out.print("[" + lines.nextLine() + "]");
        }
        System.out.println();
        try {
            lines.nextLine();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        Scanner mixed = new Scanner("5 hello\nworld\n");
        System.out.println(mixed.nextInt() + "[" + mixed.nextLine() + "][" + mixed.nextLine() + "] " + mixed.hasNextLine());

        Scanner csv = new Scanner("a,b,,c,").useDelimiter(",");
        StringBuilder fields = new StringBuilder();
        while (csv.hasNext()) {
            fields.append('<').append(csv.next()).append('>');
        }
        System.out.println(fields + " delimiter=" + csv.delimiter());
        Scanner fish = new Scanner("1 fish 2 fish red fish blue fish").useDelimiter("\\s*fish\\s*");
        System.out.println(fish.nextInt() + " " + fish.nextInt() + " " + fish.next() + " " + fish.next() + " " + fish.hasNext());
        Scanner semicolons = new Scanner("x = 1; y = 22 ;z=333").useDelimiter("\\s*;\\s*");
        while (semicolons.hasNext()) {
            System.out.print("{" + semicolons.next() + "}");
        }
        System.out.println();

        Scanner find = new Scanner("name: Ada, age: 36\nnext line 99");
        System.out.println(find.findInLine("age: (\\d+)") + " group " + find.match().group(1));
        System.out.println(find.findInLine("\\d+") + " " + find.findInLine("line") + " " + find.nextLine() + "|" + find.findInLine("\\d+"));
        Scanner horizon = new Scanner("abc def ghi");
        System.out.println(horizon.findWithinHorizon("ghi", 5) + " " + horizon.findWithinHorizon("ghi", 0) + " " + horizon.hasNext());
        Scanner skip = new Scanner("### title").skip("#+");
        System.out.println("[" + skip.nextLine() + "]");
        try {
            new Scanner("abc").skip("x");
        } catch (NoSuchElementException e) {
            System.out.println("skip: " + e.getClass().getName());
        }
        Scanner pattern = new Scanner("ab12 cd34 ef");
        System.out.println(pattern.hasNext("[a-z]+\\d+") + " " + pattern.next("[a-z]+\\d+") + " " + pattern.next("\\w+"));
        MatchResult last = pattern.match();
        System.out.println(last.group() + " " + last.start() + " " + last.end());
        try {
            pattern.next("\\d+");
        } catch (InputMismatchException e) {
            System.out.println("pattern mismatch " + e.getMessage() + " then " + pattern.next());
        }
        try {
            new Scanner("x").match();
        } catch (IllegalStateException e) {
            System.out.println("match: " + e.getMessage());
        }
        Scanner text = new Scanner("one two");
        System.out.println(text);
        text.next();
        text.close();
        text.close();
        try {
            text.next();
        } catch (IllegalStateException e) {
            System.out.println("closed: " + e.getMessage());
        }
        Scanner floats = new Scanner("1.5 2,000.25 -0.0 3e-2 x");
        System.out.println(floats.nextFloat() + " " + floats.nextDouble() + " " + floats.nextDouble() + " " + floats.hasNextFloat() + " " + floats.nextFloat() + " " + floats.hasNextDouble());
        try {
            floats.nextDouble();
        } catch (InputMismatchException e) {
            System.out.println("double mismatch " + e.getMessage());
        }
    }
}
