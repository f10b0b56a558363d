package dev.lede.view;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NestedMarkupTest {
    private static Mark mark(int start, int end, int rank, String id) {
        return Mark.of(start, end, rank, Map.of("data-id", id));
    }

    private static String render(String text, List<Mark> marks) {
        Element div = Markup.element("div");
        NestedMarkup.render(text, marks, div);
        return Markup.html(div);
    }

    @Test
    void containedSpansNestLongerOutside() {
        // "Ann said" quote with the entity "Ann" inside it
        assertEquals("<div><span data-id=\"q\"><span data-id=\"e\">Ann</span> said</span>.</div>",
                render("Ann said.", List.of(mark(0, 3, 2, "e"), mark(0, 8, 0, "q"))));
    }

    @Test
    void equalSpansNestByRank() {
        assertEquals("<div>in <span data-id=\"e\"><span data-id=\"p\">Oslo</span></span></div>",
                render("in Oslo", List.of(mark(3, 7, 3, "p"), mark(3, 7, 2, "e"))));
    }

    @Test
    void aCrossingSpanIsSplitAndItsSecondPieceMarkedContinued() {
        // quote [0,6) "ab cd " crosses entity [3,9) "cd ef"
        assertEquals("<div><span data-id=\"q\">ab <span data-id=\"e\">cd </span></span>"
                        + "<span data-id=\"e\" data-continued=\"\">ef</span></div>",
                render("ab cd ef", List.of(mark(0, 6, 0, "q"), mark(3, 8, 2, "e"))));
    }

    @Test
    void continuedPiecesDropIdsAndTabStops() {
        Mark head = Mark.of(0, 2, 0, Map.of("id", "x", "tabindex", "0", "data-id", "q"));
        String html = render("ab cd", List.of(head, head.asContinued()));
        assertEquals(1, html.split("id=\"x\"", -1).length - 1);
        assertEquals(1, html.split("tabindex", -1).length - 1);
    }

    @Test
    void textIsEscapedAndInvalidSpansAreSkipped() {
        assertEquals("<div><span data-id=\"a\">&lt;b&gt;</span> &amp;</div>",
                render("<b> &", List.of(mark(0, 3, 0, "a"), mark(4, 4, 0, "empty"), mark(3, 99, 0, "outside"))));
    }

    @Test
    void whitespaceIsKeptAsWritten() {
        assertEquals("<div>a\n\n  <span data-id=\"x\">b</span>\n</div>",
                render("a\n\n  b\n", List.of(mark(5, 6, 0, "x"))));
    }
}
