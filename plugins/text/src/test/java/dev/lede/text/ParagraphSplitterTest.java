package dev.lede.text;

import dev.lede.annotation.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParagraphSplitterTest {
    private final ParagraphSplitter splitter = new ParagraphSplitter();

    private String paragraphs(String text) {
        return splitter.split(text).stream().map(p -> text.substring(p.start(), p.end()))
                .collect(Collectors.joining(" || "));
    }

    @Test
    void blankLinesSeparateParagraphsAndSingleBreaksStayInside() {
        assertEquals("First line\nstill first. || Second.", paragraphs("First line\nstill first.\n\nSecond."));
        assertEquals("A || B", paragraphs("A\r\n \t\r\nB"));
        assertEquals("A || B", paragraphs("A\n\u00A0\n\n\nB\n"));
    }

    @Test
    void withSingleBreaksOnlyEachLineIsAParagraph() {
        assertEquals("One. || Two. || Three.", paragraphs("One.\nTwo.\r\nThree."));
    }

    @Test
    void withSingleBreaksOnlyALowerCaseLineContinuesHardWrappedText() {
        assertEquals("We must not look the\n   other way. || Next line.",
                paragraphs("We must not look the\n   other way.\nNext line."));
    }

    @Test
    void paragraphSeparatorAlwaysSeparates() {
        assertEquals("A\nB || C || D", paragraphs("A\nB\u2029C\n\nD"));
        assertEquals("A || B", paragraphs("A\u2029B"));
    }

    @Test
    void spansAreTrimmedAndPointIntoTheText() {
        String text = "  \u00A0Hello there. \n\n\tBye.  ";
        List<Paragraph> result = splitter.split(text);
        assertEquals(List.of(new Paragraph(3, 15), new Paragraph(19, 23)), result);
    }

    @Test
    void blankTextHasNoParagraphs() {
        assertEquals(0, splitter.split("").size());
        assertEquals(0, splitter.split("\n \n\r\n").size());
    }
}
