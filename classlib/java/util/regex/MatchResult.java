// The result of one match: the bounds and text of the whole match and of each capturing group.
package java.util.regex;

public interface MatchResult {

    int start();

    int start(int group);

    int end();

    int end(int group);

    String group();

    String group(int group);

    int groupCount();
}
