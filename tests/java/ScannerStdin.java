// islet-test: stdin=ScannerStdin.in
// Scanner over System.in: mixed nextInt/nextLine/next/nextDouble/nextBoolean, \r\n and \n line
// ends, a long block crossing the read buffer many times, and the end of input.
import java.util.InputMismatchException;
import java.util.NoSuchElementException;
import java.util.Scanner;

public class ScannerStdin {

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int a = in.nextInt();
        int b = in.nextInt();
        System.out.println("sum " + (a + b));
        System.out.println("rest of line [" + in.nextLine() + "]");
        System.out.println("line [" + in.nextLine() + "]");
        System.out.println("grouped " + in.nextInt() + " negative " + in.nextInt() + " plus " + in.nextInt());
        System.out.println("hasNextInt on 0x1F: " + in.hasNextInt() + " hasNextInt(16): " + in.hasNextInt(16));
        try {
            in.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("mismatch " + e.getMessage() + " then token " + in.next());
        }
        System.out.println("doubles " + in.nextDouble() + " " + in.nextDouble() + " " + in.nextDouble() + " " + in.nextDouble());
        System.out.println("booleans " + in.nextBoolean() + " " + in.nextBoolean() + " hasNextBoolean " + in.hasNextBoolean());
        System.out.println("word " + in.next());
        System.out.println("line remainder [" + in.nextLine() + "]");
        System.out.println("empty line [" + in.nextLine() + "]");
        System.out.println("spaces line [" + in.nextLine() + "]");
        long total = 0;
        int count = 0;
        while (in.hasNextInt()) {
            total += in.nextInt();
            count++;
        }
        System.out.println("block " + count + " ints, total " + total);
        System.out.println("next token " + in.next() + " hasNextLine " + in.hasNextLine());
        System.out.println("rest [" + in.nextLine() + "]");
        System.out.println("final line [" + in.nextLine() + "]");
        System.out.println("hasNext " + in.hasNext() + " hasNextLine " + in.hasNextLine() + " hasNextInt " + in.hasNextInt());
        try {
            in.next();
        } catch (NoSuchElementException e) {
            System.out.println("next: " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            in.nextLine();
        } catch (NoSuchElementException e) {
            System.out.println("nextLine: " + e.getMessage());
        }
        try {
            in.nextInt();
        } catch (NoSuchElementException e) {
            System.out.println("nextInt: " + e.getClass().getName());
        }
        in.close();
        try {
            in.hasNext();
        } catch (IllegalStateException e) {
            System.out.println("closed: " + e.getMessage());
        }
    }
}
