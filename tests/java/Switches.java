// Switch statements and expressions: dense tableswitch, sparse lookupswitch, negative keys,
// fall-through, default in the middle, char/byte keys, String switch with hash collisions,
// enum switch, nested switches, arrow form and yield.
public class Switches {
    enum Color { RED, GREEN, BLUE, YELLOW }

    static String dense(int k) {
        switch (k) {
            case -2: return "minus two";
            case -1: return "minus one";
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 6: return "six";
            default: return "other(" + k + ")";
        }
    }

    static String sparse(int k) {
        switch (k) {
            case Integer.MIN_VALUE: return "min";
            case -1000000: return "-1e6";
            case -7: return "-7";
            case 10: return "ten";
            case 1000: return "thousand";
            case 65536: return "2^16";
            case Integer.MAX_VALUE: return "max";
            default: return "none";
        }
    }

    static int fallThrough(int k) {
        int r = 0;
        switch (k) {
            case 1:
                r += 1;
            case 2:
                r += 10;
            default:
                r += 100;
            case 3:
                r += 1000;
                break;
            case 4:
                r += 10000;
        }
        return r;
    }

    static String chars(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
                return "vowel";
            case ' ':
                return "space";
            case '\uffff':
                return "max char";
            default:
                return Character.isDigit(c) ? "digit" : "consonant";
        }
    }

    static int strings(String s) {
        switch (s) {
            case "Aa": return 1;
            case "BB": return 2; // same hashCode as "Aa"
            case "AaAa": return 3;
            case "BBBB": return 4;
            case "AaBB": return 5;
            case "": return 6;
            case "hello": return 7;
            case "polygenelubricants": return 8; // hashCode is Integer.MIN_VALUE
            default: return -1;
        }
    }

    static String colors(Color c) {
        switch (c) {
            case RED: return "warm";
            case YELLOW: return "bright";
            case BLUE:
            case GREEN: return "cool";
        }
        return "unreachable";
    }

    static int arrow(Color c) {
        return switch (c) {
            case RED -> 1;
            case GREEN, BLUE -> {
                int x = c.ordinal() * 10;
                yield x + 5;
            }
            default -> -1;
        };
    }

    static String arrowInt(int day) {
        String kind = switch (day) {
            case 1, 7 -> "weekend";
            case 2, 3, 4, 5, 6 -> "weekday";
            default -> {
                if (day < 0) yield "negative";
                yield "invalid";
            }
        };
        return kind;
    }

    static String nested(int a, int b) {
        switch (a) {
            case 0:
                switch (b) {
                    case 0: return "0/0";
                    case 1: return "0/1";
                    default: return "0/?";
                }
            case 1:
                switch (b) {
                    case 100: return "1/100";
                    case -100: return "1/-100";
                }
                return "1/?";
            default:
                return "?/" + b;
        }
    }

    static String bytes(byte b) {
        switch (b) {
            case -128: return "min";
            case 127: return "max";
            case 0: return "zero";
            default: return "b" + b;
        }
    }

    public static void main(String[] args) {
        for (int k = -4; k <= 8; k++) System.out.print(dense(k) + ", ");
        System.out.println();
        int[] keys = {Integer.MIN_VALUE, -1000000, -999999, -7, 0, 10, 11, 1000, 65536, 65535, Integer.MAX_VALUE};
        for (int k : keys) System.out.print(sparse(k) + ", ");
        System.out.println();
        for (int k = 0; k <= 5; k++) System.out.print(fallThrough(k) + " ");
        System.out.println();
        for (char c : "ai z9\uffffQ".toCharArray()) System.out.print(chars(c) + " ");
        System.out.println();
        String[] strs = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "hello", "Hello", "polygenelubricants", "x"};
        for (String s : strs) System.out.print(s + "=" + strings(s) + " ");
        System.out.println();
        System.out.println("hash of polygenelubricants: " + "polygenelubricants".hashCode() + " Aa " + "Aa".hashCode()
                + " BB " + "BB".hashCode());
        for (Color c : Color.values()) System.out.print(colors(c) + "/" + arrow(c) + " ");
        System.out.println();
        for (int d = -1; d <= 8; d++) System.out.print(arrowInt(d) + " ");
        System.out.println();
        System.out.println(nested(0, 0) + " " + nested(0, 1) + " " + nested(0, 5) + " " + nested(1, 100) + " "
                + nested(1, -100) + " " + nested(1, 3) + " " + nested(7, 7));
        for (int b = -128; b <= 127; b += 127) System.out.print(bytes((byte) b) + " ");
        System.out.println(bytes((byte) 127));
        long sum = 0;
        for (int i = -300; i < 300; i++) {
            switch (i & 15) {
                case 0: sum += 1; break;
                case 1: sum += 2; break;
                case 2: sum += 3; break;
                case 3: sum += 5; break;
                case 4: sum += 7; break;
                case 5: sum += 11; break;
                case 6: sum += 13; break;
                case 7: sum += 17; break;
                case 15: sum -= i; break;
                default: sum *= 3; sum %= 1000003;
            }
        }
        System.out.println("loop switch sum " + sum);
    }
}
