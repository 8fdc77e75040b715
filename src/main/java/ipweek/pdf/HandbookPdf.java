package ipweek.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import ipweek.diag.Diagnostic;
import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.model.Handbook;
import ipweek.model.Paths;
import ipweek.model.Site;
import ipweek.write.PreviousOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Makes the handbook PDF ({@code shouce/<slug>.pdf}) in a built site folder from its print page: the same HTML and
 * CSS a browser prints, laid out by OpenHTMLtoPDF with the handbook's TrueType fonts embedded as subsets. Then the
 * booklet finish (saddle-stitch padding, page labels, bookmarks panel open) and fixed metadata, so the same content
 * always gives the same bytes. Every failure is a build problem; nothing is thrown at the caller.
 */
public final class HandbookPdf {

    /** The file the PDF is made from: the handbook's print page, as built. */
    public static final String SOURCE_PAGE = Paths.file(Paths.handbookPrint());

    /**
     * The font family the print style sheet names first; browsers do not know it and use their own fonts. Its bold
     * face is the handbook's heading font, so headings and bold text share one embedded subset.
     */
    static final String FAMILY = "ipweek-body";

    private static final int MAX_NOTES = 5;

    /**
     * What was written: the file (from the site root), its pages, the blank pages added (both -1 when the published PDF
     * was reused), its size, the time taken, and what a published build records for a later one to reuse it ({@link
     * #RECORD}: the file, the key of its inputs and the files the layout engine read), empty when making it reported
     * problems, which a reused PDF would not report again.
     */
    public record Made(String file, int pages, int padded, long bytes, long millis, String record) {
    }

    /** The name under which a published build records the key of its PDF's inputs ({@link PreviousOutput}). */
    public static final String RECORD = "handbook-pdf";

    private HandbookPdf() {
    }

    /**
     * Writes the PDF of {@code site}'s handbook into {@code folder}, where the site was just built; does nothing when
     * the site has no handbook or its print page is missing (its template failed, which is already reported).
     */
    public static Optional<Made> write(Site site, Path folder, Diagnostics diagnostics) {
        return write(site, folder, diagnostics, PreviousOutput.none());
    }

    /**
     * Like {@link #write(Site, Path, Diagnostics)}, reusing the PDF {@code previous} published when it was made from the
     * same inputs (see {@link #inputsKey}). Making the PDF is most of a small site's build (1.7 of the demo site's 3
     * seconds), and a handbook changes far less often than the news. Only a PDF whose making reported nothing is reused.
     */
    public static Optional<Made> write(Site site, Path folder, Diagnostics diagnostics, PreviousOutput previous) {
        if (site.handbook().isEmpty()) {
            return Optional.empty();
        }
        Handbook handbook = site.handbook().get();
        Path printPage = folder.resolve(SOURCE_PAGE);
        if (!Files.isRegularFile(printPage)) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        String file = Paths.handbookPdf(handbook);
        byte[] page;
        try {
            page = Files.readAllBytes(printPage); // read once: the key, the layout and the document id all use it
        } catch (IOException e) {
            diagnostics.report(Problem.HANDBOOK_PDF_FAILED, handbook.at(), "", e.getClass().getSimpleName() + ": " + e.getMessage());
            return Optional.empty();
        }
        String recorded = previous.recorded(RECORD);
        if (recorded != null) {
            List<String> parts = List.of(recorded.split(" "));
            if (parts.size() >= 2 && parts.get(0).equals(file)
                    && parts.get(1).equals(inputsKey(page, handbook, site, folder, parts.subList(2, parts.size())))
                    && previous.linkedAsPublished(folder.resolve(file))) {
                return Optional.of(new Made(file, -1, -1, size(folder.resolve(file)),
                        (System.nanoTime() - start) / 1_000_000, recorded));
            }
        }
        Diagnostics own = new Diagnostics();
        List<String> resources = new ArrayList<>();
        Optional<Made> made = make(site, handbook, printPage, new String(page, StandardCharsets.UTF_8), folder, file, own, start,
                resources);
        List<Diagnostic> reported = own.sorted();
        diagnostics.addAll(reported);
        String key = reported.isEmpty() ? inputsKey(page, handbook, site, folder, resources) : "";
        String record = key.isEmpty() ? "" : String.join(" ", file, key, String.join(" ", resources)).strip();
        return made.map(m -> new Made(m.file(), m.pages(), m.padded(), m.bytes(), m.millis(), record));
    }

