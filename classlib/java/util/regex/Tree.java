// The parsed form of a pattern, before it becomes a Node graph. Each tree knows the shortest and
// longest text it can match (lookbehind needs the bounds) and compiles itself in front of a
// continuation node.
package java.util.regex;

import java.util.List;

abstract class Tree {

    static final int UNBOUNDED = Integer.MAX_VALUE;
    /** maxLength() of a tree whose longest match cannot be known (it contains a backreference). */
    static final int UNKNOWN = -1;

    abstract Node compile(Node next, Compilation c);

    abstract int minLength();

    abstract int maxLength();

    /**
     * Whether the tree has a single way to match (no alternation, no variable quantifier), as
     * the JDK decides it: a repeated group with a deterministic body is matched iteration by
     * iteration without backtracking into an iteration.
     */
    boolean deterministic() {
        return true;
    }

    /** Hands out the matcher-local slots that nodes keep their backtracking state in. */
    static final class Compilation {
        int localCount;

        int newLocal() {
            return localCount++;
        }
    }

    static Node link(Node node, Node next) {
        node.next = next;
        return node;
    }

    static int addLengths(int a, int b) {
        if (a == UNKNOWN || b == UNKNOWN) {
            return UNKNOWN;
        }
        long sum = (long) a + b;
        return sum >= UNBOUNDED ? UNBOUNDED : (int) sum;
    }

    static final class Empty extends Tree {
        @Override
        Node compile(Node next, Compilation c) {
            return next;
        }

        @Override
        int minLength() {
            return 0;
        }

        @Override
        int maxLength() {
            return 0;
        }
    }

    /** One code point from a class; `wide` if it may be a supplementary (two-char) code point. */
    static final class CharClass extends Tree {
        final CharPredicate predicate;
        final boolean wide;

        CharClass(CharPredicate predicate, boolean wide) {
            this.predicate = predicate;
            this.wide = wide;
        }

        @Override
        Node compile(Node next, Compilation c) {
            return link(new Node.Char(predicate), next);
        }

        @Override
        int minLength() {
            return 1;
        }

        @Override
        int maxLength() {
            return wide ? 2 : 1;
        }
    }

    static final class Sequence extends Tree {
        final List<Tree> parts;

        Sequence(List<Tree> parts) {
            this.parts = parts;
        }

        @Override
        Node compile(Node next, Compilation c) {
            Node head = next;
            for (int k = parts.size() - 1; k >= 0; k--) {
                head = parts.get(k).compile(head, c);
            }
            return head;
        }

