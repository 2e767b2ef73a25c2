// Version 2: the class is package-private.
package lib;

class Hidden {
    public static String hello() {
        return "hello from Hidden v2";
    }
}
