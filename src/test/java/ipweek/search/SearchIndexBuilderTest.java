package ipweek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexBuilderTest {

    static final List<SearchDoc> DOCS = List.of(
            new SearchDoc(SearchType.LAW, "中华人民共和国商标法", "fagui/#law-trademark-law", "2019-11-01", "商标注册", List.of()),
            new SearchDoc(SearchType.NEWS, "旧闻", "dongtai/2025/a/", "2025-01-01", "商标 商标", List.of("标签")),
            new SearchDoc(SearchType.NEWS, "商标新闻", "dongtai/2026/b/", "2026-04-20", "正文", List.of()),
            new SearchDoc(SearchType.CASE, "假冒注册商标案", "anli/x/", "2025-03-01", "不是正文", List.of("12315")));

    private static SearchIndex.Term term(SearchIndex index, String word) {
        return index.termShards().get(SearchIndexBuilder.shardOf(word, index.manifest().termShards())).terms().stream()
                .filter(t -> t.word().equals(word)).findFirst().orElseThrow();
    }

    @Test
    void numbersDocumentsByTypeThenNewestFirstAndRecordsTheTypeRanges() {
        SearchIndex index = SearchIndexBuilder.build(DOCS);
        List<String> urls = index.docShards().stream().flatMap(s -> s.docs().stream()).map(SearchIndex.StoredDoc::url).toList();
        assertEquals(List.of("dongtai/2026/b/", "dongtai/2025/a/", "anli/x/", "fagui/#law-trademark-law"), urls);
        assertEquals(List.of(new SearchIndex.TypeRange("news", "新闻", 0, 2), new SearchIndex.TypeRange("case", "案例", 2, 3),
                new SearchIndex.TypeRange("law", "法规", 3, 4)), index.manifest().types());
        assertEquals(4, index.manifest().docs());
    }

    @Test
    void postingsAreBase36GapsWithCountsAndTitlesApart() {
        SearchIndex index = SearchIndexBuilder.build(DOCS);
        SearchIndex.Term mark = term(index, "商标");
        assertEquals("0,2,1", mark.title(), "titles of docs 0, 2 and 3");
        assertEquals("1:2,2", mark.body(), "twice in doc 1, once in doc 3");
        assertEquals("2", term(index, "12315").body(), "fields are searched like the body");
    }

    @Test
    void theSameDocumentsInAnyOrderGiveTheSameIndexAndAnyChangeAnotherVersion() {
        List<SearchDoc> reversed = new ArrayList<>(DOCS);
        Collections.reverse(reversed);
        assertEquals(SearchIndexBuilder.build(DOCS), SearchIndexBuilder.build(reversed));
        List<SearchDoc> changed = new ArrayList<>(DOCS);
        changed.set(0, new SearchDoc(SearchType.LAW, "中华人民共和国商标法", "fagui/#law-trademark-law", "2019-11-01", "商标",
                List.of()));
        assertNotEquals(SearchIndexBuilder.build(DOCS).manifest().version(), SearchIndexBuilder.build(changed).manifest().version());
    }

    @Test
    void manyDocumentsSpreadOverShardsByFirstCharacter() {
        List<SearchDoc> many = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(new SearchDoc(SearchType.NEWS, "标题" + i, "dongtai/2026/n" + i + "/", "2026-04-01",
                    "知识产权保护第" + i + "号通知，内容编号" + (i * 7919 % 10007) + "涉及商标专利著作权地理标志", List.of()));
        }
        SearchIndex index = SearchIndexBuilder.build(many);
        assertTrue(index.manifest().termShards() > 1, "shards: " + index.manifest().termShards());
        for (SearchIndex.TermShard s : index.termShards()) {
            s.terms().forEach(t -> assertEquals(s.number(), SearchIndexBuilder.shardOf(t.word(), index.termShards().size())));
        }
        assertTrue(index.docShards().size() > 1);
        String[] starts = index.manifest().docShardStarts().split(",");
        assertEquals(index.docShards().size(), starts.length);
    }

    @Test
    void everyPostingIsWhatTheTokenizerSaysOfThatDocument() {
        // thousands of documents over many chunks and threads, a vocabulary that outgrows the counters' first tables,
        // ASCII words, full-width letters and lone characters: each term's postings decoded against a plain count
        java.util.Random random = new java.util.Random(11);
        String han = "知识产权保护商标专利版权地理标志假冒侵权维权执法案件市场监督管理局宣传周";
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                int len = 1 + random.nextInt(6);
                for (int k = 0; k < len; k++) {
                    text.append(random.nextInt(50) == 0 ? (char) (0x4e00 + random.nextInt(20000)) : han.charAt(random.nextInt(han.length())));
                }
                text.append(List.of("，", " IP", " Ｗｉｐｏ ", "。", " 12315 ", "、").get(random.nextInt(6)));
            }
            docs.add(new SearchDoc(SearchType.NEWS, han.substring(i % 20, i % 20 + 4) + "通报" + han.substring(i % 20, i % 20 + 4),
                    "dongtai/n" + i + "/", "2026-04-01", text.toString(), List.of("标签" + (i % 7), "Tag")));
        }
        SearchIndex index = SearchIndexBuilder.build(docs);
        List<SearchIndex.StoredDoc> stored = index.docShards().stream().flatMap(s -> s.docs().stream()).toList();
        java.util.Map<String, SearchDoc> byUrl = new java.util.HashMap<>();
        docs.forEach(d -> byUrl.put(d.url(), d));
        java.util.Map<String, java.util.Map<Integer, Integer>> body = new java.util.TreeMap<>();
        java.util.Map<String, java.util.Set<Integer>> titles = new java.util.TreeMap<>();
        for (SearchIndex.StoredDoc sd : stored) {
            SearchDoc d = byUrl.get(sd.url());
            List<String> terms = new ArrayList<>(Tokenizer.terms(d.text()));
            d.fields().forEach(f -> terms.addAll(Tokenizer.terms(f)));
            terms.forEach(t -> body.computeIfAbsent(t, k -> new java.util.TreeMap<>()).merge(sd.id(), 1, Integer::sum));
            Tokenizer.terms(d.title()).forEach(t -> titles.computeIfAbsent(t, k -> new java.util.TreeSet<>()).add(sd.id()));
        }
        java.util.Set<String> words = new java.util.TreeSet<>(body.keySet());
        words.addAll(titles.keySet());
        List<SearchIndex.Term> all = index.termShards().stream().flatMap(s -> s.terms().stream()).toList();
        assertEquals(words.size(), all.size());
        assertTrue(words.contains("wipo") && words.contains("ip") && words.size() > 4096, "vocabulary: " + words.size());
        for (SearchIndex.Term t : all) {
            assertEquals(body.getOrDefault(t.word(), java.util.Map.of()), decode(t.body()), t.word());
            assertEquals(titles.getOrDefault(t.word(), java.util.Set.of()), decode(t.title()).keySet(), t.word());
        }
    }

    /** Postings text ("gap[:count],…" in base 36) as document id → count. */
    private static java.util.Map<Integer, Integer> decode(String postings) {
        java.util.Map<Integer, Integer> out = new java.util.TreeMap<>();
        int id = 0;
        for (String p : postings.isEmpty() ? new String[0] : postings.split(",")) {
            String[] parts = p.split(":");
            id += Integer.parseInt(parts[0], 36);
            out.put(id, parts.length > 1 ? Integer.parseInt(parts[1]) : 1);
        }
        return out;
    }

    @Test
    void urlsMustBeRelativeToTheSiteRoot() {
        assertThrows(IllegalArgumentException.class,
                () -> new SearchDoc(SearchType.PAGE, "t", "/abs/", "", "", List.of()));
    }

    @Test
    void countsUtf8BytesAsEncodingWould() {
        for (String s : List.of("", "ascii", "é", "商标法", "𠀀 rare 𠀁", "半个\ud800代理")) {
            assertEquals(s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, SearchIndexBuilder.utf8(s), s);
        }
    }

    @Test
    void writesPostingGapsInBase36() {
        for (int n : new int[] {0, 35, 36, 1295, 1296, 123456, Integer.MAX_VALUE}) {
            StringBuilder sb = new StringBuilder();
            SearchIndexBuilder.appendBase36(sb, n);
            assertEquals(Integer.toString(n, 36), sb.toString());
        }
    }
}
