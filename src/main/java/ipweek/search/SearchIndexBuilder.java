package ipweek.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.stream.IntStream;

/** Builds the {@link SearchIndex} of a list of documents. The same documents always give the same index. */
public final class SearchIndexBuilder {

    /** About this much postings text per term shard (before compression). */
    static final int TERM_SHARD_BYTES = 24 * 1024;
    /** About this much stored text per document shard (before compression). */
    static final int DOC_SHARD_BYTES = 16 * 1024;
    static final int MAX_TERM_SHARDS = 4096;
    /** The postings are filled in this many independent parts. */
    private static final int PARTS = 16;
    /** Documents tokenized at a time. */
    private static final int TOKENIZE_CHUNK = 512;

    private static final Comparator<SearchDoc> ORDER = Comparator.comparing(SearchDoc::type)
            .thenComparing(SearchDoc::date, Comparator.reverseOrder())
            .thenComparing(SearchDoc::url)
            .thenComparing(SearchDoc::title);

    private SearchIndexBuilder() {
    }

    public static SearchIndex build(List<SearchDoc> unsorted) {
        List<SearchDoc> docs = unsorted.stream().sorted(ORDER).toList();
        // Tokenizing and counting run in parallel per document, a chunk at a time (the term counts of every document at
        // once would take more memory than the whole site); each distinct term gets its Postings from one shared
        // dictionary then, so filling needs no lookups. Filling runs in PARTS parts side by side, each part owning the
        // postings of its terms and filling them in document order, so the result does not depend on thread timing.
        Dictionary dictionary = new Dictionary();
        ThreadLocal<Counter> counters = ThreadLocal.withInitial(() -> new Counter(dictionary));
        for (int from = 0; from < docs.size(); from += TOKENIZE_CHUNK) {
            int start = from;
            List<DocTerms> chunk = IntStream.range(from, Math.min(docs.size(), from + TOKENIZE_CHUNK)).parallel()
                    .mapToObj(id -> counters.get().count(docs.get(id))).toList();
            IntStream.range(0, PARTS).parallel().forEach(p -> {
                for (int i = 0; i < chunk.size(); i++) {
                    chunk.get(i).fill(p, start + i);
                }
            });
        }
        List<SearchIndex.Term> all = dictionary.terms.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new SearchIndex.Term(e.getKey(), e.getValue().titleText(), e.getValue().bodyText())).toList();
        List<SearchIndex.TermShard> termShards = termShards(all);
        List<SearchIndex.DocShard> docShards = docShards(docs);
        String starts = String.join(",", docShards.stream().map(s -> String.valueOf(s.docs().get(0).id())).toList());
        SearchIndex.Manifest manifest = new SearchIndex.Manifest(docs.size(), termShards.size(),
                version(termShards, docShards), typeRanges(docs), docShards.isEmpty() ? "" : starts);
        return new SearchIndex(manifest, termShards, docShards);
    }

    /** The shard of a term: its first UTF-16 unit modulo the shard count ({@code search.js} does the same). */
    public static int shardOf(String term, int shards) {
        return term.charAt(0) % shards;
    }

    private static List<SearchIndex.TermShard> termShards(List<SearchIndex.Term> all) {
        long bytes = all.stream().mapToLong(t -> utf8(t.word()) + t.title().length() + t.body().length() + 16).sum();
        int n = 1;
        while (n < MAX_TERM_SHARDS && bytes / n > TERM_SHARD_BYTES) {
            n *= 2;
        }
        List<List<SearchIndex.Term>> buckets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            buckets.add(new ArrayList<>());
        }
        for (SearchIndex.Term t : all) {
            buckets.get(shardOf(t.word(), n)).add(t);
        }
        List<SearchIndex.TermShard> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new SearchIndex.TermShard(i, buckets.get(i)));
        }
        return out;
    }

    private static List<SearchIndex.DocShard> docShards(List<SearchDoc> docs) {
        List<SearchIndex.DocShard> out = new ArrayList<>();
        List<SearchIndex.StoredDoc> current = new ArrayList<>();
        long size = 0;
        for (int id = 0; id < docs.size(); id++) {
            SearchDoc d = docs.get(id);
            SearchIndex.StoredDoc stored = new SearchIndex.StoredDoc(id, d.url(), d.title(), d.date(), d.text(),
                    String.join(" · ", d.fields()));
            long bytes = utf8(d.title()) + utf8(d.text()) + utf8(stored.fields()) + d.url().length() + 40;
            if (!current.isEmpty() && size + bytes > DOC_SHARD_BYTES) {
                out.add(new SearchIndex.DocShard(out.size(), current));
                current = new ArrayList<>();
                size = 0;
            }
            current.add(stored);
            size += bytes;
        }
        if (!current.isEmpty()) {
            out.add(new SearchIndex.DocShard(out.size(), current));
        }
        return out;
    }

    private static List<SearchIndex.TypeRange> typeRanges(List<SearchDoc> docs) {
        Map<SearchType, int[]> ranges = new LinkedHashMap<>();
        for (int id = 0; id < docs.size(); id++) {
            int at = id;
            ranges.computeIfAbsent(docs.get(id).type(), k -> new int[] {at, at})[1] = id + 1;
        }
        return ranges.entrySet().stream()
                .map(e -> new SearchIndex.TypeRange(e.getKey().code(), e.getKey().label(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /**
     * A check value of everything the index holds, which search.js puts on every shard URL so that a browser never
     * mixes shards of two builds: CRC-32 and CRC-32C of the same bytes, 48 bits of the two. Only accidental changes
     * have to show (nobody forges a search index to collide), and unlike SHA-256, which the C1 compiler a build runs
     * on does not turn into machine instructions, both CRCs are computed by the processor's own instructions.
     */
    private static String version(List<SearchIndex.TermShard> terms, List<SearchIndex.DocShard> docs) {
        CRC32 crc = new CRC32();
        CRC32C crcC = new CRC32C();
        java.util.function.Consumer<String> add = text -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            crc.update(bytes);
            crcC.update(bytes);
            crc.update(1);
            crcC.update(1);
        };
        for (SearchIndex.TermShard s : terms) {
            for (SearchIndex.Term t : s.terms()) {
                add.accept(t.word());
                add.accept(t.title());
                add.accept(t.body());
            }
        }
        for (SearchIndex.DocShard s : docs) {
            for (SearchIndex.StoredDoc d : s.docs()) {
                add.accept(Integer.toString(d.id()));
                add.accept(d.url());
                add.accept(d.title());
                add.accept(d.date());
                add.accept(d.text());
                add.accept(d.fields());
            }
        }
        long value = (crc.getValue() << 16) ^ crcC.getValue();
        return String.format("%012x", value & 0xffffffffffffL);
    }

    /** The length of {@code s} in UTF-8, counted without encoding it (this runs over all the site's text). */
    static long utf8(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n += 1; // a lone surrogate: encoded as '?'
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Every term's postings, shared by the threads that count. */
    private static final class Dictionary {
        final ConcurrentHashMap<String, Postings> terms = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();

        Postings of(String term) {
            Postings known = terms.get(term); // most terms are known after the first documents; a get takes no lock
            return known != null ? known : terms.computeIfAbsent(term, t -> new Postings(t, ids.getAndIncrement()));
        }
    }

    /**
     * Counts the terms of documents, one thread's documents at a time. Terms are counted in arrays indexed by their
     * postings' ids, and each document's marks are told apart by its number, so nothing is cleared between documents;
     * Han terms reach their postings through a table keyed by their two characters, so no string is made per term.
     */
    private static final class Counter implements Tokenizer.Terms {
        private final Dictionary dictionary;
        private final HanTable han = new HanTable();
        private final Map<String, Postings> words = new HashMap<>();
        private int doc;
        private boolean inTitle;
        private int[] seenIn = new int[1024];
        private int[] titleIn = new int[1024];
        private int[] counts = new int[1024];
        private final List<Postings> body = new ArrayList<>();
        private final List<Postings> title = new ArrayList<>();

        Counter(Dictionary dictionary) {
            this.dictionary = dictionary;
        }

        DocTerms count(SearchDoc d) {
            doc++;
            body.clear();
            title.clear();
            inTitle = false;
            Tokenizer.scan(d.text(), this);
            d.fields().forEach(f -> Tokenizer.scan(f, this));
            inTitle = true;
            Tokenizer.scan(d.title(), this);
            int[] bodyFrom = partStarts(body);
            Postings[] bodyPostings = byPart(body, bodyFrom);
            int[] bodyCounts = new int[bodyPostings.length];
            for (int i = 0; i < bodyPostings.length; i++) {
                bodyCounts[i] = counts[bodyPostings[i].id];
            }
            int[] titleFrom = partStarts(title);
            return new DocTerms(byPart(title, titleFrom), titleFrom, bodyPostings, bodyCounts, bodyFrom);
        }

        @Override
        public void han(char first, char second) {
            int key = first << 16 | second;
            Postings p = han.get(key);
            if (p == null) {
                p = dictionary.of(second == 0 ? String.valueOf(first) : new String(new char[] {first, second}));
                han.put(key, p);
            }
            add(p);
        }

        @Override
        public void word(String word) {
            add(words.computeIfAbsent(word, dictionary::of));
        }

        private void add(Postings p) {
            int id = p.id;
            if (id >= seenIn.length) {
                int size = Math.max(id + 1, seenIn.length * 2);
                seenIn = Arrays.copyOf(seenIn, size);
                titleIn = Arrays.copyOf(titleIn, size);
                counts = Arrays.copyOf(counts, size);
            }
            if (inTitle) {
                if (titleIn[id] != doc) {
                    titleIn[id] = doc;
                    title.add(p);
                }
            } else if (seenIn[id] != doc) {
                seenIn[id] = doc;
                counts[id] = 1;
                body.add(p);
            } else {
                counts[id]++;
            }
        }

        /**
         * {@code postings} grouped by part, part {@code p} from {@code from[p]} ({@link #partStarts}); the order within a
         * part does not matter: each term fills its own list.
         */
        private static Postings[] byPart(List<Postings> postings, int[] from) {
            int[] next = from.clone();
            Postings[] out = new Postings[postings.size()];
            for (Postings p : postings) {
                out[next[p.part]++] = p;
            }
            return out;
        }
    }

    /** An open-addressing table from a Han term's two characters (never 0: Han characters are above U+3400). */
    private static final class HanTable {
        private int[] keys = new int[1 << 12];
        private Postings[] values = new Postings[1 << 12];
        private int size;

        Postings get(int key) {
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; keys[i] != 0; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return null;
        }

        void put(int key, Postings value) {
            if (2 * (size + 1) > keys.length) {
                int[] oldKeys = keys;
                Postings[] oldValues = values;
                keys = new int[oldKeys.length * 2];
                values = new Postings[oldKeys.length * 2];
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != 0) {
                        put(oldKeys[i], oldValues[i]);
                    }
                }
            }
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (keys[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
            size++;
        }

        private static int mix(int key) {
            int h = key * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    /**
     * The terms of one document as the postings they go to, grouped by {@link #part}: those of its title, and those of
     * its text and fields with how often each occurs. Part {@code p} is {@code [from[p], from[p + 1])} of each array.
     */
    private record DocTerms(Postings[] title, int[] titleFrom, Postings[] body, int[] counts, int[] bodyFrom) {

        /** Adds this document ({@code id}) to the postings of its terms in part {@code p}. */
        void fill(int p, int id) {
            for (int i = titleFrom[p]; i < titleFrom[p + 1]; i++) {
                title[i].title(id);
            }
            for (int i = bodyFrom[p]; i < bodyFrom[p + 1]; i++) {
                body[i].body(id, counts[i]);
            }
        }
    }

    /** Where each part starts once {@code postings} are grouped by part, and where the last ends. */
    private static int[] partStarts(List<Postings> postings) {
        int[] from = new int[PARTS + 1];
        for (Postings pst : postings) {
            from[pst.part + 1]++;
        }
        for (int p = 0; p < PARTS; p++) {
            from[p + 1] += from[p];
        }
        return from;
    }

    private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    /** Appends {@code n} (not negative) in base 36, as {@code Integer.toString(n, 36)} would, without a new string. */
    static void appendBase36(StringBuilder sb, int n) {
        if (n < 36) {
            sb.append(DIGITS[n]);
            return;
        }
        char[] digits = new char[7];
        int at = digits.length;
        while (n > 0) {
            digits[--at] = DIGITS[n % 36];
            n /= 36;
        }
        sb.append(digits, at, digits.length - at);
    }

    /** The postings of one term while building: ids arrive in ascending order. */
    private static final class Postings {
        /** Which of the {@link #PARTS} fills this term's postings. */
        final int part;
        /** A number of its own, in the order terms were first met (which differs between runs; nothing written uses it). */
        final int id;
        private final StringBuilder title = new StringBuilder();
        private final StringBuilder body = new StringBuilder();
        private int lastTitle = -1;
        private int lastBody;

        Postings(String term, int id) {
            this.part = (term.hashCode() & 0x7fffffff) % PARTS;
            this.id = id;
        }

        void title(int id) {
            if (id == lastTitle) {
                return; // twice in one title
            }
            if (title.length() > 0) {
                title.append(',');
            }
            appendBase36(title, id - Math.max(lastTitle, 0));
            lastTitle = id;
        }

        void body(int id, int count) {
            if (body.length() > 0) {
                body.append(',');
            }
            appendBase36(body, id - lastBody);
            if (count > 1) {
                body.append(':').append(count);
            }
            lastBody = id;
        }

        String titleText() {
            return title.toString();
        }

        String bodyText() {
            return body.toString();
        }
    }
}
