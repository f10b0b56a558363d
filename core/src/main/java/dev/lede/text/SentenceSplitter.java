package dev.lede.text;

import dev.lede.annotation.Sentence;
import dev.lede.annotation.Token;

import java.util.ArrayList;
import java.util.List;

/** PLACEHOLDER: splits after . ! ? tokens; replaced by the real splitter. */
public final class SentenceSplitter {
    public List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            char c = text.charAt(tokens.get(i).start());
            if (c == '.' || c == '!' || c == '?' || i == tokens.size() - 1) {
                out.add(new Sentence(tokens.get(first).start(), tokens.get(i).end(), first, i + 1));
                first = i + 1;
            }
        }
        return out;
    }
}
