package ipweek.model;

import ipweek.diag.SourceRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A geographical-indication product (地理标志产品) of {@code content/gi/<id>.yaml}: where it comes from, how it is
 * protected (one or more regimes), what makes it special, pictures, and the companies approved to use the official
 * mark. {@code file} is its YAML file relative to the content folder.
 */
public record GiProduct(
        String id,
        String name,
        GiCategory category,
        Region location,
        List<GiProtection> protections,
        String originArea,
        List<String> originDetail,
        String coordinates,
        Markdown qualityRequirements,
        Optional<SourceLink> qualitySource,
        Markdown features,
        Markdown history,
        List<AuthorizedUser> authorizedUsers,
        List<GiImage> images,
        List<SourceLink> sources,
        String file,
        SourceRef at) {

    public GiProduct {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(originArea, "originArea");
        if (protections.isEmpty()) {
            throw new IllegalArgumentException("a GI product holds at least one protection: " + id);
        }
        protections = List.copyOf(protections);
        originDetail = List.copyOf(originDetail);
        coordinates = coordinates == null ? "" : coordinates;
        qualityRequirements = qualityRequirements == null ? Markdown.EMPTY : qualityRequirements;
        features = features == null ? Markdown.EMPTY : features;
        history = history == null ? Markdown.EMPTY : history;
        authorizedUsers = List.copyOf(authorizedUsers);
        images = List.copyOf(images);
        sources = List.copyOf(sources);
    }

    /** The regimes it is protected under, each once, in the fixed regime order. */
    public List<GiRegime> regimes() {
        return java.util.Arrays.stream(GiRegime.values())
                .filter(r -> protections.stream().anyMatch(p -> p.regime() == r)).toList();
    }

    public GiProduct withTexts(Markdown quality, Markdown newFeatures, Markdown newHistory) {
        return new GiProduct(id, name, category, location, protections, originArea, originDetail, coordinates, quality,
                qualitySource, newFeatures, newHistory, authorizedUsers, images, sources, file, at);
    }
}
