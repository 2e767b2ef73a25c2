// The unchecked exception for a malformed regular expression: description, pattern and the index
// of the error, rendered with a caret line exactly as HotSpot renders it.
package java.util.regex;

public class PatternSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = -3864639126226059218L;

    private final String desc;
    private final String pattern;
    private final int index;

    public PatternSyntaxException(String desc, String regex, int index) {
        this.desc = desc;
        this.pattern = regex;
        this.index = index;
    }

    public int getIndex() {
        return index;
    }

    public String getDescription() {
        return desc;
    }

    public String getPattern() {
        return pattern;
    }

    @Override
    public String getMessage() {
        String newline = System.lineSeparator();
        StringBuilder sb = new StringBuilder(desc);
        if (index >= 0) {
            sb.append(" near index ").append(index);
        }
        sb.append(newline).append(pattern);
        // The caret only points inside the pattern; an error at its very end gets none.
        if (index >= 0 && pattern != null && index < pattern.length()) {
            sb.append(newline);
            for (int i = 0; i < index; i++) {
                sb.append(' ');
            }
            sb.append('^');
        }
        return sb.toString();
    }
}
