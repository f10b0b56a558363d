package dev.lede.text;

import dev.lede.annotation.Token;

import java.util.ArrayList;
import java.util.List;

/** PLACEHOLDER: whitespace and punctuation splitting; replaced by the real news tokenizer. */
public final class Tokenizer {
    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int s = i;
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                out.add(new Token(s, i, Character.isDigit(c) ? Token.Kind.NUMBER : Token.Kind.WORD));
            } else {
                out.add(new Token(i, i + 1, Token.Kind.PUNCTUATION));
                i++;
            }
        }
        return out;
    }
}
