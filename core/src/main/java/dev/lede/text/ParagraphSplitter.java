package dev.lede.text;

import dev.lede.annotation.Paragraph;

import java.util.ArrayList;
import java.util.List;

/** PLACEHOLDER: splits on line breaks; replaced by the real splitter. */
public final class ParagraphSplitter {
    public List<Paragraph> split(String text) {
        List<Paragraph> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (!text.substring(start, i).isBlank()) {
                    out.add(new Paragraph(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }
}
