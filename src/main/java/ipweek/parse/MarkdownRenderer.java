package ipweek.parse;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.Markdown;
import ipweek.model.MediaFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Markdown to HTML with one shared flexmark parser and renderer (both thread-safe), so files can be rendered in
 * parallel. Relative links are checked and rewritten to the published location: a link to another article's
 * {@code .md} file becomes a link to its page, an image becomes the published media file with its width and height.
 * Raw HTML is escaped, not passed through: content contributors are not trusted with markup (see README, security).
 */
public final class MarkdownRenderer {

    private static final DataKey<Map<String, MediaFile>> IMAGES = new DataKey<>("IPWEEK_IMAGES", new HashMap<>());

    /** Stands for "a link to an article that is not out yet": rendered as its plain text. */
    private static final String UNPUBLISHED = "\uE001unpublished";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final ParseCache cache;

    public MarkdownRenderer() {
        this(ParseCache.none());
    }

    /** A renderer that reuses what {@code cache} holds from earlier builds. */
    public MarkdownRenderer(ParseCache cache) {
        this.cache = cache;
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create());
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "");
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(TablesExtension.WITH_CAPTION, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new ImageSizes()).build();
    }

    /**
     * Renders {@code markdown}, written in {@code file} (relative to the content folder; {@code siteRel} is the same
     * file relative to the site folder, for messages) starting at {@code firstLine}.
     */
    public Markdown render(String markdown, String file, String siteRel, int firstLine, LinkTargets targets,
                           Diagnostics diagnostics) {
        if (markdown == null || markdown.isBlank()) {
            return Markdown.EMPTY;
        }
        return cache.markdown(markdown, file, siteRel, firstLine, found -> fresh(markdown, file, siteRel, firstLine, targets, found),
                diagnostics);
    }

    private Markdown fresh(String markdown, String file, String siteRel, int firstLine, LinkTargets targets,
                           Diagnostics diagnostics) {
        String plain = PlainParagraphs.html(markdown);
        if (plain != null) {
            return new Markdown(plain); // no links or images to check
        }
        Document document = parser.parse(markdown);
        Map<String, MediaFile> images = new HashMap<>();
        rewrite(document, document, file, siteRel, firstLine, targets, diagnostics, images);
        document.set(IMAGES, images);
        return new Markdown(renderer.render(document));
    }

    /** What this renderer keeps between builds; other steps of the preview's loading keep theirs there too. */
    ParseCache cache() {
        return cache;
    }

    /** flexmark's HTML of {@code markdown}, without the plain-text shortcut or link checks (for tests). */
    String viaFlexmark(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    private void rewrite(Document document, Node node, String file, String siteRel, int firstLine,
                         LinkTargets targets, Diagnostics diagnostics, Map<String, MediaFile> images) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            if (child instanceof LinkNodeBase link && (child instanceof Link || child instanceof Image || child instanceof Reference)) {
                String url = link.getUrl().toString();
                SourceRef where = SourceRef.at(siteRel, firstLine + document.getLineNumber(child.getStartOffset()),
                        column(document, child.getStartOffset()));
                Optional<String> resolved = resolve(url, child instanceof Image, file, where, targets, diagnostics, images);
                if (resolved.isPresent() && resolved.get().equals(UNPUBLISHED) && child instanceof Link) {
                    // keep the words, drop the link until the target is published
                    for (Node inner = child.getFirstChild(); inner != null; ) {
                        Node after = inner.getNext();
                        child.insertBefore(inner);
                        inner = after;
                    }
                    child.unlink();
                    child = next;
                    continue;
                }
                resolved.ifPresent(u -> link.setUrl(BasedSequence.of(u)));
            }
            rewrite(document, child, file, siteRel, firstLine, targets, diagnostics, images);
            child = next;
        }
    }

    private static int column(Document document, int offset) {
        CharSequence chars = document.getChars();
        int start = offset;
        while (start > 0 && chars.charAt(start - 1) != '\n') {
            start--;
        }
        return offset - start + 1;
    }

    private Optional<String> resolve(String url, boolean image, String file, SourceRef where, LinkTargets targets,
                                     Diagnostics diagnostics, Map<String, MediaFile> images) {
        if (url.isEmpty() || url.startsWith("#")) {
            return Optional.empty();
        }
        if (ContentPaths.isUnsafe(url)) {
            diagnostics.report(Problem.URL_UNSAFE, where, "", url);
            return Optional.of("#");
        }
        if (ContentPaths.hasScheme(url) || url.startsWith("//")) {
            return Optional.empty();
        }
        int hash = url.indexOf('#');
        String anchor = hash < 0 ? "" : url.substring(hash);
        String path = hash < 0 ? url : url.substring(0, hash);
        Optional<String> target = ContentPaths.resolve(file, path);
        if (target.isPresent() && !targets.pages().containsKey(target.get()) && !targets.media().containsKey(target.get())
                && !path.startsWith(".")) {
            // Editors often write media paths from the content folder, as in front matter: accept that too.
            Optional<String> fromRoot = ContentPaths.normalise(path);
            if (fromRoot.isPresent() && targets.media().containsKey(fromRoot.get())) {
                target = fromRoot;
            }
        }
        if (target.isEmpty()) {
            diagnostics.report(Problem.PATH_ESCAPES, where, "", url);
            return Optional.of("#");
        }
        Optional<MediaFile> media = targets.media(target.get());
        if (media.isPresent()) {
            String published = Markdown.ROOT + media.get().output();
            if (image) {
                images.put(published, media.get());
            }
            return Optional.of(published);
        }
        Optional<String> page = targets.page(target.get());
        if (page.isPresent() && !image) {
            return Optional.of(Markdown.ROOT + page.get() + anchor);
        }
        if (targets.unpublished().contains(target.get())) {
            diagnostics.report(Problem.LINK_UNPUBLISHED, where, "", url);
            return Optional.of(UNPUBLISHED);
        } else {
            diagnostics.report(image ? Problem.IMAGE_MISSING : Problem.LINK_BROKEN, where, "", url, target.get());
        }
        return Optional.of("#");
    }

    /** Width, height and lazy loading on images whose size is known: no layout shift while a phone loads them. */
    private static final class ImageSizes extends IndependentAttributeProviderFactory {
        @Override
        public com.vladsch.flexmark.html.AttributeProvider apply(LinkResolverContext context) {
            Map<String, MediaFile> images = IMAGES.get(context.getDocument());
            return (node, part, attributes) -> {
                if (node instanceof Image img && part == AttributablePart.NODE) {
                    MediaFile media = images.get(img.getUrl().toString());
                    if (media != null && media.width() > 0) {
                        attributes.addValue("width", Integer.toString(media.width()));
                        attributes.addValue("height", Integer.toString(media.height()));
                    }
                    attributes.addValue("loading", "lazy");
                }
            };
        }
    }
}