        @Override
        boolean deterministic() {
            for (Tree part : parts) {
                if (!part.deterministic()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        int minLength() {
            int total = 0;
            for (Tree part : parts) {
                total = addLengths(total, part.minLength());
            }
            return total;
        }

        @Override
        int maxLength() {
            int total = 0;
            for (Tree part : parts) {
                total = addLengths(total, part.maxLength());
            }
            return total;
        }
    }

    static final class Alternation extends Tree {
        final List<Tree> alternatives;

        Alternation(List<Tree> alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        Node compile(Node next, Compilation c) {
            Node[] nodes = new Node[alternatives.size()];
            for (int k = 0; k < nodes.length; k++) {
                nodes[k] = alternatives.get(k).compile(next, c);
            }
            return new Node.Branch(nodes);
        }

        @Override
        boolean deterministic() {
            return false;
        }

        @Override
        int minLength() {
            int min = UNBOUNDED;
            for (Tree alternative : alternatives) {
                min = Math.min(min, alternative.minLength());
            }
            return min;
        }

        @Override
        int maxLength() {
            int max = 0;
            for (Tree alternative : alternatives) {
                int length = alternative.maxLength();
                if (length == UNKNOWN) {
                    return UNKNOWN;
                }
                max = Math.max(max, length);
            }
            return max;
        }
    }

    /** A parenthesised group: capturing (number >= 1) or not (NON_CAPTURING, also (?i:...)). */
    static final class Group extends Tree {
        static final int NON_CAPTURING = 0;

        final int number;
        final Tree body;

        Group(int number, Tree body) {
            this.number = number;
            this.body = body;
        }

        boolean capturing() {
            return number != NON_CAPTURING;
        }

        @Override
        Node compile(Node next, Compilation c) {
            if (!capturing()) {
                return body.compile(next, c);
            }
            int startLocal = c.newLocal();
            Node tail = link(new Node.GroupTail(startLocal, number), next);
            return link(new Node.GroupHead(startLocal), body.compile(tail, c));
        }

        @Override
        boolean deterministic() {
            return body.deterministic();
        }

        @Override
        int minLength() {
            return body.minLength();
        }

        @Override
        int maxLength() {
            return body.maxLength();
        }
    }

    /**
     * A quantified tree, compiled to the node the JDK would use, because they differ in how
     * iterations backtrack and in which captures survive: a loop over one character class; the
     * group forms (a Loop that backtracks into iterations, or a GroupLoop for deterministic
     * bodies, or an independent loop when possessive); and an independent loop for other atoms.
     */
    static final class Quantified extends Tree {
        final Tree body;
        final int min;
        final int max;
        final int kind;

        Quantified(Tree body, int min, int max, int kind) {
            this.body = body;
            this.min = min;
            this.max = max;
            this.kind = kind;
        }

        /** The single character class this repeats, looking through non-capturing groups. */
        private CharClass singleClass() {
            Tree t = body;
            while (t instanceof Group && !((Group) t).capturing()) {
                t = ((Group) t).body;
            }
            return t instanceof CharClass ? (CharClass) t : null;
        }

        @Override
        Node compile(Node next, Compilation c) {
            CharClass single = singleClass();
            if (single != null) {
                return link(new Node.CharLoop(single.predicate, min, max, kind), next);
            }
            boolean isGroup = body instanceof Group;
            if (min == 0 && max == 1) {
                return compileOptional(next, c, isGroup);
            }
            if (!isGroup || kind == Node.POSSESSIVE) {
                int endLocal = c.newLocal();
                Node atom = body.compile(new Node.Accept(endLocal), c);
                return link(new Node.IndependentLoop(atom, min, max, kind, endLocal), next);
            }
            Group group = (Group) body;
            if (group.body.deterministic()) {
                int endLocal = c.newLocal();
                Node atom = group.body.compile(new Node.Accept(endLocal), c);
                int groupNumber = group.capturing() ? group.number : -1;
                return link(new Node.GroupLoop(atom, min, max, kind, groupNumber, endLocal), next);
            }
            Node.Loop loop = new Node.Loop(min, max, kind, c.newLocal(), c.newLocal());
            loop.next = next;
            loop.body = body.compile(new Node.LoopTail(loop), c);
            return loop;
        }

        /** X?: a group may be backtracked into (like an alternation); other atoms match once. */
        private Node compileOptional(Node next, Compilation c, boolean isGroup) {
            if (isGroup && kind != Node.POSSESSIVE) {
                return link(new Node.Optional(body.compile(next, c), kind == Node.LAZY), next);
            }
            int endLocal = c.newLocal();
            Node atom = body.compile(new Node.Accept(endLocal), c);
            return link(new Node.IndependentOptional(atom, kind, endLocal), next);
        }

        @Override
        boolean deterministic() {
            return min == max && body.deterministic();
        }

        @Override
        int minLength() {
            long total = (long) body.minLength() * min;
            return total >= UNBOUNDED ? UNBOUNDED : (int) total;
        }

        @Override
        int maxLength() {
            int length = body.maxLength();
            if (length == UNKNOWN) {
                return UNKNOWN;
            }
            if (max == UNBOUNDED && length > 0) {
                return UNBOUNDED;
            }
            long total = (long) length * max;
            return total >= UNBOUNDED ? UNBOUNDED : (int) total;
        }
    }

    static final class Atomic extends Tree {
        final Tree body;

        Atomic(Tree body) {
            this.body = body;
        }

        @Override
        Node compile(Node next, Compilation c) {
            int endLocal = c.newLocal();
            return link(new Node.Atomic(body.compile(new Node.Accept(endLocal), c), endLocal), next);
        }

        @Override
        int minLength() {
            return body.minLength();
        }

        @Override
        int maxLength() {
            return body.maxLength();
        }
    }

    static final class Lookaround extends Tree {
        final Tree body;
        final boolean behind;
        final boolean negative;

        Lookaround(Tree body, boolean behind, boolean negative) {
            this.body = body;
            this.behind = behind;
            this.negative = negative;
        }

        @Override
        Node compile(Node next, Compilation c) {
            int local = c.newLocal();
            if (behind) {
                Node bodyNode = body.compile(new Node.BehindEnd(local), c);
                return link(new Node.Behind(bodyNode, negative, body.minLength(), body.maxLength(), local), next);
            }
            return link(new Node.Ahead(body.compile(new Node.Accept(local), c), negative), next);
        }

        @Override
        int minLength() {
            return 0;
        }

        @Override
        int maxLength() {
            return 0;
        }
    }

    static final class BackReference extends Tree {
        final int group;
        final boolean ignoreCase;
        final boolean unicodeCase;

        BackReference(int group, boolean ignoreCase, boolean unicodeCase) {
            this.group = group;
            this.ignoreCase = ignoreCase;
            this.unicodeCase = unicodeCase;
        }

        @Override
        Node compile(Node next, Compilation c) {
            return link(new Node.BackRef(group, ignoreCase, unicodeCase), next);
        }

        @Override
        int minLength() {
            return 0;
        }

        @Override
        int maxLength() {
            return UNKNOWN;
        }
    }

    /**
     * A construct the parser already built as a node (an anchor, or \X); `prototype` is fresh for
     * this position in the pattern, so linking it once is safe.
     */
    static final class Prebuilt extends Tree {
        final Node prototype;
        final int minLength;
        final int maxLength;

        Prebuilt(Node prototype, int minLength, int maxLength) {
            this.prototype = prototype;
            this.minLength = minLength;
            this.maxLength = maxLength;
        }

        /** A zero-width assertion. */
        static Prebuilt anchor(Node prototype) {
            return new Prebuilt(prototype, 0, 0);
        }

        @Override
        Node compile(Node next, Compilation c) {
            return link(prototype, next);
        }

        @Override
        int minLength() {
            return minLength;
        }

        @Override
        int maxLength() {
            return maxLength;
        }
    }
}
