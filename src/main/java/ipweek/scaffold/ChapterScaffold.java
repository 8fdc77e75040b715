package ipweek.scaffold;

import ipweek.source.SiteFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ipweek new chapter}: a chapter file {@code content/handbook/NN-<id>.md} numbered after the last one, and its
 * entry at the end of {@code chapters:} in {@code handbook.yaml} (before the appendices), written in the style of the
 * chapter before it.
 */
final class ChapterScaffold {

    private static final Pattern FILE_NUMBER = Pattern.compile("^(\\d{1,3})-");
    /** A chapter id is a folder under {@code shouce/}, next to the print page's. */
    private static final String RESERVED = "print";

    private final SiteFolder site;

    ChapterScaffold(SiteFolder site) {
        this.site = site;
    }

    Scaffold.Outcome add(String title, Optional<String> slug) {
        Path folder = site.content().resolve("handbook");
        Path book = folder.resolve("handbook.yaml");
        if (!Files.isRegularFile(book)) {
            return new Scaffold.Refused("还没有维权手册：找不到 " + site.rel(book)
                    + "。请先参照 docs/content.md 的“handbook/：维权保护手册”一节写好 handbook.yaml（书名、编印单位和 chapters 列表）。");
        }
        String text = Scaffold.read(book);
        Optional<TopLevelList> found = TopLevelList.find(text, "chapters");
        if (found.isEmpty()) {
            return new Scaffold.Refused(site.rel(book) + " 里没有“chapters:”列表（每章一行，以“- ”开头）。"
                    + "请先写好 chapters，再运行这个命令；或者手工加上：  - {id: …, title: …, file: …}");
        }
        TopLevelList chapters = found.get();
        int number = nextNumber(folder);
        String id = Scaffold.unique(slug.orElse(Scaffold.slugFor(title)), candidate -> candidate.equals(RESERVED)
                || Pattern.compile("\\bid:\\s*[\"']?" + Pattern.quote(candidate) + "[\"']?\\s*(#|$|,|})", Pattern.MULTILINE)
                        .matcher(text).find()
                || Files.exists(folder.resolve(String.format("%02d-%s.md", number, candidate))));
        String fileName = String.format("%02d-%s.md", number, id);
        Path file = folder.resolve(fileName);
        Scaffold.write(file, """
                %s本章正文。不要再写章标题，“第几章”和章名会按 handbook.yaml 自动加上。

                ## 一、第一节的标题

                在这里写正文。段落之间空一行；节标题以“## ”开头，如“## 二、怎样保存证据”；表格、列表、加粗都可以用。
                """.formatted(Scaffold.TO_FILL), false);
        String name = Scaffold.yamlText(title);
        List<String> entry = chapters.flowItems() || chapters.items() == 0
                ? List.of("{id: " + id + ", title: " + name + ", file: " + fileName + "}")
                : List.of("id: " + id, "title: " + name, "file: " + fileName);
        Scaffold.overwrite(book, chapters.withItem(entry));
        return new Scaffold.Created(file, id, List.of(
                "已在 " + site.rel(book) + " 的 chapters 末尾加上这一章（第 " + (chapters.items() + 1) + " 项，排在附录之前）；"
                        + "要调整顺序，移动那一行即可。",
                "请把 " + fileName + " 里标有“" + Scaffold.TO_FILL + "”的占位文字换成正文。"));
    }

    /** One more than the largest number a Markdown file in the handbook folder starts with. */
    private static int nextNumber(Path folder) {
        int max = -1;
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Matcher m = FILE_NUMBER.matcher(p.getFileName().toString());
                if (m.find() && p.getFileName().toString().endsWith(".md")) {
                    max = Math.max(max, Integer.parseInt(m.group(1)));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return max + 1;
    }
}
