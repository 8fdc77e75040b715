package ipweek.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into index terms: overlapping character bigrams inside each run of Han characters (a run of one
 * character is kept as that character), and lower-case runs of ASCII letters and digits ({@code ip}, {@code 12315}).
 * Full-width letters and digits count as ASCII. Everything else separates runs. {@code assets/js/search.js} splits
 * queries with the same rules ({@code terms}); keep the two in step.
 *
 * <p>Why bigrams and no dictionary segmenter. A query word must be found wherever it stands in a long run:
 * 商标 inside 侵犯注册商标专用权. A dictionary segmenter (jieba, HanLP, IK from Maven Central) cuts that run into
 * the longest dictionary words it knows (注册商标 / 专用权), so an index of its words misses 商标 unless every
 * sub-word is indexed too (jieba's "search mode"), and the browser would need the same dictionary (megabytes) to
 * cut queries the same way. Bigrams find every two-character word by construction, need no dictionary on either
 * side, and a longer word is found as the conjunction of its bigrams (the search page ranks documents that hold
 * all of a word's bigrams first, and checks quoted phrases against the stored text). The cost is a larger
 * vocabulary (every adjacent pair, most of them meaningless), which the sharded index keeps off the wire: a query
 * fetches only the shards of its own terms. Measured on the 55-query fixture
 * ({@code src/test/resources/search/queries.tsv}, demo site): recall@10 1.000 and MRR 0.982, against Pagefind's
 * 0.955 and 0.705 on the same queries; index 2.30 MB raw (1.08 MB gzip) per 1,000 pages on the 10,000-article
 * corpus (details in {@code docs/search.md}).
 */
public final class Tokenizer {

    /** Longer ASCII runs (hashes, long URLs) are cut to this length. */
    static final int MAX_WORD = 24;

    private Tokenizer() {
    }

    /** Receives the terms of a text in order, repeats included. */
    interface Terms {
        /** A Han bigram {@code first second}, or a lone Han character when {@code second} is 0. */
        void han(char first, char second);

        /** A run of ASCII letters and digits, lower-cased and cut to {@link #MAX_WORD}. */
        void word(String word);
    }

    /** Every term of {@code text} in order, repeats included. */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        scan(text, new Terms() {
            @Override
            public void han(char first, char second) {
                out.add(second == 0 ? String.valueOf(first) : new String(new char[] {first, second}));
            }

            @Override
            public void word(String word) {
                out.add(word);
            }
        });
        return out;
    }

    /**
     * Hands every term of {@code text} to {@code out}, in order. The index builder counts bigrams by their two
     * characters, so no string is made for each of the millions of bigrams in a large site.
     */
    static void scan(String text, Terms out) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = fold(text.charAt(i));
            if (isHan(c)) {
                int j = i + 1;
                while (j < n && isHan(text.charAt(j))) {
                    j++;
                }
                if (j - i == 1) {
                    out.han(c, (char) 0);
                } else {
                    for (int k = i; k + 1 < j; k++) {
                        out.han(text.charAt(k), text.charAt(k + 1));
                    }
                }
                i = j;
            } else if (isWordChar(c)) {
                int j = i;
                StringBuilder word = new StringBuilder();
                while (j < n && isWordChar(c = fold(text.charAt(j)))) {
                    if (j - i < MAX_WORD) {
                        word.append(c);
                    }
                    j++;
                }
                out.word(word.toString());
                i = j;
            } else {
                i++;
            }
        }
    }

    /**
     * Lower-case ASCII, with full-width letters and digits made ASCII. Character for character, so offsets in the
     * normalized text are offsets in the original (the search page highlights matches in the original text).
     */
    public static String normalize(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    private static char fold(char c) {
        if ((c >= '\uff10' && c <= '\uff19') || (c >= '\uff21' && c <= '\uff3a') || (c >= '\uff41' && c <= '\uff5a')) {
            c = (char) (c - 0xfee0);
        }
        if (c >= 'A' && c <= 'Z') {
            c = (char) (c + 32);
        }
        return c;
    }

    /** CJK Unified Ideographs, Extension A and the compatibility ideographs (BMP only). */
    static boolean isHan(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\uf900' && c <= '\ufaff');
    }

    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
