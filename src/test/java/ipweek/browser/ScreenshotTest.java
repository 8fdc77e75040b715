package ipweek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ipweek.build.BuildOptions;
import ipweek.build.BuildResult;
import ipweek.build.SiteBuild;
import ipweek.source.SiteFolder;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Screenshots of the demo site at phone (375 px) and desktop (1280 px) width in headless Chromium, kept in
 * {@code target/screenshots/} for people to look at. Skipped where Chromium is not installed ({@code .ci/run}
 * installs it).
 */
class ScreenshotTest {

    static final Path SHOTS = Path.of("target/screenshots");
    static final Path SITE = Path.of("target/screenshot-site");
    static Optional<Path> chromium = Chromium.find();

    @BeforeAll
    static void buildDemo() throws Exception {
        if (chromium.isEmpty()) {
            return;
        }
        Files.createDirectories(SHOTS);
        BuildResult r = new SiteBuild(new BuildOptions(new SiteFolder(Path.of(".")), SITE, Optional.empty(), false,
                LocalDate.of(2026, 4, 23))).run();
        assertTrue(!r.failed());
    }

    private static BufferedImage shoot(String page, String name, int width, int height) throws Exception {
        assumeTrue(chromium.isPresent(), "Chromium is not installed");
        Path png = SHOTS.resolve(name + ".png");
        Files.deleteIfExists(png);
        Chromium.screenshot(chromium.get(), SITE.resolve(page), png, width, height);
        assertTrue(Files.isRegularFile(png), "no screenshot for " + page);
        return ImageIO.read(png.toFile());
    }

    @Test
    void homeAtPhoneAndDesktopWidth() throws Exception {
        BufferedImage phone = shoot("index.html", "home-375", 375, 1800);
        assertEquals(375, phone.getWidth());
        assertTrue(notBlank(phone), "the page rendered something");
        assertEquals(1280, shoot("index.html", "home-1280", 1280, 1600).getWidth());
    }

    @Test
    void articleAtPhoneWidth() throws Exception {
        BufferedImage img = shoot("dongtai/2026/2026-launch-ceremony/index.html", "article-375", 375, 2000);
        assertEquals(375, img.getWidth());
        assertTrue(notBlank(img));
    }

    /** Issue 6: the article, a typical case and a GI product at both widths (case and GI pages when the site has them). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "article, dongtai/2026/2026-launch-ceremony/index.html",
        "case, anli/2025-top10-01/index.html",
        "gi, dlbz/anping-fentiao/index.html"})
    void pageAtPhoneAndDesktopWidth(String name, String page) throws Exception {
        assumeTrue(chromium.isPresent(), "Chromium is not installed");
        assumeTrue(Files.isRegularFile(SITE.resolve(page)), "the demo has no " + page);
        BufferedImage phone = shoot(page, name + "-375", 375, 2000);
        assertEquals(375, phone.getWidth());
        assertTrue(notBlank(phone), name);
        BufferedImage desktop = shoot(page, name + "-1280", 1280, 1600);
        assertEquals(1280, desktop.getWidth());
        assertTrue(notBlank(desktop), name);
    }

    /** More than one colour in the top half: a blank or failed page is one colour. */
    private static boolean notBlank(BufferedImage img) {
        int first = img.getRGB(0, 0);
        for (int y = 0; y < img.getHeight() / 2; y += 7) {
            for (int x = 0; x < img.getWidth(); x += 5) {
                if (img.getRGB(x, y) != first) {
                    return true;
                }
            }
        }
        return false;
    }
}
