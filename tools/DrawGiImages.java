import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * Draws the illustrations of the demo site's geographical-indication products (淇阳市, a fictional city): simple
 * pictures of millet fields, hanging noodles, peaches, lotus roots, a stone mill, cattle, honeysuckle and a wicker
 * basket. Kept apart from {@code DrawDemoImages} (the articles' covers) so the two can change independently.
 *
 * <p>Run from the repository root: {@code java tools/DrawGiImages.java content/media}. It writes
 * {@code gi/*.png}, 1200×750 each. No text and no photographs; fixed seeds and no time stamps, so the files are the
 * same on every run.
 */
public final class DrawGiImages {

    private static final int W = 1200;
    private static final int H = 750;

    private static final Color SKY = new Color(0xD9EAF4);
    private static final Color CREAM = new Color(0xFBF3E6);
    private static final Color SAND = new Color(0xEADFCB);
    private static final Color GOLD = new Color(0xE3A72F);
    private static final Color DEEP_GOLD = new Color(0xB9801C);
    private static final Color GREEN = new Color(0x3A7D44);
    private static final Color LEAF = new Color(0x5E9E4E);
    private static final Color LIGHT_GREEN = new Color(0xA9CF8E);
    private static final Color BROWN = new Color(0x7A5230);
    private static final Color DARK_BROWN = new Color(0x4E3420);
    private static final Color RED = new Color(0xC62F2F);
    private static final Color STONE = new Color(0x9A9690);
    private static final Color DARK_STONE = new Color(0x6E6A64);
    private static final Color WHITE = Color.WHITE;

    private DrawGiImages() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("用法：java tools/DrawGiImages.java content/media");
            System.exit(2);
        }
        Path gi = Files.createDirectories(Path.of(args[0]).resolve("gi"));
        write(gi.resolve("fanchuan-xiaomi-1.png"), DrawGiImages::milletTerraces);
        write(gi.resolve("fanchuan-xiaomi-2.png"), DrawGiImages::porridgeBowl);
        write(gi.resolve("anping-fentiao.png"), DrawGiImages::hangingNoodles);
        write(gi.resolve("linhe-youtao.png"), DrawGiImages::peachBranch);
        write(gi.resolve("longhu-lianou.png"), DrawGiImages::lotusRoots);
        write(gi.resolve("qiyang-xiaomo-xiangyou.png"), DrawGiImages::stoneMillAndOil);
        write(gi.resolve("linhe-huangniu.png"), DrawGiImages::cattleOnGrass);
        write(gi.resolve("fanchuan-jinyinhua.png"), DrawGiImages::honeysuckle);
        write(gi.resolve("qibin-liubian.png"), DrawGiImages::wickerBasket);
    }

    private static void write(Path file, Consumer<Graphics2D> painter) throws IOException {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(WHITE);
            g.fillRect(0, 0, W, H);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
        System.out.println("wrote " + file + " (" + W + "×" + H + ")");
    }

    private static void sky(Graphics2D g, Color top, Color bottom, int until) {
        g.setPaint(new GradientPaint(0, 0, top, 0, until, bottom));
        g.fillRect(0, 0, W, until);
    }

    /** 范川小米: terraced hills under a clear sky, rows of drooping golden millet heads in front. */
    private static void milletTerraces(Graphics2D g) {
        sky(g, new Color(0xBFDCEE), CREAM, 420);
        g.setColor(new Color(0xF6D77A));
        g.fill(new Ellipse2D.Double(940, 70, 110, 110));
        // three layers of hills, each with terrace lines
        Color[] hills = {new Color(0xB7C98F), new Color(0xC9B65E), new Color(0xD9AE3F)};
        for (int layer = 0; layer < 3; layer++) {
            int base = 300 + layer * 90;
            GeneralPath hill = new GeneralPath();
            hill.moveTo(0, base + 60);
            for (int x = 0; x <= W; x += 60) {
                hill.lineTo(x, base + 40 * Math.sin((x + layer * 230) / 170.0));
            }
            hill.lineTo(W, H);
            hill.lineTo(0, H);
            hill.closePath();
            g.setColor(hills[layer]);
            g.fill(hill);
            g.setColor(hills[layer].darker());
            g.setStroke(new BasicStroke(2f));
            for (int t = 1; t <= 3; t++) {
                GeneralPath line = new GeneralPath();
                line.moveTo(0, base + t * 22 + 40 * Math.sin(layer * 230 / 170.0));
                for (int x = 0; x <= W; x += 60) {
                    line.lineTo(x, base + t * 22 + 40 * Math.sin((x + layer * 230) / 170.0));
                }
                g.draw(line);
            }
        }
        // millet plants in the foreground
        Random r = new Random(2016L);
        for (int i = 0; i < 26; i++) {
            int x = 20 + i * 46 + r.nextInt(20);
            int top = 520 + r.nextInt(60);
            g.setColor(GREEN);
            g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new QuadCurve2D.Double(x, H, x + 4, top + 60, x + 18, top));
            g.setColor(LEAF);
            g.fill(leaf(x + 4, top + 120, 70, 16, -0.5));
            // drooping head: a curved chain of golden grains
            for (int k = 0; k < 14; k++) {
                double t = k / 13.0;
                double hx = x + 18 + t * 42;
                double hy = top + t * t * 70;
                g.setColor(k % 2 == 0 ? GOLD : DEEP_GOLD);
                g.fill(new Ellipse2D.Double(hx - 9, hy - 9, 18 - t * 6, 18 - t * 6));
            }
        }
    }

    /** 范川小米: a bowl of golden porridge with a layer of rice oil, steam rising, on a wooden table. */
    private static void porridgeBowl(Graphics2D g) {
        sky(g, new Color(0xF3E9D8), new Color(0xE9D8BC), 480);
        // table
        g.setColor(new Color(0xA8744A));
        g.fillRect(0, 480, W, 270);
        g.setColor(new Color(0x8E5F3A));
        for (int y = 510; y < H; y += 46) {
            g.fillRect(0, y, W, 4);
        }
        // cloth under the bowl
        g.setColor(new Color(0xF1E4C8));
        g.fill(new Polygon(new int[] {300, 930, 1010, 220}, new int[] {520, 520, 700, 700}, 4));
        // bowl
        g.setColor(new Color(0x2F5D8A));
        g.fill(new Arc2D.Double(360, 300, 480, 380, 180, 180, Arc2D.CHORD));
        g.setColor(WHITE);
        g.setStroke(new BasicStroke(8f));
        g.draw(new Arc2D.Double(400, 330, 400, 320, 200, 140, Arc2D.OPEN));
        g.setColor(new Color(0x24486B));
        g.fill(new Ellipse2D.Double(520, 650, 160, 34));
        // porridge surface with oil sheen
        g.setColor(GOLD);
        g.fill(new Ellipse2D.Double(370, 455, 460, 90));
        g.setColor(new Color(0xF4C95A));
        g.fill(new Ellipse2D.Double(430, 470, 300, 50));
        g.setColor(new Color(255, 244, 200, 170));
        g.fill(new Ellipse2D.Double(500, 482, 150, 22));
        // spoon
        g.setColor(WHITE);
        g.fill(new RoundRectangle2D.Double(690, 380, 26, 140, 20, 20));
        g.fill(new Ellipse2D.Double(668, 485, 70, 44));
        // steam
        g.setColor(new Color(255, 255, 255, 200));
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 3; i++) {
            int x = 520 + i * 80;
            GeneralPath s = new GeneralPath();
            s.moveTo(x, 430);
            s.curveTo(x - 40, 380, x + 40, 330, x, 270);
            s.curveTo(x - 30, 230, x + 20, 200, x, 160);
            g.draw(s);
        }
    }

    /** 安平红薯粉条: a winter yard with drying racks of pale noodles and a pile of sweet potatoes. */
    private static void hangingNoodles(Graphics2D g) {
        sky(g, new Color(0xCFE3F1), new Color(0xF2F6F8), 560);
        g.setColor(new Color(0xE9ECEE));
        g.fillRect(0, 560, W, 190);
        // distant bare trees
        g.setColor(new Color(0x9AA5AD));
        g.setStroke(new BasicStroke(4f));
        for (int x : new int[] {80, 1110}) {
            g.drawLine(x, 560, x, 300);
            g.drawLine(x, 400, x - 50, 330);
            g.drawLine(x, 380, x + 45, 320);
        }
        // racks: two posts and a bar each, hung with strands
        Random r = new Random(1019L);
        for (int rack = 0; rack < 3; rack++) {
            int left = 160 + rack * 310;
            int top = 170 + rack * 20;
            g.setColor(BROWN);
            g.fillRect(left, top, 14, 560 - top);
            g.fillRect(left + 260, top, 14, 560 - top);
            g.fillRect(left - 10, top, 294, 14);
            for (int i = 0; i < 46; i++) {
                int x = left + 12 + i * 5 + r.nextInt(3);
                int len = 230 + r.nextInt(90);
                g.setColor(i % 3 == 0 ? new Color(0xC9C2B6) : new Color(0xE2DDD3));
                g.setStroke(new BasicStroke(3f));
                g.drawLine(x, top + 14, x + r.nextInt(5) - 2, top + 14 + len);
            }
        }
        // sweet potatoes in a basket on the ground
        g.setColor(DARK_BROWN);
        g.fill(new Arc2D.Double(880, 560, 240, 160, 180, 180, Arc2D.CHORD));
        for (int i = 0; i < 6; i++) {
            g.setColor(i % 2 == 0 ? new Color(0xA23E48) : new Color(0xB8505A));
            g.fill(new Ellipse2D.Double(895 + i * 34, 600 - (i % 2) * 16, 70, 40));
        }
    }

    /** 临河油桃: a branch across the picture with glossy red peaches and long leaves. */
    private static void peachBranch(Graphics2D g) {
        sky(g, new Color(0xCFE6F5), new Color(0xEAF4E4), H);
        g.setColor(LIGHT_GREEN);
        g.fill(new Ellipse2D.Double(-200, 520, 900, 400));
        g.fill(new Ellipse2D.Double(500, 560, 1000, 400));
        g.setColor(DARK_BROWN);
        g.setStroke(new BasicStroke(26f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        GeneralPath branch = new GeneralPath();
        branch.moveTo(-20, 200);
        branch.curveTo(300, 260, 700, 150, 1220, 300);
        g.draw(branch);
        g.setStroke(new BasicStroke(12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new QuadCurve2D.Double(420, 215, 480, 320, 560, 360));
        g.draw(new QuadCurve2D.Double(820, 215, 860, 330, 940, 380));
        double[][] leaves = {{150, 230, -0.9}, {260, 250, 0.6}, {380, 210, -1.2}, {640, 190, 0.8}, {720, 200, -0.6},
            {1000, 250, 0.9}, {1100, 280, -1.0}, {520, 330, 1.4}, {900, 370, -1.3}};
        for (double[] l : leaves) {
            g.setColor(LEAF);
            g.fill(leaf(l[0], l[1], 150, 38, l[2]));
        }
        double[][] peaches = {{300, 300, 120}, {560, 400, 150}, {700, 250, 110}, {940, 430, 140}, {1080, 330, 100}};
        for (double[] p : peaches) {
            double x = p[0];
            double y = p[1];
            double d = p[2];
            g.setPaint(new GradientPaint((float) x, (float) y, new Color(0xE24A3B), (float) (x + d), (float) (y + d), new Color(0x9E1E2A)));
            g.fill(new Ellipse2D.Double(x - d / 2, y - d / 2, d, d * 0.95));
            g.setColor(new Color(0xF6C24B));
            g.fill(new Ellipse2D.Double(x - d / 2 + d * 0.1, y + d * 0.05, d * 0.3, d * 0.25));
            g.setColor(new Color(255, 255, 255, 150));
            g.fill(new Ellipse2D.Double(x - d * 0.25, y - d * 0.32, d * 0.22, d * 0.14));
        }
    }

    /** 龙湖莲藕: round lotus leaves over water and a row of white, jointed lotus roots on the bank. */
    private static void lotusRoots(Graphics2D g) {
        sky(g, new Color(0xCDE5EE), new Color(0x9CC7D8), 470);
        Random r = new Random(2021L);
        for (int i = 0; i < 11; i++) {
            double x = 40 + i * 105 + r.nextInt(30);
            double y = 200 + r.nextInt(170);
            double d = 120 + r.nextInt(70);
            g.setColor(new Color(0x2F7A45));
            g.setStroke(new BasicStroke(6f));
            g.drawLine((int) x, (int) (y + d * 0.2), (int) x + 10, 470);
            g.setColor(i % 2 == 0 ? GREEN : new Color(0x4C9556));
            g.fill(new Ellipse2D.Double(x - d / 2, y - d * 0.3, d, d * 0.55));
            g.setColor(new Color(0x2B6B3B));
            g.setStroke(new BasicStroke(2f));
            for (int k = 0; k < 6; k++) {
                double a = Math.PI * k / 6;
                g.drawLine((int) x, (int) (y - d * 0.025), (int) (x + Math.cos(a) * d * 0.45), (int) (y - d * 0.025 + Math.sin(a) * d * 0.22));
            }
        }
        g.setColor(new Color(0xF2B8C6));
        g.fill(new Ellipse2D.Double(600, 150, 60, 80));
        // mud bank
        g.setColor(new Color(0x8C7358));
        g.fillRect(0, 470, W, 280);
        g.setColor(new Color(0x77614A));
        g.fill(new Ellipse2D.Double(-100, 620, 700, 200));
        // three roots of three segments each
        for (int row = 0; row < 3; row++) {
            double y = 520 + row * 70;
            double x = 140 + row * 60;
            for (int s = 0; s < 3; s++) {
                double len = 230 - s * 20;
                g.setColor(new Color(0xF4EEE3));
                g.fill(new RoundRectangle2D.Double(x, y, len, 58, 58, 58));
                g.setColor(new Color(0xD9CDB8));
                g.fill(new Ellipse2D.Double(x + len - 14, y + 12, 26, 34));
                x += len + 8;
            }
        }
    }

    /** 淇阳小磨香油: a grey stone mill, a glass bottle of amber oil and a bowl of sesame seeds. */
    private static void stoneMillAndOil(Graphics2D g) {
        sky(g, new Color(0xF4ECDD), new Color(0xE6D7BD), 500);
        g.setColor(new Color(0x9C6B43));
        g.fillRect(0, 500, W, 250);
        // mill: base, lower and upper stones, handle
        g.setColor(DARK_STONE);
        g.fill(new Ellipse2D.Double(120, 470, 520, 130));
        g.setColor(STONE);
        g.fillRect(170, 370, 420, 150);
        g.fill(new Ellipse2D.Double(170, 460, 420, 110));
        g.setColor(new Color(0xB3AFA8));
        g.fill(new Ellipse2D.Double(170, 310, 420, 120));
        g.setColor(DARK_STONE);
        g.setStroke(new BasicStroke(3f));
        g.drawLine(170, 440, 590, 440);
        g.fill(new Ellipse2D.Double(360, 345, 40, 30));
        g.setColor(BROWN);
        g.setStroke(new BasicStroke(16f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(560, 380, 680, 300);
        g.drawLine(680, 300, 680, 230);
        // bottle
        g.setColor(new Color(0xEDE6D9));
        g.fill(new RoundRectangle2D.Double(780, 260, 150, 300, 40, 40));
        g.fill(new RoundRectangle2D.Double(825, 170, 60, 110, 20, 20));
        g.setColor(new Color(0xB4621E));
        g.fill(new RoundRectangle2D.Double(792, 320, 126, 228, 30, 30));
        g.setColor(new Color(0xD98A3A));
        g.fill(new RoundRectangle2D.Double(808, 340, 30, 180, 16, 16));
        g.setColor(RED);
        g.fill(new RoundRectangle2D.Double(818, 150, 74, 36, 10, 10));
        // bowl of sesame
        g.setColor(new Color(0x3D5A80));
        g.fill(new Arc2D.Double(960, 470, 200, 170, 180, 180, Arc2D.CHORD));
        Random r = new Random(2022L);
        for (int i = 0; i < 120; i++) {
            double x = 975 + r.nextInt(170);
            double y = 545 + r.nextInt(12) - Math.sin((x - 975) / 170 * Math.PI) * 22;
            g.setColor(i % 4 == 0 ? new Color(0xC9A46A) : new Color(0xF1E3C4));
            g.fill(new Ellipse2D.Double(x, y, 8, 5));
        }
    }

    /** 临河黄牛: two yellow cattle on green grass under a pale sky. */
    private static void cattleOnGrass(Graphics2D g) {
        sky(g, new Color(0xCCE4F2), new Color(0xEEF5E6), 430);
        g.setColor(new Color(0x8DBE6B));
        g.fill(new Ellipse2D.Double(-300, 330, 1000, 300));
        g.setColor(new Color(0x7FB15F));
        g.fill(new Ellipse2D.Double(500, 350, 1100, 300));
        g.setColor(new Color(0x6FA454));
        g.fillRect(0, 450, W, 300);
        cow(g, 210, 380, 1.0, false);
        cow(g, 700, 420, 0.85, true);
        Random r = new Random(2016L);
        g.setColor(new Color(0x4F8A3C));
        g.setStroke(new BasicStroke(3f));
        for (int i = 0; i < 90; i++) {
            int x = r.nextInt(W);
            int y = 600 + r.nextInt(140);
            g.drawLine(x, y, x + r.nextInt(9) - 4, y - 14 - r.nextInt(10));
        }
    }

    private static void cow(Graphics2D g, double x, double y, double s, boolean facingLeft) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.scale(facingLeft ? -s : s, s);
        if (facingLeft) {
            g.translate(-380, 0);
        }
        Color body = new Color(0xC98B3A);
        Color dark = new Color(0x9B6428);
        g.setColor(dark);
        for (int lx : new int[] {40, 80, 230, 270}) {
            g.fill(new RoundRectangle2D.Double(lx, 120, 30, 130, 14, 14));
        }
        g.setColor(body);
        g.fill(new RoundRectangle2D.Double(0, 20, 320, 150, 90, 90));
        g.fill(new Polygon(new int[] {290, 360, 390, 330}, new int[] {40, 10, 110, 130}, 4));
        g.fill(new RoundRectangle2D.Double(320, 0, 90, 120, 50, 50));
        g.setColor(new Color(0xE7C9A0));
        g.fill(new RoundRectangle2D.Double(350, 80, 64, 50, 26, 26));
        g.setColor(new Color(0xF3EBDD));
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new QuadCurve2D.Double(340, 10, 320, -30, 300, -20));
        g.draw(new QuadCurve2D.Double(390, 10, 410, -30, 430, -20));
        g.setColor(DARK_BROWN);
        g.fill(new Ellipse2D.Double(372, 40, 12, 12));
        g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new QuadCurve2D.Double(0, 60, -30, 120, -10, 170));
        g.setTransform(saved);
    }

    /** 范川金银花: pairs of long tubular flowers, white and yellow, among paired green leaves. */
    private static void honeysuckle(Graphics2D g) {
        sky(g, new Color(0xE8F1E2), new Color(0xD3E6CC), H);
        g.setColor(new Color(0x6D8F4E));
        g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        GeneralPath vine = new GeneralPath();
        vine.moveTo(-20, 620);
        vine.curveTo(300, 420, 700, 700, 1220, 360);
        g.draw(vine);
        g.draw(new QuadCurve2D.Double(380, 520, 420, 360, 560, 260));
        g.draw(new QuadCurve2D.Double(820, 520, 860, 360, 980, 200));
        double[][] nodes = {{180, 530}, {330, 470}, {470, 330}, {560, 540}, {700, 560}, {880, 340}, {960, 460}, {1100, 400}};
        Random r = new Random(2017L);
        for (double[] n : nodes) {
            g.setColor(LEAF);
            g.fill(leaf(n[0] - 80, n[1], 110, 40, 0.35));
            g.fill(leaf(n[0] + 80, n[1], 110, 40, -0.35));
            for (int k = 0; k < 2; k++) {
                double angle = -1.2 + k * 0.7 + r.nextDouble() * 0.2;
                Color petal = (k + (int) n[0]) % 2 == 0 ? new Color(0xFBFAF2) : new Color(0xF2CF52);
                flower(g, n[0], n[1], angle, petal);
            }
        }
    }

    private static void flower(Graphics2D g, double x, double y, double angle, Color color) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(angle);
        g.setColor(color);
        g.fill(new RoundRectangle2D.Double(0, -9, 150, 18, 18, 18));
        g.fill(new Ellipse2D.Double(130, -26, 60, 30));
        g.fill(new Ellipse2D.Double(138, 2, 44, 18));
        g.setColor(color.darker());
        g.setStroke(new BasicStroke(2f));
        for (int s = 0; s < 3; s++) {
            g.drawLine(150, -4 + s * 4, 205, -16 + s * 10);
        }
        g.setTransform(saved);
    }

    /** 淇滨柳编: a hand-woven wicker basket with a handle, on a riverbank with willow branches. */
    private static void wickerBasket(Graphics2D g) {
        sky(g, new Color(0xDDEBF0), new Color(0xF2EDE2), 470);
        g.setColor(new Color(0xB7CFA0));
        g.fillRect(0, 470, W, 280);
        // willow branches from the top
        g.setStroke(new BasicStroke(3f));
        Random r = new Random(2019L);
        for (int i = 0; i < 16; i++) {
            int x = 40 + i * 75;
            g.setColor(new Color(0x7EA25B));
            g.draw(new QuadCurve2D.Double(x, 0, x + 20, 120, x - 10, 180 + r.nextInt(120)));
            for (int k = 0; k < 5; k++) {
                g.fill(leaf(x + 4, 40 + k * 36, 34, 9, 1.2));
            }
        }
        // basket body: weave of horizontal bands over vertical stakes
        int left = 360;
        int top = 330;
        int width = 480;
        int height = 270;
        g.setColor(new Color(0xC08A4A));
        g.fill(new Polygon(new int[] {left, left + width, left + width - 50, left + 50},
                new int[] {top, top, top + height, top + height}, 4));
        g.setColor(new Color(0x9A6A33));
        g.setStroke(new BasicStroke(4f));
        for (int k = 0; k <= 12; k++) {
            double t = k / 12.0;
            g.drawLine((int) (left + t * width), top, (int) (left + 50 + t * (width - 100)), top + height);
        }
        for (int row = 0; row < 9; row++) {
            int y = top + 14 + row * 29;
            double inset = 50.0 * (y - top) / height;
            for (int k = 0; k < 12; k++) {
                double x0 = left + inset + k * (width - 2 * inset) / 12;
                g.setColor((row + k) % 2 == 0 ? new Color(0xD9A863) : new Color(0xB47B3C));
                g.fill(new RoundRectangle2D.Double(x0, y - 10, (width - 2 * inset) / 12 + 2, 20, 10, 10));
            }
        }
        g.setColor(new Color(0x8A5A28));
        g.fill(new RoundRectangle2D.Double(left - 12, top - 18, width + 24, 30, 20, 20));
        g.setStroke(new BasicStroke(22f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new QuadCurve2D.Double(left + 60, top - 10, left + width / 2.0, 40, left + width - 60, top - 10));
        g.setColor(new Color(0xD9A863));
        g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new QuadCurve2D.Double(left + 60, top - 10, left + width / 2.0, 40, left + width - 60, top - 10));
    }

    /** A pointed leaf centred on (cx, cy), {@code length} long, rotated by {@code angle} radians. */
    private static java.awt.Shape leaf(double cx, double cy, double length, double width, double angle) {
        GeneralPath p = new GeneralPath();
        p.moveTo(-length / 2, 0);
        p.quadTo(0, -width, length / 2, 0);
        p.quadTo(0, width, -length / 2, 0);
        p.closePath();
        AffineTransform t = new AffineTransform();
        t.translate(cx, cy);
        t.rotate(angle);
        return t.createTransformedShape(p);
    }
}
