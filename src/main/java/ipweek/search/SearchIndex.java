package ipweek.search;

import java.util.List;

/**
 * The site's search index as the files the search page downloads, all under {@link #FOLDER}:
 * <ul>
 *   <li>{@code manifest.xml}: the document count, the number of term shards, a version that changes with any
 *       content (added to every shard URL so caches never mix two builds), each type's range of document numbers
 *       and the first document number of each document shard. Small: it is fetched on every search page.</li>
 *   <li>{@code t<n>.xml}: the terms whose first character {@code c} has {@code c % termShards == n}, each with its
 *       postings. A query fetches the shards of its own terms only; keying by the first character keeps every
 *       term that starts with a character in one shard, so a one-character query can use them as a prefix.</li>
 *   <li>{@code d<n>.xml}: the stored documents (URL, title, date, text, fields) in number order, packed to about
 *       {@link SearchIndexBuilder#DOC_SHARD_BYTES}; fetched for the results shown, for titles and snippets.</li>
 * </ul>
 * Documents are numbered by type ({@link SearchType} order), then newest first, then by URL.
 */
public record SearchIndex(Manifest manifest, List<TermShard> termShards, List<DocShard> docShards) {

    /** The index's folder from the site root. */
    public static final String FOLDER = "sousuo/index/";

    public SearchIndex {
        termShards = List.copyOf(termShards);
        docShards = List.copyOf(docShards);
    }

    /** {@code docShardStarts}: the first document number of every document shard, comma-separated. */
    public record Manifest(int docs, int termShards, String version, List<TypeRange> types, String docShardStarts) {
        public Manifest {
            types = List.copyOf(types);
        }
    }

    /** Documents {@code from} (inclusive) to {@code to} (exclusive) are of this type. */
    public record TypeRange(String code, String label, int from, int to) {
    }

    public record TermShard(int number, List<Term> terms) {
        public TermShard {
            terms = List.copyOf(terms);
        }

        public String file() {
            return FOLDER + "t" + number + ".xml";
        }
    }

    /**
     * A term and its postings, as document numbers in ascending order written as the base-36 difference from the
     * previous one: {@code title} where the term is in the title, {@code body} where it is in the text or fields,
     * each followed by {@code :count} when it occurs more than once.
     */
    public record Term(String word, String title, String body) {
    }

    public record DocShard(int number, List<StoredDoc> docs) {
        public DocShard {
            docs = List.copyOf(docs);
        }

        public String file() {
            return FOLDER + "d" + number + ".xml";
        }
    }

    /** {@code fields}: the extra fields joined with " · ". */
    public record StoredDoc(int id, String url, String title, String date, String text, String fields) {
    }
}
