package dev.lede.view;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a text with marks around spans of it as properly nested {@code <span>} elements. Layers overlap freely
 * (an entity inside a quote, a place that is also an entity, a number inside a quote); marks that contain one
 * another nest, longer outside, and a mark that crosses the end of an enclosing one is split: the piece after
 * the crossing is written as a second element with {@code data-continued}, so that counting the elements without
 * it counts the marks.
 */
final class NestedMarkup {
    private static final Comparator<Mark> OUTER_FIRST = Comparator.comparingInt(Mark::start)
            .thenComparing(Comparator.comparingInt(Mark::end).reversed())
            .thenComparingInt(Mark::rank);

    private NestedMarkup() {
    }

    /** Appends {@code text} to {@code container} with every valid mark (inside the text, not empty) applied. */
    static void render(String text, List<Mark> marks, Element container) {
        List<Mark> sorted = marks.stream()
                .filter(m -> m.start() >= 0 && m.end() <= text.length() && m.start() < m.end())
                .sorted(OUTER_FIRST).toList();
        TreeSet<Integer> points = new TreeSet<>(List.of(0, text.length()));
        for (Mark m : sorted) {
            points.add(m.start());
            points.add(m.end());
        }
        List<Open> stack = new ArrayList<>();
        int next = 0;
        for (int p : points) {
            closeEndingAt(p, stack, container);
            while (next < sorted.size() && sorted.get(next).start() == p) {
                open(sorted.get(next++), stack, container);
            }
            Integer following = points.higher(p);
            if (following != null) {
                top(stack, container).appendText(text.substring(p, following));
            }
        }
    }

    // Closes every open mark that ends at p. Marks opened inside the deepest of them but ending later are closed
    // with it and reopened as continued pieces, in their nesting order.
    private static void closeEndingAt(int p, List<Open> stack, Element container) {
        int lowest = -1;
        for (int i = 0; i < stack.size(); i++) {
            if (stack.get(i).mark().end() == p) {
                lowest = i;
                break;
            }
        }
        if (lowest < 0) {
            return;
        }
        List<Open> popped = new ArrayList<>(stack.subList(lowest, stack.size()));
        stack.subList(lowest, stack.size()).clear();
        for (Open o : popped) {
            if (o.mark().end() > p) {
                open(o.mark().asContinued(), stack, container);
            }
        }
    }

    private static void open(Mark mark, List<Open> stack, Element container) {
        Element span = top(stack, container).appendElement("span");
        for (Map.Entry<String, String> a : mark.attributes().entrySet()) {
            if (!mark.continued() || !Mark.headOnly(a.getKey())) {
                span.attr(a.getKey(), a.getValue());
            }
        }
        if (mark.continued()) {
            span.attr("data-continued", "");
        }
        stack.add(new Open(mark, span));
    }

    private static Element top(List<Open> stack, Element container) {
        return stack.isEmpty() ? container : stack.get(stack.size() - 1).element();
    }

    private record Open(Mark mark, Element element) {
    }
}
