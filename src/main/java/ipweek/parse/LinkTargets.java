package ipweek.parse;

import ipweek.model.MediaFile;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a relative link in content can point at, by its path from the content folder: pages (an article's
 * {@code articles/notice/plan.md} → {@code dongtai/2026/plan/}), media files, and sources that exist but are not
 * published in this build (drafts, scheduled articles).
 */
public record LinkTargets(Map<String, String> pages, Map<String, MediaFile> media, Set<String> unpublished) {

    public LinkTargets {
        pages = Map.copyOf(pages);
        media = Map.copyOf(media);
        unpublished = Set.copyOf(unpublished);
    }

    public Optional<String> page(String contentPath) {
        return Optional.ofNullable(pages.get(contentPath));
    }

    public Optional<MediaFile> media(String contentPath) {
        return Optional.ofNullable(media.get(contentPath));
    }
}
