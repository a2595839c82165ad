import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Rollout Planner icon: cohorts of schools as rising bars on a blue-to-teal tile, the last cohort in
 * amber, joined by a rollout arrow. Writes every form the installers need.
 *
 * <p>Run from the repository root: {@code java installer/icon/DrawIcon.java}
 */
public final class DrawIcon {

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(root.resolve("assets"));
        write(draw(256), root.resolve("assets/icon.png"));
        write(draw(1024), root.resolve("assets/icon-1024.png"));
        write(draw(256), root.resolve("installer/linux/rollout-planner.png"));

        Map<Integer, byte[]> ico = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            ico.put(size, png(draw(size)));
        }
        Files.write(root.resolve("installer/windows/rollout-planner.ico"), ico(ico));

        // icns: PNG payloads of the "retina" types (ic07 128, ic08 256, ic09 512, ic10 1024, ic11 32, ic12 64)
        Map<String, byte[]> icns = new LinkedHashMap<>();
        icns.put("ic11", png(draw(32)));
        icns.put("ic12", png(draw(64)));
        icns.put("ic07", png(draw(128)));
        icns.put("ic08", png(draw(256)));
        icns.put("ic09", png(draw(512)));
        icns.put("ic10", png(draw(1024)));
        Files.write(root.resolve("installer/macos/rollout-planner.icns"), icns(icns));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        // tile
        var tile = new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56);
        g.setPaint(new GradientPaint(0, 8, new Color(0x2F4BC7), 0, 248, new Color(0x0F9E95)));
        g.fill(tile);
        g.setPaint(new GradientPaint(0, 8, new Color(255, 255, 255, 40), 0, 128, new Color(255, 255, 255, 0)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 120, 56, 56));

        // baseline
        g.setColor(new Color(255, 255, 255, 110));
        g.fill(new RoundRectangle2D.Double(44, 196, 168, 6, 6, 6));

        // cohorts: rising bars
        double[] heights = {36, 62, 88, 114};
        double x = 52;
        for (int i = 0; i < heights.length; i++) {
            double h = heights[i];
            g.setColor(i == heights.length - 1 ? new Color(0xFFC145) : Color.WHITE);
            g.fill(new RoundRectangle2D.Double(x, 188 - h, 28, h, 12, 12));
            x += 40;
        }

        // rollout arrow over the bars
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(50, 106);
        arrow.curveTo(95, 90, 138, 64, 176, 38);
        g.draw(arrow);
        Path2D head = new Path2D.Double();
        head.moveTo(194, 26);
        head.lineTo(160, 31);
        head.lineTo(183, 57);
        head.closePath();
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.fill(head);
        g.draw(head);
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static void write(BufferedImage img, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, png(img));
    }

    /** A Windows .ico holding PNG images (supported since Windows Vista). */
    static byte[] ico(Map<Integer, byte[]> images) {
        int count = images.size();
        int offset = 6 + 16 * count;
        int total = offset + images.values().stream().mapToInt(b -> b.length).sum();
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buf.putShort((short) 0).putShort((short) 1).putShort((short) count);
        for (var e : images.entrySet()) {
            int s = e.getKey();
            buf.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            buf.putShort((short) 1).putShort((short) 32).putInt(e.getValue().length).putInt(offset);
            offset += e.getValue().length;
        }
        images.values().forEach(buf::put);
        return buf.array();
    }

    /** A macOS .icns holding PNG images. */
    static byte[] icns(Map<String, byte[]> images) throws IOException {
        var body = new ByteArrayOutputStream();
        var out = new DataOutputStream(body);
        for (var e : images.entrySet()) {
            out.writeBytes(e.getKey());
            out.writeInt(8 + e.getValue().length);
            out.write(e.getValue());
        }
        var file = new ByteArrayOutputStream();
        var f = new DataOutputStream(file);
        f.writeBytes("icns");
        f.writeInt(8 + body.size());
        f.write(body.toByteArray());
        return file.toByteArray();
    }
}
