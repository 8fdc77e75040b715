package ipweek.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One text file of the site, decoded to Unicode with {@code \n} line ends and no BOM. {@code rel} is relative to the
 * site folder with forward slashes (what error messages print); {@code path} is where it is on disk.
 */
public record SourceFile(String rel, Path path, String text) {

    public SourceFile {
        Objects.requireNonNull(rel, "rel");
        Objects.requireNonNull(text, "text");
    }

    public List<String> lines() {
        return text.lines().toList();
    }

    public Optional<String> line(int number) {
        List<String> lines = lines();
        return number >= 1 && number <= lines.size() ? Optional.of(lines.get(number - 1)) : Optional.empty();
    }

    /** The file name without its extension. */
    public String stem() {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
