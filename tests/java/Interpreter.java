// A realistic program: a tokenizer, recursive-descent parser and tree-walking interpreter for a
// tiny language with variables, arithmetic, comparisons, if/while, functions and recursion.
// Exercises classes, interfaces, maps, lists, string handling, exceptions for errors.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Interpreter {
    static final class Token {
        final String kind; // num, id, op, eof
        final String text;
        final int pos;

        Token(String kind, String text, int pos) {
            this.kind = kind;
            this.text = text;
            this.pos = pos;
        }

        public String toString() {
            return kind + ":" + text;
        }
    }

    static class ParseError extends RuntimeException {
        ParseError(String message) {
            super(message);
        }
    }

    static List<Token> tokenize(String src) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < src.length() && Character.isDigit(src.charAt(i))) i++;
                out.add(new Token("num", src.substring(start, i), start));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) i++;
                out.add(new Token("id", src.substring(start, i), start));
            } else {
                String two = i + 1 < src.length() ? src.substring(i, i + 2) : "";
                if (two.equals("==") || two.equals("!=") || two.equals("<=") || two.equals(">=") || two.equals("&&")
                        || two.equals("||")) {
                    out.add(new Token("op", two, i));
                    i += 2;
                } else if ("+-*/%()<>{};,=!".indexOf(c) >= 0) {
                    out.add(new Token("op", String.valueOf(c), i));
                    i++;
                } else {
                    throw new ParseError("unexpected character '" + c + "' at " + i);
                }
            }
        }
        out.add(new Token("eof", "", src.length()));
        return out;
    }

    interface Expr {
        long eval(Env env);
    }

    interface Stmt {
        void exec(Env env);
    }

    static final class ReturnSignal extends RuntimeException {
        final long value;

        ReturnSignal(long value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    static final class Function {
        final List<String> params;
        final List<Stmt> body;

        Function(List<String> params, List<Stmt> body) {
            this.params = params;
            this.body = body;
        }
    }

    static final class Env {
        final Map<String, Long> vars = new HashMap<>();
        final Env parent;
        final Map<String, Function> functions;
        final StringBuilder out;
        int calls;

        Env(Env parent, Map<String, Function> functions, StringBuilder out) {
            this.parent = parent;
            this.functions = functions;
            this.out = out;
        }

        long get(String name) {
            for (Env e = this; e != null; e = e.parent) {
                Long v = e.vars.get(name);
                if (v != null) return v;
            }
            throw new IllegalStateException("undefined variable " + name);
        }

        void set(String name, long value) {
            for (Env e = this; e != null; e = e.parent) {
                if (e.vars.containsKey(name)) {
                    e.vars.put(name, value);
                    return;
                }
            }
            vars.put(name, value);
        }
    }

    static final class Parser {
        final List<Token> tokens;
        int pos;
        final Map<String, Function> functions = new HashMap<>();

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        Token peek() {
            return tokens.get(pos);
        }

        boolean accept(String text) {
            if (peek().text.equals(text) && !peek().kind.equals("num")) {
                pos++;
                return true;
            }
            return false;
        }

        void expect(String text) {
            if (!accept(text)) throw new ParseError("expected '" + text + "' but found " + peek() + " at " + peek().pos);
        }

        List<Stmt> program() {
            List<Stmt> stmts = new ArrayList<>();
            while (!peek().kind.equals("eof")) {
                if (peek().text.equals("fn")) function();
                else stmts.add(statement());
            }
            return stmts;
        }

        void function() {
            expect("fn");
            String name = peek().text;
            pos++;
            expect("(");
            List<String> params = new ArrayList<>();
            if (!accept(")")) {
                do {
                    params.add(peek().text);
                    pos++;
                } while (accept(","));
                expect(")");
            }
            functions.put(name, new Function(params, block()));
        }

        List<Stmt> block() {
            expect("{");
            List<Stmt> stmts = new ArrayList<>();
            while (!accept("}")) stmts.add(statement());
            return stmts;
        }

        Stmt statement() {
            if (accept("print")) {
                Expr e = expr();
                expect(";");
                return env -> env.out.append(e.eval(env)).append('\n');
            }
            if (accept("if")) {
                expect("(");
                Expr cond = expr();
                expect(")");
                List<Stmt> then = block();
                List<Stmt> otherwise = accept("else") ? block() : List.of();
                return env -> runAll(cond.eval(env) != 0 ? then : otherwise, env);
            }
            if (accept("while")) {
                expect("(");
                Expr cond = expr();
                expect(")");
                List<Stmt> body = block();
                return env -> {
                    while (cond.eval(env) != 0) runAll(body, env);
                };
            }
            if (accept("return")) {
                Expr e = expr();
                expect(";");
                return env -> {
                    throw new ReturnSignal(e.eval(env));
                };
            }
            Token name = peek();
            if (name.kind.equals("id") && tokens.get(pos + 1).text.equals("=")) {
                pos += 2;
                Expr e = expr();
                expect(";");
                return env -> env.set(name.text, e.eval(env));
            }
            Expr e = expr();
            expect(";");
            return e::eval;
        }

        Expr expr() {
            Expr left = and();
            while (accept("||")) {
                Expr l = left, r = and();
                left = env -> (l.eval(env) != 0 || r.eval(env) != 0) ? 1 : 0;
            }
            return left;
        }

        Expr and() {
            Expr left = comparison();
            while (accept("&&")) {
                Expr l = left, r = comparison();
                left = env -> (l.eval(env) != 0 && r.eval(env) != 0) ? 1 : 0;
            }
            return left;
        }

        Expr comparison() {
            Expr left = sum();
            while (true) {
                String op = peek().text;
                if (!(op.equals("<") || op.equals(">") || op.equals("<=") || op.equals(">=") || op.equals("==")
                        || op.equals("!="))) {
                    return left;
                }
                pos++;
                Expr l = left, r = sum();
                switch (op) {
                    case "<": left = env -> l.eval(env) < r.eval(env) ? 1 : 0; break;
                    case ">": left = env -> l.eval(env) > r.eval(env) ? 1 : 0; break;
                    case "<=": left = env -> l.eval(env) <= r.eval(env) ? 1 : 0; break;
                    case ">=": left = env -> l.eval(env) >= r.eval(env) ? 1 : 0; break;
                    case "==": left = env -> l.eval(env) == r.eval(env) ? 1 : 0; break;
                    default: left = env -> l.eval(env) != r.eval(env) ? 1 : 0; break;
                }
            }
        }

        Expr sum() {
            Expr left = term();
            while (true) {
                if (accept("+")) {
                    Expr l = left, r = term();
                    left = env -> l.eval(env) + r.eval(env);
                } else if (accept("-")) {
                    Expr l = left, r = term();
                    left = env -> l.eval(env) - r.eval(env);
                } else {
                    return left;
                }
            }
        }

        Expr term() {
            Expr left = unary();
            while (true) {
                if (accept("*")) {
                    Expr l = left, r = unary();
                    left = env -> l.eval(env) * r.eval(env);
                } else if (accept("/")) {
                    Expr l = left, r = unary();
                    left = env -> l.eval(env) / r.eval(env);
                } else if (accept("%")) {
                    Expr l = left, r = unary();
                    left = env -> l.eval(env) % r.eval(env);
                } else {
                    return left;
                }
            }
        }

        Expr unary() {
            if (accept("-")) {
                Expr e = unary();
                return env -> -e.eval(env);
            }
            if (accept("!")) {
                Expr e = unary();
                return env -> e.eval(env) == 0 ? 1 : 0;
            }
            return primary();
        }

        Expr primary() {
            Token t = peek();
            pos++;
            if (t.kind.equals("num")) {
                long v = Long.parseLong(t.text);
                return env -> v;
            }
            if (t.text.equals("(")) {
                Expr e = expr();
                expect(")");
                return e;
            }
            if (t.kind.equals("id")) {
                if (accept("(")) {
                    List<Expr> args = new ArrayList<>();
                    if (!accept(")")) {
                        do {
                            args.add(expr());
                        } while (accept(","));
                        expect(")");
                    }
                    return env -> call(t.text, args, env);
                }
                return env -> env.get(t.text);
            }
            throw new ParseError("unexpected " + t + " at " + t.pos);
        }
    }

    static void runAll(List<Stmt> stmts, Env env) {
        for (Stmt s : stmts) s.exec(env);
    }

    static long call(String name, List<Expr> args, Env env) {
        Function f = env.functions.get(name);
        if (f == null) throw new IllegalStateException("unknown function " + name);
        Env global = env;
        while (global.parent != null) global = global.parent;
        global.calls++;
        Env local = new Env(global, env.functions, env.out);
        for (int i = 0; i < f.params.size(); i++) local.vars.put(f.params.get(i), args.get(i).eval(env));
        try {
            runAll(f.body, local);
        } catch (ReturnSignal r) {
            return r.value;
        }
        return 0;
    }

    static String run(String src) {
        StringBuilder out = new StringBuilder();
        try {
            Parser p = new Parser(tokenize(src));
            List<Stmt> program = p.program();
            Env env = new Env(null, p.functions, out);
            runAll(program, env);
            out.append("[calls=").append(env.calls).append("]");
        } catch (ParseError e) {
            out.append("parse error: ").append(e.getMessage());
        } catch (RuntimeException e) {
            out.append("runtime error: ").append(e);
        }
        return out.toString();
    }

    public static void main(String[] args) {
        String[] programs = {
            "x = 6 * 7; print x; print x / 5 + x % 5; print -x + 100;",
            "fn fib(n) { if (n < 2) { return n; } return fib(n - 1) + fib(n - 2); } print fib(20);",
            "fn fact(n) { if (n <= 1) { return 1; } return n * fact(n - 1); } i = 1; while (i <= 20) { print fact(i); i = i + 5; }",
            "s = 0; i = 0; while (i < 1000) { if (i % 3 == 0 || i % 5 == 0) { s = s + i; } i = i + 1; } print s;",
            "fn gcd(a, b) { while (b != 0) { t = b; b = a % b; a = t; } return a; } print gcd(1071, 462); print gcd(17, 5);",
            "fn collatz(n) { steps = 0; while (n != 1) { if (n % 2 == 0) { n = n / 2; } else { n = 3 * n + 1; } steps = steps + 1; } return steps; } print collatz(27);",
            "print 1 < 2 && 2 < 3; print !(1 == 1) || 0; print (1 + 2) * (3 + 4) - 5 * 6 / 7;",
            "print 10 / 0;",
            "print y;",
            "x = 3 $ 4;",
            "print (1 + 2;",
            "fn pow(b, e) { r = 1; while (e > 0) { r = r * b; e = e - 1; } return r; } print pow(2, 62); print pow(2, 63); print pow(3, 40);",
        };
        for (String src : programs) {
            System.out.println("> " + src);
            System.out.println(run(src));
        }
    }
}
