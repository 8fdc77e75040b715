package ipweek.bake;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.MediaFile;
import ipweek.model.Thumbnail;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes the thumbnails of raster images ({@link Thumbnail}: 480 pixels wide, same aspect ratio) next to the
 * published originals, with the JDK alone. No imaging library earns its place here: ImageIO reads and writes PNG and
 * JPEG, and the scaling is a plain area average (every source pixel weighted by how much of it a target pixel covers,
 * in premultiplied alpha) done in Java arithmetic rather than by Java2D, whose native loops and rendering hints may
 * differ between machines. So the same image always gives the same bytes, and ImageIO's PNG and JPEG writers add no
 * time stamps.
 *
 * <p>An image ImageIO can size but not decode (a CMYK JPEG, say) gets a copy of itself as its thumbnail: pages still
 * show it at the thumbnail's size, only the file is larger.
 */
final class ThumbnailWriter {

    static final float JPEG_QUALITY = 0.85f;

    private ThumbnailWriter() {
    }

    static void writeAll(Collection<MediaFile> media, Path destination, Diagnostics diagnostics) {
        media.parallelStream().map(Thumbnail::of).flatMap(Optional::stream).forEach(t -> {
            try {
                write(t, destination.resolve(t.output()));
            } catch (IOException | UncheckedIOException e) {
                diagnostics.report(Problem.OUTPUT_FAILED, SourceRef.file("content/" + t.source().source()), "",
                        "缩略图 " + t.output() + "：" + e.getClass().getSimpleName());
            }
        });
    }

    static void write(Thumbnail t, Path target) throws IOException {
        Path source = t.source().path();
        if (Files.isRegularFile(target) && Files.size(target) > 0
                && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(source)) >= 0) {
            return; // a preview folder rebuilt in place: this thumbnail is already up to date
        }
        Files.createDirectories(target.getParent());
        BufferedImage image = ImageIO.read(source.toFile());
        if (image == null) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        boolean jpeg = !t.output().endsWith(".png");
        BufferedImage small = scale(image, t.width(), t.height(), !jpeg && image.getColorModel().hasAlpha());
        Files.write(target, jpeg ? jpeg(small) : png(small));
    }

    /**
     * Area-average scaling to {@code w}×{@code h}, one source row at a time (a large photo is never copied whole):
     * each row is reduced across, then added into the target rows it overlaps.
     */
    static BufferedImage scale(BufferedImage src, int w, int h, boolean alpha) {
        int sw = src.getWidth();
        int sh = src.getHeight();
        Weights across = new Weights(sw, w);
        Weights down = new Weights(sh, h);
        int[] row = new int[sw];
        double[][] pixels = new double[4][sw];
        double[][] reduced = new double[4][w];
        int reducedRow = -1;
        int[] result = new int[w * h];
        double[][] sum = new double[4][w];
        for (int t = 0; t < h; t++) {
            for (double[] channel : sum) {
                java.util.Arrays.fill(channel, 0);
            }
            for (int k = 0; k < down.weights[t].length; k++) {
                int y = down.first[t] + k;
                if (y != reducedRow) {
                    src.getRGB(0, y, sw, 1, row, 0, sw);
                    for (int i = 0; i < sw; i++) {
                        int p = row[i];
                        double a = alpha ? ((p >>> 24) & 0xff) / 255.0 : 1.0;
                        pixels[0][i] = a;
                        pixels[1][i] = ((p >> 16) & 0xff) * a;
                        pixels[2][i] = ((p >> 8) & 0xff) * a;
                        pixels[3][i] = (p & 0xff) * a;
                    }
                    for (int c = 0; c < 4; c++) {
                        for (int x = 0; x < w; x++) {
                            reduced[c][x] = across.apply(pixels[c], x);
                        }
                    }
                    reducedRow = y;
                }
                double weight = down.weights[t][k];
                for (int c = 0; c < 4; c++) {
                    for (int x = 0; x < w; x++) {
                        sum[c][x] += reduced[c][x] * weight;
                    }
                }
            }
            for (int x = 0; x < w; x++) {
                double a = sum[0][x];
                int r = channel(sum[1][x], a);
                int g = channel(sum[2][x], a);
                int b = channel(sum[3][x], a);
                int ai = (int) Math.round(Math.min(1.0, Math.max(0.0, a)) * 255);
                result[t * w + x] = (alpha ? ai << 24 : 0xff000000) | r << 16 | g << 8 | b;
            }
        }
        BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, result, 0, w);
        return out;
    }

    private static int channel(double premultiplied, double alpha) {
        if (alpha <= 0) {
            return 0;
        }
        return (int) Math.max(0, Math.min(255, Math.round(premultiplied / alpha)));
    }

    /** For each target pixel along one axis, the source pixels it covers and how much of each (summing to 1). */
    private static final class Weights {
        private final int[] first;
        private final double[][] weights;

        Weights(int from, int to) {
            first = new int[to];
            weights = new double[to][];
            double scale = (double) from / to;
            for (int t = 0; t < to; t++) {
                double start = t * scale;
                double end = Math.min(from, (t + 1) * scale);
                int i0 = (int) Math.floor(start);
                int i1 = Math.min(from, (int) Math.ceil(end));
                first[t] = i0;
                weights[t] = new double[i1 - i0];
                for (int i = i0; i < i1; i++) {
                    double overlap = Math.min(end, i + 1) - Math.max(start, i);
                    weights[t][i - i0] = overlap / (end - start);
                }
            }
        }

        /** The weighted average for target pixel {@code t} of the source pixels it covers. */
        double apply(double[] data, int t) {
            double sum = 0;
            double[] w = weights[t];
            int base = first[t];
            for (int k = 0; k < w.length; k++) {
                sum += data[base + k] * w[k];
            }
            return sum;
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
