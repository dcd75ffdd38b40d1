package org.stance.training.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's charts, drawn with XChart; shared by reports and notebooks. */
public final class Charts {
    private static final int W = 620;
    private static final int H = 400;

    private Charts() {
    }

    static {
        System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
    }

    public static XYChart precisionRecall(MultiLabelEvaluation e) {
        XYChart c = xy("Precision-recall curves", "Recall", "Precision");
        e.prCurves().forEach((label, pts) -> {
            if (!pts.isEmpty()) {
                c.addSeries(label, col(pts, 0), col(pts, 1)).setMarker(SeriesMarkers.NONE);
            }
        });
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
        return range(c);
    }

    public static XYChart thresholdSweep(MultiLabelEvaluation e, Map<String, Double> thresholds) {
        XYChart c = xy("F1 by decision threshold (dots: the model's thresholds)", "Threshold", "F1");
        e.sweep().forEach((label, rows) -> c.addSeries(label, col(rows, 0), col(rows, 3)).setMarker(SeriesMarkers.NONE));
        thresholds.forEach((label, t) -> {
            double f1 = e.sweep().get(label).stream().min((a, b) -> Double.compare(Math.abs(a[0] - t), Math.abs(b[0] - t)))
                    .map(r -> r[3]).orElse(0.0);
            c.addSeries(label + " threshold", new double[] {t}, new double[] {f1}).setMarker(SeriesMarkers.CIRCLE)
                    .setShowInLegend(false);
        });
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideS);
        return range(c);
    }

    public static XYChart reliability(MultiLabelEvaluation e) {
        XYChart c = xy(String.format(java.util.Locale.ROOT, "Reliability (ECE %.3f)", e.ece()), "Mean predicted score",
                "Fraction positive");
        c.addSeries("perfect calibration", new double[] {0, 1}, new double[] {0, 1}).setMarker(SeriesMarkers.NONE);
        List<double[]> bins = e.reliability().stream().filter(b -> b[2] > 0).toList();
        c.addSeries("model", col(bins, 0), col(bins, 1)).setMarker(SeriesMarkers.CIRCLE);
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        return range(c);
    }

    public static CategoryChart confusion(MultiLabelEvaluation e) {
        CategoryChart c = new CategoryChartBuilder().width(W).height(H).title("Confusion counts per label")
                .xAxisTitle("Label").yAxisTitle("Statements").build();
        List<String> labels = e.perLabel().stream().map(LabelMetrics::label).toList();
        c.addSeries("true positive", labels, e.perLabel().stream().map(m -> (Number) m.tp()).toList());
        c.addSeries("false positive", labels, e.perLabel().stream().map(m -> (Number) m.fp()).toList());
        c.addSeries("false negative", labels, e.perLabel().stream().map(m -> (Number) m.fn()).toList());
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        return c;
    }

    /** Macro-F1 per group (conflict or party), one series per model. */
    public static CategoryChart breakdown(String title, Map<String, Map<String, double[]>> byModel, int maxGroups) {
        CategoryChart c = new CategoryChartBuilder().width(Math.max(W, 40 * maxGroups)).height(H).title(title)
                .yAxisTitle("Macro-F1").build();
        List<String> groups = new ArrayList<>(byModel.values().iterator().next().keySet());
        groups = groups.subList(0, Math.min(maxGroups, groups.size()));
        for (Map.Entry<String, Map<String, double[]>> m : byModel.entrySet()) {
            List<Number> ys = new ArrayList<>();
            for (String g : groups) {
                double[] v = m.getValue().get(g);
                ys.add(v == null ? 0 : v[0]);
            }
            c.addSeries(m.getKey(), groups, ys);
        }
        c.getStyler().setXAxisLabelRotation(45);
        c.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        return c;
    }

    /** A chart as PNG bytes. */
    public static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A chart as a data URI, so a page embeds it and opens offline. */
    public static String dataUri(Chart<?, ?> chart) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(chart));
    }

    private static XYChart xy(String title, String x, String y) {
        XYChart c = new XYChartBuilder().width(W).height(H).title(title).xAxisTitle(x).yAxisTitle(y).build();
        c.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        return c;
    }

    private static XYChart range(XYChart c) {
        c.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        return c;
    }

    private static double[] col(List<double[]> rows, int k) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i)[k];
        }
        return out;
    }
}
