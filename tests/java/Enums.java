// Enums: values/valueOf/ordinal/name/compareTo, constructors and fields, constant-specific
// bodies (abstract method), enums implementing interfaces, switch over enums, static fields
// in enums, valueOf errors (message uses the canonical name), Enum methods on nested enums.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Enums {
    interface Describable {
        String describe();
    }

    enum Planet implements Describable {
        MERCURY(3.303e+23, 2.4397e6),
        EARTH(5.976e+24, 6.37814e6),
        JUPITER(1.9e+27, 7.1492e7);

        private final double mass;
        private final double radius;
        static final double G = 6.67300E-11;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double surfaceGravity() {
            return G * mass / (radius * radius);
        }

        public String describe() {
            return name().charAt(0) + name().substring(1).toLowerCase() + " g=" + Math.round(surfaceGravity() * 100) / 100.0;
        }
    }

    enum Op {
        ADD("+") {
            long apply(long a, long b) {
                return a + b;
            }
        },
        SUB("-") {
            long apply(long a, long b) {
                return a - b;
            }
        },
        MUL("*") {
            long apply(long a, long b) {
                return a * b;
            }

            @Override
            public String toString() {
                return "times";
            }
        };

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        abstract long apply(long a, long b);
    }

    enum Level {
        LOW, MEDIUM, HIGH;

        private static final Map<String, Level> BY_LOWER = new HashMap<>();

        static {
            for (Level l : values()) BY_LOWER.put(l.name().toLowerCase(), l);
        }

        static Level parse(String s) {
            return BY_LOWER.get(s);
        }

        Level next() {
            return values()[(ordinal() + 1) % values().length];
        }
    }

    enum Empty {}

    static String react(Level l) {
        switch (l) {
            case LOW:
                return "relax";
            case HIGH:
                return "panic";
            default:
                return "watch";
        }
    }

    public static void main(String[] args) {
        for (Planet p : Planet.values()) {
            System.out.println(p + " " + p.ordinal() + " " + p.describe());
        }
        for (Op op : Op.values()) {
            System.out.println(op.name() + " " + op + " " + op.symbol + " " + op.apply(6, 3) + " " + op.getClass().getName() + " "
                    + op.getDeclaringClass().getName());
        }
        System.out.println("valueOf " + Level.valueOf("HIGH") + " " + Enum.valueOf(Level.class, "LOW") + " parse "
                + Level.parse("medium"));
        try {
            Level.valueOf("EXTREME");
        } catch (IllegalArgumentException e) {
            System.out.println("bad valueOf: " + e.getMessage());
        }
        try {
            Level.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("null valueOf: " + e.getMessage());
        }
        System.out.println("compareTo " + Level.LOW.compareTo(Level.HIGH) + " " + Level.HIGH.compareTo(Level.LOW) + " equals "
                + Level.LOW.equals(Level.LOW) + " identity " + (Level.valueOf("LOW") == Level.LOW));
        List<String> reactions = new ArrayList<>();
        for (Level l = Level.LOW; reactions.size() < 4; l = l.next()) reactions.add(l + ":" + react(l));
        System.out.println("cycle " + reactions);
        System.out.println("empty enum values " + Empty.values().length);
        Describable d = Planet.EARTH;
        System.out.println("interface " + d.describe());
        Map<Level, Integer> counts = new HashMap<>();
        for (Level l : new Level[] {Level.HIGH, Level.LOW, Level.HIGH}) counts.merge(l, 1, Integer::sum);
        System.out.println("map size " + counts.size() + " HIGH=" + counts.get(Level.HIGH) + " LOW=" + counts.get(Level.LOW)
                + " MEDIUM=" + counts.get(Level.MEDIUM));
        Level[] copy = Level.values();
        copy[0] = null;
        System.out.println("values() returns a copy: " + Level.values()[0]);
        System.out.println("toString vs name " + Op.MUL + " " + Op.MUL.name() + " " + String.valueOf(Level.MEDIUM));
    }
}
