package ipweek.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.diag.Diagnostic;
import ipweek.diag.Diagnostics;
import ipweek.model.Handbook;
import ipweek.model.HandbookInclude;
import ipweek.model.IpType;
import ipweek.model.LawLevel;
import ipweek.source.SystemFonts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandbookParserTest {

    @TempDir
    Path fonts;

    private static final String YAML = """
            title: 测试手册
            compiler: 测试局
            chapters:
              - {id: a, title: 甲, file: a.md}
              - id: b
                title: 乙
                include:
                  - {laws: {levels: [law], ip_types: [trademark]}}
                  - {channels: all, layout: table}
                  - {cases: 2025-top10}
                  - {gi: [fanchuan-xiaomi]}
            appendices:
              - {id: c, title: 丙, file: c.md}
            """;

    private Optional<HandbookParser.Parsed> parse(String yaml, SystemFonts system, Diagnostics d) {
        YamlNode node = new YamlReader().read("content/handbook/handbook.yaml", yaml, 1, d).orElseThrow();
        Fields f = Fields.of(node, "", d).orElseThrow();
        return new HandbookParser(new MediaRefs(Map.of()), system).parse(f, LocalDate.of(2026, 4, 20));
    }

    private SystemFonts withLxgw() throws Exception {
        Path ttf = Files.write(fonts.resolve(SystemFonts.REGULAR), new byte[] {0, 1, 0, 0, 0, 0});
        assertTrue(Files.exists(ttf));
        return new SystemFonts(List.of(fonts));
    }

    @Test
    void readsChaptersAppendicesAndEveryKindOfInclude() throws Exception {
        Diagnostics d = new Diagnostics();
        Handbook h = parse(YAML, withLxgw(), d).orElseThrow().handbook();
        assertEquals(List.of(), d.sorted());
        assertEquals(List.of("a", "b", "c"), h.chapters().stream().map(Handbook.Chapter::id).toList());
        assertTrue(h.chapters().get(2).appendix());
        assertEquals(Handbook.PageSize.A5, h.page().size());
        assertEquals(Handbook.Binding.SADDLE_STITCH, h.binding());
        assertEquals("weiquan-shouce-2026", h.slug());
        assertEquals(LocalDate.of(2026, 4, 20), h.published());
        List<HandbookInclude> inc = h.chapters().get(1).includes();
        assertEquals(new HandbookInclude.Laws(List.of(), List.of(LawLevel.LAW), List.of(IpType.TRADEMARK), inc.get(0).at()), inc.get(0));
        assertEquals(HandbookInclude.ChannelLayout.TABLE, ((HandbookInclude.Channels) inc.get(1)).layout());
        assertEquals("2025-top10", ((HandbookInclude.Cases) inc.get(2)).batch());
        assertEquals(List.of("fanchuan-xiaomi"), ((HandbookInclude.Gi) inc.get(3)).ids());
        assertEquals(fonts.resolve(SystemFonts.REGULAR), h.fonts().body().path());
        assertEquals(h.fonts().body(), h.fonts().heading(), "no bold face installed: the regular one is used for both");
    }

    @Test
    void withoutAnyUsableFontItSaysSoInChinese() {
        Diagnostics d = new Diagnostics();
        parse(YAML, new SystemFonts(List.of(fonts)), d);
        Diagnostic missing = d.sorted().stream().filter(x -> x.code().equals("HANDBOOK_FONT_MISSING")).findFirst().orElseThrow();
        assertTrue(missing.isError());
        assertEquals("content/handbook/handbook.yaml:1:1", missing.where().toString());
        assertTrue(missing.message().contains("霞鹜文楷"), missing.message());
        assertTrue(missing.hint().contains("apt-get install fonts-lxgw-wenkai"), missing.hint());
    }

    @Test
    void aSystemFontThatIsNotTrueTypeIsRefused() throws Exception {
        Files.write(fonts.resolve(SystemFonts.REGULAR), "ttcf0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Diagnostics d = new Diagnostics();
        parse(YAML, new SystemFonts(List.of(fonts)), d);
        Diagnostic bad = d.sorted().stream().filter(x -> x.code().equals("HANDBOOK_FONT_FORMAT")).findFirst().orElseThrow();
        assertTrue(bad.message().contains("字体集合"), bad.message());
    }

    @Test
    void rejectsUnknownLayoutAndScalarsOtherThanAll() throws Exception {
        Diagnostics d = new Diagnostics();
        parse("""
                title: 测试手册
                compiler: 测试局
                page: {size: B5}
                chapters:
                  - {id: x, title: 甲, include: {laws: some}}
                  - {id: y, title: 乙, include: {channels: all, layout: grid}}
                """, withLxgw(), d);
        List<String> codes = d.sorted().stream().map(x -> x.code() + "@" + x.where().line()).toList();
        assertEquals(List.of("FIELD_ENUM@3", "FIELD_FORMAT@5", "FIELD_ENUM@6"), codes);
    }
}
