// A realistic pipeline: word frequencies from a text, ranked by count then alphabetically.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamWordCount {
    public static void main(String[] args) {
        String text = "It was the best of times, it was the worst of times, it was the age of wisdom, "
                + "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity";
        List<String> words = Arrays.stream(text.toLowerCase().replace(",", " ").split(" ")).filter(w -> !w.isEmpty()).toList();
        System.out.println(words.size() + " words, " + words.stream().distinct().count() + " distinct");
        Map<String, Long> freq = words.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        System.out.println(freq);
        List<String> ranked = freq.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(6).map(e -> e.getKey() + "=" + e.getValue()).toList();
        System.out.println(ranked);
        Map<Integer, Set<String>> byLength = words.stream().collect(Collectors.groupingBy(String::length, LinkedHashMap::new,
                Collectors.toCollection(LinkedHashSet::new)));
        System.out.println(byLength);
        System.out.println(words.stream().collect(Collectors.partitioningBy(w -> w.length() > 4, Collectors.counting())));
        IntSummaryStatistics stats = words.stream().mapToInt(String::length).summaryStatistics();
        System.out.println(stats);
        System.out.println(words.stream().map(w -> w.substring(0, 1)).distinct().sorted().collect(Collectors.joining("", "[", "]")));
        Optional<String> longest = words.stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(longest.orElseThrow());
        System.out.println(words.stream().flatMapToInt(String::chars).filter(c -> "aeiou".indexOf(c) >= 0).count());
        TreeView view = new TreeView(words.stream().collect(Collectors.toMap(w -> w.charAt(0), w -> 1, Integer::sum)));
        System.out.println(view);
        System.out.println(IntStream.range(0, words.size()).filter(i -> words.get(i).equals("was")).boxed().toList());
        System.out.println(words.stream().reduce((a, b) -> a.length() >= b.length() ? a : b).get());
    }

    /** Map entries in key order. */
    static final class TreeView {
        final Map<Character, Integer> counts;

        TreeView(Map<Character, Integer> counts) {
            this.counts = counts;
        }

        @Override
        public String toString() {
            return counts.keySet().stream().sorted().map(k -> k + ":" + counts.get(k)).collect(Collectors.joining(" "));
        }
    }
}
