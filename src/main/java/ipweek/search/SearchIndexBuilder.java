package ipweek.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the {@link SearchIndex} of a list of documents. The same documents always give the same index. */
public final class SearchIndexBuilder {

    /** About this much postings text per term shard (before compression). */
    static final int TERM_SHARD_BYTES = 24 * 1024;
    /** About this much stored text per document shard (before compression). */
    static final int DOC_SHARD_BYTES = 16 * 1024;
    static final int MAX_TERM_SHARDS = 4096;

    private static final Comparator<SearchDoc> ORDER = Comparator.comparing(SearchDoc::type)
            .thenComparing(SearchDoc::date, Comparator.reverseOrder())
            .thenComparing(SearchDoc::url)
            .thenComparing(SearchDoc::title);

    private SearchIndexBuilder() {
    }

    public static SearchIndex build(List<SearchDoc> unsorted) {
        List<SearchDoc> docs = unsorted.stream().sorted(ORDER).toList();
        Map<String, Postings> terms = new TreeMap<>();
        for (int id = 0; id < docs.size(); id++) {
            SearchDoc d = docs.get(id);
            for (String t : Tokenizer.terms(d.title())) {
                terms.computeIfAbsent(t, k -> new Postings()).title(id);
            }
            List<String> body = new ArrayList<>(Tokenizer.terms(d.text()));
            d.fields().forEach(f -> body.addAll(Tokenizer.terms(f)));
            Map<String, Integer> counts = new TreeMap<>();
            body.forEach(t -> counts.merge(t, 1, Integer::sum));
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                terms.computeIfAbsent(e.getKey(), k -> new Postings()).body(id, e.getValue());
            }
        }
        List<SearchIndex.Term> all = terms.entrySet().stream()
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

    private static String version(List<SearchIndex.TermShard> terms, List<SearchIndex.DocShard> docs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (SearchIndex.TermShard s : terms) {
                for (SearchIndex.Term t : s.terms()) {
                    sha.update((t.word() + '\u0001' + t.title() + '\u0001' + t.body() + '\n').getBytes(StandardCharsets.UTF_8));
                }
            }
            for (SearchIndex.DocShard s : docs) {
                for (SearchIndex.StoredDoc d : s.docs()) {
                    sha.update((d.id() + "\u0001" + d.url() + '\u0001' + d.title() + '\u0001' + d.date() + '\u0001'
                            + d.text() + '\u0001' + d.fields() + '\n').getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The postings of one term while building: ids arrive in ascending order. */
    private static final class Postings {
        private final StringBuilder title = new StringBuilder();
        private final StringBuilder body = new StringBuilder();
        private int lastTitle = -1;
        private int lastBody;

        void title(int id) {
            if (id == lastTitle) {
                return; // twice in one title
            }
            if (title.length() > 0) {
                title.append(',');
            }
            title.append(Integer.toString(id - Math.max(lastTitle, 0), 36));
            lastTitle = id;
        }

        void body(int id, int count) {
            if (body.length() > 0) {
                body.append(',');
            }
            body.append(Integer.toString(id - lastBody, 36));
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