    /** Makes the PDF; {@code resources} receives the site files the layout engine read (see {@link #inputsKey}). */
    private static Optional<Made> make(Site site, Handbook handbook, Path printPage, String html, Path folder, String file,
                                       Diagnostics diagnostics, long start, List<String> resources) {
        try {
            PrintDocument print = PrintDocument.load(html, printPage);
            checkGlyphs(handbook, print.text(), diagnostics);
            Rendered rendered = render(print, html, printPage, folder, handbook, site);
            if (rendered.missing() > 0 && handbook.padding() == Handbook.Padding.NOTES
                    && handbook.binding() == Handbook.Binding.SADDLE_STITCH && print.addNotesPages(rendered.missing())) {
                rendered = render(print, html, printPage, folder, handbook, site); // the notes pages are laid out like the rest
            }
            resources.addAll(rendered.resources());
            reportNotes(handbook, rendered.notes(), diagnostics);
            Files.write(folder.resolve(file), rendered.bytes());
            if (rendered.padded() > 0 && handbook.padding() == Handbook.Padding.AUTO) {
                diagnostics.report(Problem.HANDBOOK_PAGES_PADDED, handbook.bindingAt(), "binding",
                        rendered.pages() - rendered.padded(), rendered.padded(), rendered.pages());
            }
            double mb = rendered.bytes().length / 1024.0 / 1024.0;
            if (mb > handbook.maxPdfMb()) {
                diagnostics.report(Problem.HANDBOOK_PDF_TOO_LARGE, handbook.at(), "max_pdf_mb",
                        String.format(Locale.ROOT, "%.1f", mb), handbook.maxPdfMb());
            }
            return Optional.of(new Made(file, rendered.pages(), rendered.padded(), rendered.bytes().length,
                    (System.nanoTime() - start) / 1_000_000, ""));
        } catch (IOException | RuntimeException e) {
            diagnostics.report(Problem.HANDBOOK_PDF_FAILED, handbook.at(), "",
                    e.getClass().getSimpleName() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * A digest of everything the PDF is made from, or empty when one of them cannot be read. It lands in the published
     * marker file, so it depends on content only (no file times): the print page and every file the layout engine read
     * ({@code resources}: style sheets, images; relative URIs) by their bytes, a font by its size and its first and last
     * 64 KB (two CJK fonts are 30 MB), the code by the CRC-32 of every entry of its jar.
     */
    private static String inputsKey(byte[] printPage, Handbook handbook, Site site, Path folder, List<String> resources) {
        try {
            if (CodeKey.VALUE.isEmpty()) {
                return "";
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(printPage);
            for (String resource : resources) { // style sheets and images, by their bytes in the folder being built
                sha.update(resource.getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(folder.resolve(URI.create(resource).getPath())));
            }
            StringBuilder more = new StringBuilder().append('\n').append(handbook).append('\n').append(site.config().title());
            for (Path font : List.of(handbook.fonts().body().path(), handbook.fonts().heading().path())) {
                more.append('\n').append(fontIdentity(font));
            }
            more.append('\n').append(CodeKey.VALUE).append('\n').append(System.getProperty("java.vm.version"));
            sha.update(more.toString().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (IOException | java.security.NoSuchAlgorithmException | RuntimeException e) {
            return "";
        }
    }

    private static String fontIdentity(Path font) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        long size = Files.size(font);
        try (var channel = java.nio.channels.FileChannel.open(font)) {
            for (long at : new long[] {0, Math.max(0, size - 65536)}) {
                java.nio.ByteBuffer part = java.nio.ByteBuffer.allocate((int) Math.min(65536, size));
                channel.read(part, at);
                crc.update(part.flip());
            }
        }
        return size + ":" + crc.getValue();
    }

    /**
     * The CRC-32s of every entry of the jar this class came from ("classes" when it came from a folder, as in tests;
     * empty when it cannot be read, which makes every key empty): read once, it does not change while the JVM runs.
     */
    private static final class CodeKey {
        static final String VALUE = read();

        private static String read() {
            try {
                Path code = Path.of(HandbookPdf.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(code)) {
                    return "classes";
                }
                long sum = 0;
                try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(code.toFile())) {
                    for (var entries = jar.entries(); entries.hasMoreElements(); ) {
                        var entry = entries.nextElement();
                        sum = sum * 31 + entry.getName().hashCode() * 17L + entry.getCrc();
                    }
                }
                return Long.toHexString(sum);
            } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
                return "";
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * A finished PDF: its bytes and pages, the blank pages added for saddle stitching, how many pages were missing
     * before that, and the layout engine's warnings.
     */
    private record Rendered(byte[] bytes, int pages, int padded, int missing, List<String> notes, List<String> resources) {
    }

    private static Rendered render(PrintDocument print, String html, Path printPage, Path folder, Handbook handbook, Site site)
            throws IOException {
        QuietLog.install();
        Path root = folder.toAbsolutePath().normalize();
        List<String> notes = new ArrayList<>();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withW3cDocument(print.toW3c(), printPage.toUri().toString());
        Handbook.Fonts fonts = handbook.fonts();
        builder.useFont(fonts.body().path().toFile(), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(fonts.heading().path().toFile(), FAMILY, 700, FontStyle.NORMAL, true);
        // Only the built site's own files (style sheet, images): no network, nothing else on the disk.
        java.util.TreeSet<String> read = new java.util.TreeSet<>();
        builder.useExternalResourceAccessControl((uri, type) -> {
            boolean allowed = inside(uri, root);
            if (allowed) {
                read.add(relative(uri, root));
            }
            return allowed;
        },
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("ipweek");
        builder.usePdfUaAccessibility(true);
        builder.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                notes.add(d.getFormattedMessage());
            }
        });
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            try (PDDocument doc = renderer.getPdfDocument()) {
                BlankPages.clear(doc);
                int firstBody = firstChapterPage(doc);
                int missing = (4 - doc.getNumberOfPages() % 4) % 4;
                int padded = handbook.binding() == Handbook.Binding.SADDLE_STITCH ? Booklet.padForSaddleStitch(doc) : 0;
                Booklet.label(doc, firstBody);
                Booklet.openWithBookmarks(doc);
                String title = handbook.title() + (handbook.edition().isEmpty() ? "" : "（" + handbook.edition() + "）");
                Stamp.apply(doc, new Stamp.Info(title, handbook.compiler(), site.config().title(),
                                "知识产权,维权,手册," + handbook.compiler(), handbook.published()),
                        Stamp.digest(html, fontKey(fonts.body().path()), fontKey(fonts.heading().path())));
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                doc.save(out);
                return new Rendered(out.toByteArray(), doc.getNumberOfPages(), padded, missing, notes, List.copyOf(read));
            }
        }
    }

    /** The page the first chapter starts on (0-based), from its bookmark; 0 if there is none. */
    private static int firstChapterPage(PDDocument doc) throws IOException {
        var outline = doc.getDocumentCatalog().getDocumentOutline();
        if (outline == null) {
            return 0;
        }
        for (PDOutlineItem item : outline.children()) {
            if (item.getTitle() != null && item.getTitle().equals("目录")) {
                continue;
            }
            if (item.getDestination() instanceof PDPageDestination dest) {
                int page = dest.retrievePageNumber();
                return Math.max(0, page);
            }
            break;
        }
        return 0;
    }

    /** The file at {@code uri} (inside {@code root}) as a relative URI: no spaces, so records can list them. */
    private static String relative(String uri, Path root) {
        String rel = root.relativize(Path.of(URI.create(uri)).toAbsolutePath().normalize()).toString().replace('\\', '/');
        try {
            return new URI(null, null, rel, null).getRawPath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static boolean inside(String uri, Path root) {
        try {
            URI u = URI.create(uri);
            return "file".equals(u.getScheme()) && Path.of(u).toAbsolutePath().normalize().startsWith(root);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return false;
        }
    }

    private static String fontKey(Path font) throws IOException {
        return font.getFileName() + ":" + Files.size(font);
    }

    private static void checkGlyphs(Handbook handbook, String text, Diagnostics diagnostics) throws IOException {
        Set<Path> seen = new LinkedHashSet<>();
        for (Handbook.FontFile font : List.of(handbook.fonts().body(), handbook.fonts().heading())) {
            if (!seen.add(font.path())) {
                continue;
            }
            Set<String> missing = GlyphCheck.missing(font.path(), text);
            if (!missing.isEmpty()) {
                diagnostics.report(Problem.HANDBOOK_FONT_GLYPHS, handbook.at(), "fonts", font.shownAs(), missing.size(),
                        String.join(" ", missing.stream().limit(20).toList()));
            }
        }
    }

    private static void reportNotes(Handbook handbook, List<String> notes, Diagnostics diagnostics) {
        notes.stream().distinct().sorted().limit(MAX_NOTES)
                .forEach(n -> diagnostics.report(Problem.HANDBOOK_PDF_NOTE, handbook.at(), "", n));
    }
}
