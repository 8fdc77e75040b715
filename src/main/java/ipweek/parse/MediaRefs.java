package ipweek.parse;

import ipweek.diag.Problem;
import ipweek.model.Attachment;
import ipweek.model.Image;
import ipweek.model.MediaFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads image and file references of YAML fields, which are paths from the content folder ({@code media/…}). */
public final class MediaRefs {

    private final Map<String, MediaFile> media;

    public MediaRefs(Map<String, MediaFile> media) {
        this.media = media;
    }

    public Map<String, MediaFile> all() {
        return media;
    }

    /** The file {@code key} names, or a report that it is missing or outside the content folder. */
    public Optional<MediaFile> file(Fields f, String key, boolean required, Problem missing) {
        String ref = required ? f.requiredText(key) : f.text(key);
        if (ref == null) {
            return Optional.empty();
        }
        if (ContentPaths.isUnsafe(ref)) {
            f.diagnostics().report(Problem.URL_UNSAFE, f.at(key), f.fieldPath(key), ref);
            return Optional.empty();
        }
        Optional<String> path = ref.startsWith("/") || ref.startsWith("\\") ? Optional.empty() : ContentPaths.normalise(ref);
        if (path.isEmpty()) {
            f.diagnostics().report(Problem.PATH_ESCAPES, f.at(key), f.fieldPath(key), ref);
            return Optional.empty();
        }
        MediaFile file = media.get(path.get());
        if (file == null) {
            f.diagnostics().report(missing, f.at(key), f.fieldPath(key), ref, path.get());
        }
        return Optional.ofNullable(file);
    }

    /** An image mapping {@code {src, alt, credit}}: alt text and credit are required. */
    public Optional<Image> image(Fields f, String key) {
        return f.map(key).flatMap(img -> {
            img.allow("src", "alt", "credit", "license");
            Optional<MediaFile> file = file(img, "src", true, Problem.IMAGE_MISSING);
            String alt = img.text("alt");
            String credit = img.text("credit");
            if (alt == null || alt.isBlank()) {
                img.diagnostics().report(Problem.IMAGE_ALT_MISSING, img.at("alt"), img.fieldPath("alt"));
            }
            if (credit == null || credit.isBlank()) {
                img.diagnostics().report(Problem.IMAGE_CREDIT_MISSING, img.at("credit"), img.fieldPath("credit"));
            }
            if (file.isEmpty() || alt == null || alt.isBlank() || credit == null || credit.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new Image(file.get(), alt, credit, img.at()));
        });
    }

    public List<Attachment> attachments(Fields f, String key) {
        List<Attachment> out = new ArrayList<>();
        for (Fields a : f.maps(key)) {
            a.allow("title", "file");
            String title = a.requiredText("title");
            Optional<MediaFile> file = file(a, "file", true, Problem.ATTACHMENT_MISSING);
            if (title != null && file.isPresent()) {
                out.add(new Attachment(title, file.get(), a.at()));
            }
        }
        return out;
    }
}
