package ipweek.build;

import ipweek.source.SiteFolder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a build was asked to do. {@code today} decides activity status and which scheduled articles are published;
 * fixing it ({@code --today}) makes a build reproducible on any day.
 */
public record BuildOptions(SiteFolder site, Path output, Optional<String> baseUrl, boolean drafts, LocalDate today) {

    public BuildOptions {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(today, "today");
    }
}
