import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * Draws the abstract illustrations of the shipped demo site (淇阳市, a fictional city).
 *
 * <p>Run from the repository root: {@code java tools/DrawDemoImages.java content/media}. It writes the cover
 * images {@code 2026/*.png} (1200×675) and the identity badges {@code identity/conac.png} (110×55) and
 * {@code identity/jiucuo.png} (110×48). The pictures contain no text, because a build machine may have no CJK
 * fonts, and the output is deterministic: fixed seeds, no timestamps, and the PNG writer adds no time chunk.
 */
public final class DrawDemoImages {

    private static final int W = 1200;
    private static final int H = 675;

    private static final Color RED = new Color(0xB5121B);
    private static final Color DARK_RED = new Color(0x7D0C12);
    private static final Color GOLD = new Color(0xE8B04A);
    private static final Color CREAM = new Color(0xFBF3E6);
    private static final Color SAND = new Color(0xEADFCB);
    private static final Color GREEN = new Color(0x3A7D44);
    private static final Color LIGHT_GREEN = new Color(0x9CC98A);
    private static final Color BLUE = new Color(0x2B5D8A);
    private static final Color SKY = new Color(0xD8E8F3);
    private static final Color SLATE = new Color(0x44505C);
    private static final Color GREY = new Color(0xD9D4CC);
    private static final Color WHITE = Color.WHITE;

    private DrawDemoImages() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("用法：java tools/DrawDemoImages.java content/media");
            System.exit(2);
        }
        Path media = Path.of(args[0]);
        Path covers = Files.createDirectories(media.resolve("2026"));
        Path identity = Files.createDirectories(media.resolve("identity"));

        write(covers.resolve("launch.png"), W, H, DrawDemoImages::launchStage);
        write(covers.resolve("press.png"), W, H, DrawDemoImages::pressConference);
        write(covers.resolve("square.png"), W, H, DrawDemoImages::squareTents);
        write(covers.resolve("gi.png"), W, H, DrawDemoImages::fieldsAndLeaf);
        write(covers.resolve("enforcement.png"), W, H, DrawDemoImages::magnifierOverShelf);
        write(covers.resolve("campus.png"), W, H, DrawDemoImages::campusBookAndBulb);
        write(covers.resolve("center.png"), W, H, DrawDemoImages::officeAndShield);
        write(identity.resolve("conac.png"), 110, 55, DrawDemoImages::conacBadge);
        write(identity.resolve("jiucuo.png"), 110, 48, DrawDemoImages::jiucuoBadge);
    }

    private static void write(Path file, int width, int height, Consumer<Graphics2D> painter) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(WHITE);
            g.fillRect(0, 0, width, height);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
        System.out.println("wrote " + file + " (" + width + "×" + height + ")");
    }

    // ---- cover images -------------------------------------------------------------------------------------

    /** 启动仪式：red backdrop, stage, podium, spotlights and rows of audience. */
    private static void launchStage(Graphics2D g) {
        verticalGradient(g, CREAM, SAND);
        // spotlights
        g.setColor(new Color(255, 236, 170, 90));
        for (int x : new int[] {260, 600, 940}) {
            g.fill(new Polygon(new int[] {x - 20, x + 20, x + 170, x - 170}, new int[] {0, 0, 470, 470}, 4));
        }
        // backdrop with gold frame
        g.setColor(GOLD);
        g.fillRect(150, 70, 900, 360);
        g.setPaint(new GradientPaint(0, 80, RED, 0, 420, DARK_RED));
        g.fillRect(162, 82, 876, 336);
        // abstract emblem and banner bars instead of text
        g.setColor(GOLD);
        g.setStroke(new BasicStroke(10f));
        g.draw(new Ellipse2D.Double(540, 120, 120, 120));
        star(g, 600, 180, 40, 16, GOLD);
        g.setColor(new Color(255, 255, 255, 200));
        g.fill(new RoundRectangle2D.Double(330, 275, 540, 30, 15, 15));
        g.fill(new RoundRectangle2D.Double(420, 325, 360, 22, 11, 11));
        // stage
        g.setColor(SLATE);
        g.fill(new Polygon(new int[] {100, 1100, 1160, 40}, new int[] {430, 430, 500, 500}, 4));
        g.setColor(new Color(0x2E363F));
        g.fillRect(40, 500, 1120, 18);
        // podium
        g.setColor(DARK_RED);
        g.fill(new Polygon(new int[] {560, 640, 655, 545}, new int[] {360, 360, 470, 470}, 4));
        g.setColor(GOLD);
        g.fillRect(555, 352, 90, 12);
        // flowers at both ends of the stage
        Random r = new Random(426L);
        for (int cx : new int[] {200, 1000}) {
            g.setColor(GREEN);
            g.fill(new Ellipse2D.Double(cx - 60, 400, 120, 50));
            for (int i = 0; i < 14; i++) {
                g.setColor(i % 3 == 0 ? GOLD : (i % 3 == 1 ? RED : new Color(0xF2C6C2)));
                double x = cx - 50 + r.nextInt(100);
                double y = 385 + r.nextInt(35);
                g.fill(new Ellipse2D.Double(x, y, 20, 20));
            }
        }
        // audience
        audienceRows(g, new Random(2026L), 560, 4);
    }

    /** 新闻发布会：backdrop, table with microphones, and a bar chart. */
    private static void pressConference(Graphics2D g) {
        verticalGradient(g, new Color(0xEEF2F6), GREY);
        // backdrop panel
        g.setPaint(new GradientPaint(0, 60, BLUE, 0, 380, new Color(0x1F4466)));
        g.fill(new RoundRectangle2D.Double(90, 60, 1020, 330, 24, 24));
        g.setColor(RED);
        g.fillRect(90, 330, 1020, 26);
        g.setColor(GOLD);
        g.fillRect(90, 356, 1020, 6);
        // emblem and title bars
        star(g, 210, 150, 48, 20, GOLD);
        g.setColor(new Color(255, 255, 255, 210));
        g.fill(new RoundRectangle2D.Double(290, 120, 420, 28, 14, 14));
        g.fill(new RoundRectangle2D.Double(290, 170, 300, 20, 10, 10));
        // bar chart on the backdrop (data release)
        int[] bars = {70, 105, 90, 150, 190};
        for (int i = 0; i < bars.length; i++) {
            g.setColor(i == bars.length - 1 ? GOLD : new Color(0x8FB3D3));
            g.fillRect(800 + i * 52, 300 - bars[i], 36, bars[i]);
        }
        g.setColor(WHITE);
        g.setStroke(new BasicStroke(3f));
        g.drawLine(790, 300, 1070, 300);
        // table: light top, dark-blue skirt with a red band
        g.setColor(new Color(0xECE7DE));
        g.fillRect(150, 430, 900, 40);
        g.setColor(new Color(0x234A6E));
        g.fillRect(150, 470, 900, 120);
        g.setColor(RED);
        g.fillRect(150, 470, 900, 10);
        // four seats, each with a microphone and a name plate standing on the table
        for (int i = 0; i < 4; i++) {
            int c = 262 + i * 225;
            g.setColor(SLATE);
            g.fill(new Ellipse2D.Double(c - 52, 436, 28, 10));
            g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new java.awt.geom.Line2D.Double(c - 38, 440, c - 18, 380));
            g.fill(new Ellipse2D.Double(c - 31, 362, 26, 26));
            g.setColor(WHITE);
            g.fill(new Polygon(new int[] {c + 4, c + 84, c + 92, c - 4}, new int[] {436, 436, 462, 462}, 4));
            g.setColor(DARK_RED);
            g.fillRect(c + 14, 446, 60, 6);
        }
        // floor
        g.setColor(new Color(0xB9B2A6));
        g.fillRect(0, 590, W, 85);
    }

    /** 广场宣传：sky, trees, a row of red canopy tents with tables, and visitors. */
    private static void squareTents(Graphics2D g) {
        verticalGradient(g, SKY, new Color(0xF4F1EA));
        // distant buildings
        g.setColor(new Color(0xC9D6E0));
        int[] heights = {180, 240, 150, 300, 210, 260, 170, 230};
        for (int i = 0; i < heights.length; i++) {
            g.fillRect(40 + i * 145, 330 - heights[i], 110, heights[i]);
        }
        // ground
        g.setColor(SAND);
        g.fillRect(0, 330, W, 345);
        g.setColor(new Color(0xDCCFB6));
        for (int y = 360; y < H; y += 40) {
            g.drawLine(0, y, W, y);
        }
        // trees
        for (int x : new int[] {40, 1120}) {
            g.setColor(new Color(0x6B4F3A));
            g.fillRect(x + 25, 300, 16, 90);
            g.setColor(GREEN);
            g.fill(new Ellipse2D.Double(x - 20, 200, 110, 120));
            g.setColor(LIGHT_GREEN);
            g.fill(new Ellipse2D.Double(x, 215, 55, 55));
        }
        // tents
        for (int i = 0; i < 5; i++) {
            int x = 150 + i * 185;
            g.setColor(i % 2 == 0 ? RED : DARK_RED);
            g.fill(new Polygon(new int[] {x, x + 160, x + 145, x + 15}, new int[] {300, 300, 250, 250}, 4));
            g.setColor(WHITE);
            g.fillRect(x + 4, 300, 152, 14);
            g.setColor(GREY);
            g.fillRect(x + 8, 314, 6, 110);
            g.fillRect(x + 146, 314, 6, 110);
            // table with leaflets
            g.setColor(new Color(0x3C6E9E));
            g.fillRect(x + 20, 380, 120, 40);
            g.setColor(WHITE);
            g.fillRect(x + 34, 372, 28, 8);
            g.fillRect(x + 84, 372, 38, 8);
        }
        // visitors
        audienceRows(g, new Random(4260L), 470, 3);
    }

    /** 地理标志：rolling fields, a rising sun, a large leaf and an abstract round mark. */
    private static void fieldsAndLeaf(Graphics2D g) {
        verticalGradient(g, new Color(0xFFF6E0), new Color(0xF7E7C4));
        g.setColor(GOLD);
        g.fill(new Ellipse2D.Double(820, 70, 200, 200));
        Color[] bands = {new Color(0xB8D8A0), LIGHT_GREEN, new Color(0x6FAE5E), GREEN, new Color(0x2E6637)};
        for (int i = 0; i < bands.length; i++) {
            int base = 300 + i * 75;
            GeneralPath hill = new GeneralPath();
            hill.moveTo(0, base);
            hill.curveTo(300, base - 90 + i * 10, 700, base + 70, W, base - 40);
            hill.lineTo(W, H);
            hill.lineTo(0, H);
            hill.closePath();
            g.setColor(bands[i]);
            g.fill(hill);
        }
        // furrows on the nearest field
        g.setColor(new Color(255, 255, 255, 60));
        g.setStroke(new BasicStroke(3f));
        for (int i = 0; i < 9; i++) {
            g.draw(new java.awt.geom.QuadCurve2D.Double(i * 150 - 100, H, i * 150 + 40, 560, i * 150 + 200, 520));
        }
        // wheat ears
        for (int s = 0; s < 3; s++) {
            double x0 = 140 + s * 60;
            g.setColor(new Color(0x9C7A2E));
            g.setStroke(new BasicStroke(4f));
            g.draw(new java.awt.geom.Line2D.Double(x0, 600, x0 + 30, 330));
            g.setColor(GOLD);
            for (int k = 0; k < 7; k++) {
                double t = k / 7.0;
                double x = x0 + 30 * (0.45 + 0.55 * t);
                double y = 470 - 140 * t;
                g.fill(rotatedEllipse(x - 14, y, 22, 10, -0.7));
                g.fill(rotatedEllipse(x + 10, y - 6, 22, 10, 0.7));
            }
        }
        // leaf
        GeneralPath leaf = new GeneralPath();
        leaf.moveTo(600, 520);
        leaf.curveTo(470, 430, 500, 250, 700, 200);
        leaf.curveTo(760, 330, 720, 480, 600, 520);
        leaf.closePath();
        g.setColor(new Color(0x2F7A3A));
        g.fill(leaf);
        g.setColor(new Color(0xCFE8C0));
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.QuadCurve2D.Double(600, 520, 640, 360, 700, 200));
        // abstract round mark (not the official GI mark)
        g.setColor(new Color(255, 255, 255, 220));
        g.fill(new Ellipse2D.Double(900, 380, 190, 190));
        g.setColor(RED);
        g.setStroke(new BasicStroke(10f));
        g.draw(new Ellipse2D.Double(915, 395, 160, 160));
        g.setColor(GREEN);
        g.fill(new Polygon(new int[] {935, 975, 995, 1025, 1055}, new int[] {515, 445, 470, 425, 515}, 5));
        g.setColor(GOLD);
        g.fill(new Ellipse2D.Double(1012, 418, 26, 26));
        g.setColor(new Color(0xCFE8C0));
        g.setStroke(new BasicStroke(4f));
        g.draw(new java.awt.geom.QuadCurve2D.Double(940, 505, 995, 485, 1050, 505));
    }

    /** 执法：shelves of boxes under a large magnifier. */
    private static void magnifierOverShelf(Graphics2D g) {
        verticalGradient(g, new Color(0xF1EEE8), new Color(0xE2DCD1));
        Random r = new Random(315L);
        Color[] boxColours = {RED, BLUE, GOLD, new Color(0x6C8F5A), new Color(0xC77D3A), new Color(0x8E6AA8)};
        for (int shelf = 0; shelf < 3; shelf++) {
            int y = 180 + shelf * 160;
            g.setColor(new Color(0x8A7560));
            g.fillRect(80, y + 110, 1040, 14);
            int x = 100;
            while (x < 1080) {
                int w = 60 + r.nextInt(70);
                int h = 60 + r.nextInt(45);
                g.setColor(boxColours[r.nextInt(boxColours.length)]);
                g.fillRect(x, y + 110 - h, w, h);
                g.setColor(new Color(255, 255, 255, 150));
                g.fillRect(x + 10, y + 110 - h + 12, w - 20, 8);
                x += w + 12;
            }
        }
        // magnifier
        g.setColor(new Color(255, 255, 255, 120));
        g.fill(new Ellipse2D.Double(520, 150, 300, 300));
        g.setColor(SLATE);
        g.setStroke(new BasicStroke(30f));
        g.draw(new Ellipse2D.Double(520, 150, 300, 300));
        g.setStroke(new BasicStroke(46f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(790, 420, 920, 560));
        g.setColor(DARK_RED);
        g.setStroke(new BasicStroke(30f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(830, 465, 915, 555));
        // check mark inside the lens
        g.setColor(GREEN);
        g.setStroke(new BasicStroke(22f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D check = new Path2D.Double();
        check.moveTo(600, 300);
        check.lineTo(655, 355);
        check.lineTo(750, 245);
        g.draw(check);
    }

    /** 进校园：a school building, an open book and a light bulb. */
    private static void campusBookAndBulb(Graphics2D g) {
        verticalGradient(g, SKY, new Color(0xEAF2F8));
        g.setColor(LIGHT_GREEN);
        g.fillRect(0, 520, W, 155);
        // school building
        g.setColor(new Color(0xF3E3CF));
        g.fillRect(120, 250, 520, 270);
        g.setColor(RED);
        g.fill(new Polygon(new int[] {100, 380, 660}, new int[] {250, 140, 250}, 3));
        g.setColor(WHITE);
        for (int i = 0; i < 6; i++) {
            g.fillRect(160 + i * 80, 280, 26, 240);
        }
        g.setColor(new Color(0x6B4F3A));
        g.fillRect(345, 420, 70, 100);
        // flag pole
        g.setColor(SLATE);
        g.fillRect(700, 170, 6, 350);
        g.setColor(RED);
        g.fill(new Polygon(new int[] {706, 790, 706}, new int[] {175, 200, 225}, 3));
        // open book
        GeneralPath left = new GeneralPath();
        left.moveTo(760, 560);
        left.curveTo(820, 520, 890, 520, 950, 550);
        left.lineTo(950, 640);
        left.curveTo(890, 610, 820, 610, 760, 650);
        left.closePath();
        GeneralPath right = new GeneralPath();
        right.moveTo(950, 550);
        right.curveTo(1010, 520, 1080, 520, 1140, 560);
        right.lineTo(1140, 650);
        right.curveTo(1080, 610, 1010, 610, 950, 640);
        right.closePath();
        g.setColor(WHITE);
        g.fill(left);
        g.fill(right);
        g.setColor(BLUE);
        g.setStroke(new BasicStroke(4f));
        g.draw(left);
        g.draw(right);
        // light bulb above the book
        g.setColor(new Color(255, 230, 140, 110));
        g.fill(new Ellipse2D.Double(860, 170, 180, 180));
        g.setColor(GOLD);
        g.fill(new Ellipse2D.Double(890, 200, 120, 120));
        g.setColor(SLATE);
        g.fillRect(925, 315, 50, 16);
        g.fillRect(930, 335, 40, 12);
        g.fillRect(938, 351, 24, 10);
        g.setColor(GOLD);
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 8; i++) {
            double a = Math.PI * (1.05 + i * 0.13);
            g.draw(new java.awt.geom.Line2D.Double(950 + Math.cos(a) * 110, 260 + Math.sin(a) * 110,
                    950 + Math.cos(a) * 140, 260 + Math.sin(a) * 140));
        }
    }

    /** 保护中心：an office tower with a shield in front. */
    private static void officeAndShield(Graphics2D g) {
        verticalGradient(g, new Color(0xE4EEF6), new Color(0xF6F3EE));
        // towers
        int[][] towers = {{140, 230, 180}, {360, 120, 260}, {660, 200, 200}, {900, 280, 170}};
        for (int[] t : towers) {
            g.setColor(new Color(0x9DB4C8));
            g.fillRect(t[0], t[1], t[2], 560 - t[1]);
            g.setColor(new Color(0xE9F1F8));
            for (int y = t[1] + 20; y < 540; y += 34) {
                for (int x = t[0] + 16; x < t[0] + t[2] - 20; x += 36) {
                    g.fillRect(x, y, 22, 20);
                }
            }
        }
        g.setColor(new Color(0xCFC6B8));
        g.fillRect(0, 560, W, 115);
        // shield
        GeneralPath shield = new GeneralPath();
        shield.moveTo(600, 250);
        shield.lineTo(740, 300);
        shield.curveTo(740, 450, 680, 540, 600, 590);
        shield.curveTo(520, 540, 460, 450, 460, 300);
        shield.closePath();
        g.setColor(RED);
        g.fill(shield);
        g.setColor(GOLD);
        g.setStroke(new BasicStroke(10f));
        g.draw(shield);
        g.setColor(WHITE);
        g.setStroke(new BasicStroke(24f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D check = new Path2D.Double();
        check.moveTo(540, 420);
        check.lineTo(590, 470);
        check.lineTo(670, 370);
        g.draw(check);
        // shrubs
        Random r = new Random(1426L);
        for (int i = 0; i < 12; i++) {
            int x = 40 + i * 100 + r.nextInt(30);
            g.setColor(i % 2 == 0 ? GREEN : new Color(0x5C9A4E));
            g.fill(new Ellipse2D.Double(x, 540 + r.nextInt(20), 80, 50));
        }
    }

    // ---- identity badges ----------------------------------------------------------------------------------

    /** 党政机关网站标识 stand-in: a red round badge with a white ring and star, and red bars for the words. */
    private static void conacBadge(Graphics2D g) {
        g.setColor(RED);
        g.fill(new Ellipse2D.Double(3, 3, 49, 49));
        g.setColor(WHITE);
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Ellipse2D.Double(8, 8, 39, 39));
        star(g, 27.5, 27.5, 13, 5.5, WHITE);
        g.setColor(RED);
        g.fill(new RoundRectangle2D.Double(58, 12, 48, 10, 4, 4));
        g.fill(new RoundRectangle2D.Double(58, 28, 40, 7, 3, 3));
        g.fill(new RoundRectangle2D.Double(58, 40, 44, 5, 3, 3));
    }

    /** 我为政府网站找错 stand-in: a red rounded tag with a white magnifier and bars. */
    private static void jiucuoBadge(Graphics2D g) {
        g.setColor(RED);
        g.fill(new RoundRectangle2D.Double(1, 1, 108, 46, 12, 12));
        g.setColor(WHITE);
        g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Ellipse2D.Double(10, 9, 22, 22));
        g.draw(new java.awt.geom.Line2D.Double(29, 28, 37, 37));
        g.fill(new RoundRectangle2D.Double(46, 12, 54, 8, 4, 4));
        g.fill(new RoundRectangle2D.Double(46, 27, 40, 6, 3, 3));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static void verticalGradient(Graphics2D g, Color top, Color bottom) {
        g.setPaint(new GradientPaint(0, 0, top, 0, H, bottom));
        g.fillRect(0, 0, W, H);
    }

    /** Rows of simple head-and-shoulder figures seen from behind. */
    private static void audienceRows(Graphics2D g, Random r, int firstRowY, int rows) {
        Color[] coats = {SLATE, new Color(0x2E363F), new Color(0x5A4A42), BLUE, new Color(0x6A6F78)};
        for (int row = 0; row < rows; row++) {
            int y = firstRowY + row * 34;
            int offset = (row % 2) * 30;
            for (int x = 20 + offset; x < W; x += 60) {
                int jitter = r.nextInt(9) - 4;
                g.setColor(coats[r.nextInt(coats.length)]);
                g.fill(new Ellipse2D.Double(x - 24, y + 18 + jitter, 48, 60));
                g.setColor(new Color(0x2B2522));
                g.fill(new Ellipse2D.Double(x - 13, y + jitter, 26, 28));
            }
        }
    }

    private static void star(Graphics2D g, double cx, double cy, double outer, double inner, Color colour) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + Math.cos(angle) * radius;
            double y = cy + Math.sin(angle) * radius;
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        g.setColor(colour);
        g.fill(p);
    }

    private static java.awt.Shape rotatedEllipse(double x, double y, double w, double h, double angle) {
        Ellipse2D e = new Ellipse2D.Double(x - w / 2, y - h / 2, w, h);
        return java.awt.geom.AffineTransform.getRotateInstance(angle, x, y).createTransformedShape(e);
    }
}
