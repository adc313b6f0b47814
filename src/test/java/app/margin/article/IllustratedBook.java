package app.margin.article;

import app.margin.article.EpubBuilder.Toc;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Not a test: writes the illustrated book of issue 22's speed figures, an EPUB 3 of 60 chapters, each with two
 * figures (PNG pictures drawn here: a chart over a grainy background, so they do not shrink to nothing, ~48 KB
 * each), emphasis, strong, inline code, internal links (to another chapter's figure and table) and external ones,
 * a nested list, a table with a header row, and a nav table of contents. About 5.8 MB in all, 0.6 MB of it XHTML.
 * The same seed writes the same book.
 *
 * <pre>java -cp target/test-classes:target/classes app.margin.article.IllustratedBook /tmp/illustrated.epub</pre>
 */
public final class IllustratedBook {
    public static final int CHAPTERS = 60;
    static final int FIGURE_WIDTH = 640;
    static final int FIGURE_HEIGHT = 400;
    private static final String[] WORDS = ("the of and to in a is that for it as was with be by on not this are "
            + "or from at which but have an they were there one all their tide current harbour lamp signal "
            + "keeper channel beacon chart depth sounding survey coast reef shoal bearing compass latitude "
            + "instrument measure record season storm station weather pressure vessel").split(" ");

    private IllustratedBook() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/illustrated.epub");
        write(file);
        try {
            System.out.printf(Locale.ROOT, "%s: %.2f MB, %d chapters, %d figures%n", file, Files.size(file) / 1e6,
                    CHAPTERS, 2 * CHAPTERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the book to {@code file} and returns it. */
    public static Path write(Path file) {
        Random random = new Random(22);
        EpubBuilder book = new EpubBuilder().title("An Illustrated Survey of the Coast")
                .identifier("urn:uuid:00000000-0000-4000-8000-000000000022");
        List<Toc> toc = new ArrayList<>();
        for (int c = 1; c <= CHAPTERS; c++) {
            String name = "ch" + c + ".xhtml";
            book.chapter(name, chapter(c, random));
            for (int f = 1; f <= 2; f++) {
                book.picture("images/fig" + c + "-" + f + ".png", picture(random, c, f));
            }
            toc.add(Toc.of("Chapter " + c + ": " + title(c), name));
        }
        return book.toc(toc.toArray(Toc[]::new)).write(file);
    }

    static String title(int chapter) {
        String[] places = {"the Outer Reef", "the North Channel", "Harbour Light", "the Shoals", "Beacon Point"};
        return "Soundings off " + places[chapter % places.length] + " " + ((chapter - 1) / places.length + 1);
    }

    private static String chapter(int c, Random random) {
        int other = c % CHAPTERS + 1;
        StringBuilder s = new StringBuilder();
        s.append("<section id=\"c").append(c).append("\"><h1>Chapter ").append(c).append(": ").append(title(c))
                .append("</h1>\n");
        for (int p = 0; p < 16; p++) {
            s.append("<p>").append(sentence(random)).append("The <em>").append(word(random)).append("</em> reading, ")
                    .append("as in <strong>").append(word(random)).append(" ").append(word(random))
                    .append("</strong>, is kept in <code>log_").append(word(random)).append("()</code>. ")
                    .append(sentence(random));
            if (p == 3) {
                s.append("See <a href=\"ch").append(other).append(".xhtml#fig").append(other).append("-1\">figure ")
                        .append(other).append(".1</a> and <a href=\"#t").append(c).append("\">the table below</a>. ");
            }
            if (p == 7) {
                s.append("The survey office publishes the charts at <a href=\"https://example.org/charts/").append(c)
                        .append("\">example.org</a>. ");
            }
            s.append(sentence(random)).append(sentence(random)).append("</p>\n");
            if (p == 2 || p == 8) {
                int f = p == 2 ? 1 : 2;
                s.append("<figure id=\"fig").append(c).append('-').append(f).append("\"><img src=\"images/fig")
                        .append(c).append('-').append(f).append(".png\" alt=\"Chart of soundings ").append(c)
                        .append('.').append(f).append("\"/><figcaption>Figure ").append(c).append('.').append(f)
                        .append(": ").append(sentence(random)).append("</figcaption></figure>\n");
            }
            if (p == 5) {
                s.append("<ul><li>").append(sentence(random)).append("<ol><li>").append(sentence(random))
                        .append("</li><li>").append(sentence(random)).append("<ul><li>").append(sentence(random))
                        .append("</li></ul></li></ol></li><li>").append(sentence(random)).append("</li></ul>\n");
            }
            if (p == 9) {
                s.append(table(c, random));
            }
        }
        return s.append("</section>").toString();
    }

    private static String table(int c, Random random) {
        StringBuilder s = new StringBuilder("<table id=\"t" + c + "\"><caption>Table " + c + ": soundings by station"
                + "</caption><thead><tr><th>Station</th><th>Depth (m)</th><th>Bottom</th><th>Remark</th></tr>"
                + "</thead><tbody>");
        for (int r = 1; r <= 6; r++) {
            s.append("<tr><td>").append(c).append('-').append(r).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f", 2 + random.nextDouble() * 40)).append("</td><td>")
                    .append(word(random)).append("</td><td>").append(word(random)).append(' ').append(word(random))
                    .append("</td></tr>");
        }
        return s.append("</tbody></table>\n").toString();
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String sentence(Random random) {
        StringBuilder s = new StringBuilder();
        int words = 10 + random.nextInt(16);
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(word(random));
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ". ";
    }

    /** A bar chart with a line over a background with a grain in one pixel of 40, so PNG cannot shrink it to little. */
    static byte[] picture(Random random, int chapter, int figure) {
        BufferedImage image = new BufferedImage(FIGURE_WIDTH, FIGURE_HEIGHT, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[FIGURE_WIDTH];
        for (int y = 0; y < FIGURE_HEIGHT; y++) {
            for (int x = 0; x < FIGURE_WIDTH; x++) {
                int grain = random.nextInt(40) == 0 ? random.nextInt(24) : 12;
                int base = 200 + (x + y) * 30 / (FIGURE_WIDTH + FIGURE_HEIGHT);
                row[x] = (base + grain - 12) << 16 | (base + 10 + grain - 12) << 8 | Math.min(255, base + 25 + grain);
            }
            image.setRGB(0, y, FIGURE_WIDTH, 1, row, 0, FIGURE_WIDTH);
        }
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int bars = 12;
        int width = (FIGURE_WIDTH - 80) / bars;
        int[] tops = new int[bars];
        for (int b = 0; b < bars; b++) {
            int h = 40 + random.nextInt(FIGURE_HEIGHT - 120);
            tops[b] = FIGURE_HEIGHT - 40 - h;
            g.setColor(new Color(40 + 15 * ((b + chapter) % 8), 90 + figure * 40, 160));
            g.fillRect(50 + b * width, tops[b], width - 8, h);
        }
        g.setColor(new Color(180, 40, 40));
        for (int b = 1; b < bars; b++) {
            g.drawLine(46 + (b - 1) * width + width / 2, tops[b - 1] - 10, 46 + b * width + width / 2, tops[b] - 10);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawLine(40, FIGURE_HEIGHT - 40, FIGURE_WIDTH - 20, FIGURE_HEIGHT - 40);
        g.drawLine(40, 20, 40, FIGURE_HEIGHT - 40);
        g.drawString("Figure " + chapter + "." + figure, 50, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
