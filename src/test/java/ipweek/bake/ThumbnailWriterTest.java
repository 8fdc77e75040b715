package ipweek.bake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.model.MediaFile;
import ipweek.model.Thumbnail;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thumbnails: 480 wide, same aspect ratio, averaged colours, and the same bytes every time. */
class ThumbnailWriterTest {

    @TempDir
    Path dir;

    private MediaFile image(String name, int w, int h, boolean alpha) throws Exception {
        BufferedImage img = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, w / 2, h);
        g.setColor(Color.BLUE);
        g.fillRect(w / 2, 0, w - w / 2, h);
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(img, name.endsWith(".png") ? "png" : "jpeg", file.toFile());
        return new MediaFile("media/" + name, "media/" + name, file, Files.size(file), w, h);
    }

    @Test
    void onlyImagesWiderThanTheThumbnailGetOne() throws Exception {
        assertEquals(Optional.empty(), Thumbnail.of(image("small.png", 480, 300, false)));
        Thumbnail t = Thumbnail.of(image("wide.png", 1200, 750, false)).orElseThrow();
        assertEquals("media/wide.w480.png", t.output());
        assertEquals(480, t.width());
        assertEquals(300, t.height());
        assertEquals(Optional.empty(), Thumbnail.of(new MediaFile("media/a.svg", "media/a.svg", dir, 10, 0, 0)));
    }

    @Test
    void writesTheSizeThePlanPromisedWithAveragedColours() throws Exception {
        Thumbnail t = Thumbnail.of(image("photo.jpg", 1000, 333, false)).orElseThrow();
        Path out = dir.resolve("out").resolve(t.output());
        ThumbnailWriter.write(t, out);
        BufferedImage small = ImageIO.read(out.toFile());
        assertEquals(480, small.getWidth());
        assertEquals(160, small.getHeight());
        Color left = new Color(small.getRGB(10, 80));
        Color right = new Color(small.getRGB(470, 80));
        assertTrue(left.getRed() > 200 && left.getBlue() < 60, left.toString());
        assertTrue(right.getBlue() > 200 && right.getRed() < 60, right.toString());
    }

    @Test
    void keepsTransparencyOfPng() throws Exception {
        Thumbnail t = Thumbnail.of(image("logo.png", 960, 960, true)).orElseThrow();
        BufferedImage small = ThumbnailWriter.scale(ImageIO.read(t.source().path().toFile()), 480, 480, true);
        assertEquals(255, small.getRGB(5, 5) >>> 24);
        assertEquals(BufferedImage.TYPE_INT_ARGB, small.getType());
    }

    @Test
    void sameImageGivesTheSameBytes() throws Exception {
        Thumbnail t = Thumbnail.of(image("same.png", 1111, 777, false)).orElseThrow();
        Path a = dir.resolve("a").resolve(t.output());
        Path b = dir.resolve("b").resolve(t.output());
        ThumbnailWriter.write(t, a);
        ThumbnailWriter.write(t, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void rowsReadFromTheRasterAreTheColoursGetRgbGives() throws Exception {
        java.util.Random random = new java.util.Random(7);
        for (String name : new String[] {"rgb.png", "argb.png", "photo.jpg"}) {
            BufferedImage drawn = new BufferedImage(37, 11,
                    name.startsWith("argb") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < drawn.getHeight(); y++) {
                for (int x = 0; x < drawn.getWidth(); x++) {
                    drawn.setRGB(x, y, random.nextInt());
                }
            }
            Path file = dir.resolve(name);
            ImageIO.write(drawn, name.endsWith(".png") ? "png" : "jpeg", file.toFile());
            BufferedImage read = ImageIO.read(file.toFile());
            // what ImageIO returns for these files, and a window into it whose raster starts elsewhere
            for (BufferedImage image : new BufferedImage[] {read, read.getSubimage(3, 2, 30, 8)}) {
                int w = image.getWidth();
                int[] expected = new int[w];
                int[] actual = new int[w];
                ThumbnailWriter.SourceRows rows = ThumbnailWriter.SourceRows.of(image);
                for (int y = 0; y < image.getHeight(); y++) {
                    image.getRGB(0, y, w, 1, expected, 0, w);
                    rows.read(y, actual);
                    assertArrayEquals(expected, actual, name + " type " + image.getType() + " row " + y);
                }
            }
        }
    }
}
