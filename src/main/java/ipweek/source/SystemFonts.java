package ipweek.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the handbook PDF's default font is looked for when {@code handbook.yaml} names none: the TrueType files of
 * LXGW WenKai (霞鹜文楷, SIL OFL 1.1) at the places package managers and users install it. The list is fixed, so a
 * build never depends on what else happens to be installed; tests pass their own.
 */
public record SystemFonts(List<Path> folders) {

    /** The regular and the bold face, by file name. */
    public static final String REGULAR = "LXGWWenKai-Regular.ttf";
    public static final String BOLD = "LXGWWenKai-Bold.ttf";

    public SystemFonts {
        folders = List.copyOf(folders);
    }

    /** Debian/Ubuntu ({@code fonts-lxgw-wenkai}), other Linux layouts, and the macOS and Windows font folders. */
    public static SystemFonts standard() {
        return new SystemFonts(List.of(
                Path.of("/usr/share/fonts/truetype/lxgw-wenkai"),
                Path.of("/usr/share/fonts/truetype/lxgw"),
                Path.of("/usr/share/fonts/lxgw-wenkai"),
                Path.of("/usr/share/fonts/TTF"),
                Path.of("/usr/local/share/fonts"),
                Path.of("/usr/local/share/fonts/lxgw-wenkai"),
                Path.of("/Library/Fonts"),
                Path.of("C:/Windows/Fonts")));
    }

    public Optional<Path> find(String fileName) {
        for (Path folder : folders) {
            if (!folder.isAbsolute()) {
                continue; // C:/Windows/Fonts on Linux
            }
            Path candidate = folder.resolve(fileName);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The folders searched, for the message when nothing was found. */
    public String describe() {
        return String.join("、", folders.stream().map(Path::toString).toList());
    }
}
