package ipweek.bake;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.MediaFile;
import ipweek.model.Thumbnail;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
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
     * each row is reduced across, then added into the target rows it overlaps. The four channels go through each loop
     * together, each summed in the same order as on its own, so the result does not depend on the loop layout.
     */
    static BufferedImage scale(BufferedImage src, int w, int h, boolean alpha) {
        int sw = src.getWidth();
        Weights across = new Weights(sw, w);
        Weights down = new Weights(src.getHeight(), h);
        SourceRows rows = SourceRows.of(src);
        int[] row = new int[sw];
        double[] pixels = new double[4 * sw];
        double[] reduced = new double[4 * w];
        int reducedRow = -1;
        int[] result = new int[w * h];
        double[] sum = new double[4 * w];
        for (int t = 0; t < h; t++) {
            java.util.Arrays.fill(sum, 0);
            for (int k = 0; k < down.weights[t].length; k++) {
                int y = down.first[t] + k;
                if (y != reducedRow) {
                    rows.read(y, row);
                    unpack(row, alpha, pixels);
                    across.reduce(pixels, reduced);
                    reducedRow = y;
                }
                double weight = down.weights[t][k];
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += reduced[i] * weight;
                }
            }
            for (int x = 0; x < w; x++) {
                double a = sum[4 * x];
                int r = channel(sum[4 * x + 1], a);
                int g = channel(sum[4 * x + 2], a);
                int b = channel(sum[4 * x + 3], a);
                int ai = (int) Math.round(Math.min(1.0, Math.max(0.0, a)) * 255);
                result[t * w + x] = (alpha ? ai << 24 : 0xff000000) | r << 16 | g << 8 | b;
            }
        }
        BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, result, 0, w);
        return out;
    }

    /** ARGB pixels to alpha and premultiplied red, green, blue, four doubles a pixel. */
    private static void unpack(int[] row, boolean alpha, double[] pixels) {
        for (int i = 0; i < row.length; i++) {
            int p = row[i];
            double a = alpha ? ((p >>> 24) & 0xff) / 255.0 : 1.0;
            pixels[4 * i] = a;
            pixels[4 * i + 1] = ((p >> 16) & 0xff) * a;
            pixels[4 * i + 2] = ((p >> 8) & 0xff) * a;
            pixels[4 * i + 3] = (p & 0xff) * a;
        }
    }

    /**
     * Rows of a source image as ARGB ints. {@link BufferedImage#getRGB} converts pixel by pixel through the colour
     * model, more than half of a thumbnail's time; what ImageIO makes of an ordinary PNG or JPEG (8-bit sRGB bytes,
     * alpha not premultiplied) is read straight from the raster instead, giving the same ints.
     */
    interface SourceRows {
        void read(int y, int[] argb);

        static SourceRows of(BufferedImage src) {
            int w = src.getWidth();
            if (src.getColorModel() instanceof ComponentColorModel cm && cm.getColorSpace().isCS_sRGB()
                    && !cm.isAlphaPremultiplied() && cm.getTransferType() == DataBuffer.TYPE_BYTE
                    && java.util.Arrays.stream(cm.getComponentSize()).allMatch(bits -> bits == 8)
                    && (cm.getNumComponents() == 3 || cm.getNumComponents() == 4 && cm.hasAlpha())
                    && src.getRaster().getSampleModel() instanceof ComponentSampleModel sm
                    && src.getRaster().getDataBuffer() instanceof DataBufferByte bytes && bytes.getNumBanks() == 1) {
                byte[] data = bytes.getData();
                int[] band = sm.getBandOffsets();
                int stride = sm.getPixelStride();
                int scanline = sm.getScanlineStride();
                int origin = bytes.getOffset() - src.getRaster().getSampleModelTranslateY() * scanline
                        - src.getRaster().getSampleModelTranslateX() * stride;
                boolean withAlpha = cm.getNumComponents() == 4;
                return (y, argb) -> {
                    int at = origin + y * scanline;
                    for (int x = 0; x < w; x++, at += stride) {
                        int a = withAlpha ? data[at + band[3]] & 0xff : 0xff;
                        argb[x] = a << 24 | (data[at + band[0]] & 0xff) << 16 | (data[at + band[1]] & 0xff) << 8
                                | data[at + band[2]] & 0xff;
                    }
                };
            }
            return (y, argb) -> src.getRGB(0, y, w, 1, argb, 0, w);
        }
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

        /**
         * For every target pixel, the weighted average of the source pixels it covers, channel by channel ({@code
         * source} and {@code target} hold four channels a pixel).
         */
        void reduce(double[] source, double[] target) {
            for (int t = 0; t < first.length; t++) {
                double[] w = weights[t];
                int base = 4 * first[t];
                double s0 = 0;
                double s1 = 0;
                double s2 = 0;
                double s3 = 0;
                for (int k = 0; k < w.length; k++) {
                    int at = base + 4 * k;
                    s0 += source[at] * w[k];
                    s1 += source[at + 1] * w[k];
                    s2 += source[at + 2] * w[k];
                    s3 += source[at + 3] * w[k];
                }
                target[4 * t] = s0;
                target[4 * t + 1] = s1;
                target[4 * t + 2] = s2;
                target[4 * t + 3] = s3;
            }
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
