package org.stance.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.common.Image;
import org.dflib.jjava.jupyter.kernel.display.common.Text;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * What cells call to show things; every cell has {@code import static org.stance.kernel.Notebook.*}.
 * An XChart chart displays as a PNG image, whether passed to {@link #display(Object)} or left as a
 * cell's value.
 */
public final class Notebook {
    private static volatile Renderer renderer = standalone();
    private static volatile Consumer<DisplayData> sink = d -> { };

    private Notebook() {
    }

    /** Teaches a renderer to draw XChart charts as PNG, titled in text/plain. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void registerCharts(Renderer r) {
        r.createRegistration(Chart.class).preferring(MIMEType.IMAGE_PNG).supporting(MIMEType.TEXT_PLAIN)
                .register((chart, ctx) -> {
                    Chart<?, ?> c = (Chart<?, ?>) chart;
                    ctx.renderIfRequested(MIMEType.IMAGE_PNG, () -> Base64.getEncoder().encodeToString(png(c)));
                    ctx.renderIfRequested(MIMEType.TEXT_PLAIN, () -> c.getClass().getSimpleName() + ": " + c.getTitle());
                });
    }

    /** A renderer for use without a kernel (tests): charts, text and images. */
    static Renderer standalone() {
        Renderer r = new Renderer();
        registerCharts(r);
        Image.registerAll(r);
        Text.registerAll(r);
        return r;
    }

    /** Where displays go: the kernel publishes them as Jupyter display_data. */
    static void attach(Renderer r, Consumer<DisplayData> displays) {
        renderer = Objects.requireNonNull(r);
        sink = Objects.requireNonNull(displays);
    }

    /** The display data of a value, as the cell's output would show it. */
    public static DisplayData render(Object value) {
        return renderer.render(value);
    }

    /** Shows a value now: a chart as an image, anything else as its text. */
    public static void display(Object value) {
        sink.accept(value instanceof DisplayData d ? d : render(value));
    }

    /** Shows Markdown (with its source as plain text). */
    public static void markdown(String markdown) {
        DisplayData d = new DisplayData(markdown);
        d.putMarkdown(markdown);
        sink.accept(d);
    }

    /** Shows HTML, with a plain-text fallback. */
    public static void html(String html, String plain) {
        DisplayData d = new DisplayData(plain);
        d.putHTML(html);
        sink.accept(d);
    }

    /** Shows a table: an HTML table, and aligned columns as plain text. Cells are shown with toString. */
    public static void table(List<String> header, List<? extends List<?>> rows) {
        List<List<String>> text = new ArrayList<>();
        for (List<?> row : rows) {
            List<String> r = new ArrayList<>();
            row.forEach(v -> r.add(format(v)));
            text.add(r);
        }
        StringBuilder h = new StringBuilder("<table>\n<thead><tr>");
        header.forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : text) {
            h.append("<tr>");
            r.forEach(c -> h.append("<td>").append(escape(c)).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>");
        html(h.toString(), plainTable(header, text));
    }

    /** Numbers to three decimals, everything else with toString. */
    static String format(Object v) {
        if (v instanceof Double || v instanceof Float) {
            return String.format(java.util.Locale.ROOT, "%.3f", ((Number) v).doubleValue());
        }
        return String.valueOf(v);
    }

    private static String plainTable(List<String> header, List<List<String>> rows) {
        int n = header.size();
        for (List<String> r : rows) {
            n = Math.max(n, r.size());
        }
        int[] w = new int[n];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> r : all) {
            for (int i = 0; i < r.size(); i++) {
                w[i] = Math.max(w[i], Math.min(60, r.get(i).length()));
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> r : all) {
            for (int i = 0; i < r.size(); i++) {
                String c = r.get(i);
                c = c.length() > 60 ? c.substring(0, 57) + "..." : c;
                b.append(i == 0 ? "" : "  ").append(c).append(" ".repeat(i == r.size() - 1 ? 0 : w[i] - c.length()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A chart as PNG bytes. */
    public static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
