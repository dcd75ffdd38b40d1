package org.stance.training.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.stance.core.model.ModelManifest;

/**
 * Writes an evaluation as {@code report.html} (self-contained, charts embedded), {@code report.md}
 * and {@code metrics.json}. Everything is written to a temporary folder first and moved into place
 * at the end, so a failure leaves no partial report.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    public static void write(Path out, String dataName, List<ModelEvaluation> models) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, ".report-");
        try {
            ObjectMapper json = ModelManifest.json();
            Files.writeString(tmp.resolve("metrics.json"), json.writeValueAsString(metrics(dataName, models)));
            Files.writeString(tmp.resolve("report.md"), markdown(dataName, models));
            Files.writeString(tmp.resolve("report.html"), html(dataName, models));
            Files.createDirectories(out);
            for (String f : List.of("metrics.json", "report.md", "report.html")) {
                Files.move(tmp.resolve(f), out.resolve(f), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            try (var s = Files.list(tmp)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(tmp);
        }
    }

    static Map<String, Object> metrics(String dataName, List<ModelEvaluation> models) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("data", dataName);
        m.put("created_at", ZonedDateTime.now(ZoneOffset.UTC).toString());
        List<Map<String, Object>> list = new ArrayList<>();
        for (ModelEvaluation e : models) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("model", e.model());
            x.put("statements", e.statements().summary());
            x.put("by_conflict", flat(e.byConflict()));
            x.put("by_party", flat(e.byParty()));
            if (e.readouts() != null) {
                x.put("readouts", e.readouts().summary());
            }
            x.put("worst_errors", e.worstErrors());
            list.add(x);
        }
        m.put("models", list);
        return m;
    }

    private static Map<String, Object> flat(Map<String, double[]> b) {
        Map<String, Object> out = new LinkedHashMap<>();
        b.forEach((k, v) -> out.put(k, Map.of("macro_f1", MultiLabelEvaluation.round(v[0]), "statements", (int) v[1])));
        return out;
    }

    // ---------------------------------------------------------------- markdown

    static String markdown(String dataName, List<ModelEvaluation> models) {
        StringBuilder b = new StringBuilder();
        b.append("# Stance evaluation report\n\nData: `").append(dataName).append("`\n\n");
        b.append("## Summary\n\n");
        markdownTable(b, models);
        for (ModelEvaluation e : models) {
            MultiLabelEvaluation s = e.statements();
            b.append("\n## ").append(e.model()).append("\n\n");
            b.append(String.format(Locale.ROOT, "%d statements. Macro-F1 %.3f (95%% bootstrap interval %.3f to %.3f), "
                            + "micro-F1 %.3f, exact match %.3f, Hamming loss %.3f, ECE %.3f (%.3f before calibration).%n%n",
                    s.statements(), s.macroF1(), s.ci95()[0], s.ci95()[1], s.microF1(), s.exactMatch(), s.hammingLoss(),
                    s.ece(), s.eceUncalibrated()));
            b.append("| label | precision | recall | F1 | support | TP | FP | FN | TN |\n|---|---|---|---|---|---|---|---|---|\n");
            for (LabelMetrics l : s.perLabel()) {
                b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d | %d | %d | %d | %d |%n", l.label(),
                        l.precision(), l.recall(), l.f1(), l.support(), l.tp(), l.fp(), l.fn(), l.tn()));
            }
            if (e.readouts() != null) {
                b.append("\n### Readouts\n\n| figure | value |\n|---|---|\n");
                e.readouts().summary().forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
            }
            b.append("\n### By conflict\n\n| conflict | macro-F1 | statements |\n|---|---|---|\n");
            e.byConflict().forEach((k, v) -> b.append(String.format(Locale.ROOT, "| %s | %.3f | %d |%n", k, v[0], (int) v[1])));
            b.append("\n### By party (5 statements or more)\n\n| party | macro-F1 | statements |\n|---|---|---|\n");
            e.byParty().forEach((k, v) -> b.append(String.format(Locale.ROOT, "| %s | %.3f | %d |%n", k, v[0], (int) v[1])));
            b.append("\n### Worst errors\n\n| statement | gold | predicted | scores |\n|---|---|---|---|\n");
            for (ModelEvaluation.ErrorCase c : e.worstErrors()) {
                b.append("| ").append(c.text().replace("|", "\\|")).append(" | ").append(c.gold()).append(" | ")
                        .append(c.predicted()).append(" | ").append(c.scores()).append(" |\n");
            }
            b.append("\n### Manifest\n\n```json\n").append(manifestJson(e.manifest())).append("\n```\n");
        }
        return b.toString();
    }

    private static void markdownTable(StringBuilder b, List<ModelEvaluation> models) {
        List<String[]> rows = summaryRows(models);
        for (int r = 0; r < rows.size(); r++) {
            b.append("| ").append(String.join(" | ", rows.get(r))).append(" |\n");
            if (r == 0) {
                b.append("|---".repeat(rows.get(0).length)).append("|\n");
            }
        }
    }

    /** Rows of figures, a column per model, and a difference column when two or more models are compared. */
    static List<String[]> summaryRows(List<ModelEvaluation> models) {
        Map<String, Function<ModelEvaluation, Double>> figures = new LinkedHashMap<>();
        figures.put("macro-F1", e -> e.statements().macroF1());
        figures.put("macro-F1 95% low", e -> e.statements().ci95()[0]);
        figures.put("macro-F1 95% high", e -> e.statements().ci95()[1]);
        figures.put("micro-F1", e -> e.statements().microF1());
        for (int l = 0; l < 3; l++) {
            final int k = l;
            figures.put("F1 " + models.get(0).statements().perLabel().get(l).label(), e -> e.statements().perLabel().get(k).f1());
        }
        figures.put("exact match", e -> e.statements().exactMatch());
        figures.put("Hamming loss", e -> e.statements().hammingLoss());
        figures.put("ECE", e -> e.statements().ece());
        if (models.get(0).readouts() != null) {
            figures.put("segmentation boundary F1", e -> e.readouts().boundaryF1());
            figures.put("speaker vs context accuracy", e -> e.readouts().speakerContextAccuracy());
            figures.put("party attribution F1", e -> e.readouts().attributionF1());
            figures.put("per-party label-set F1", e -> e.readouts().labelSetF1());
        }
        List<String[]> rows = new ArrayList<>();
        List<String> head = new ArrayList<>();
        head.add("figure");
        models.forEach(m -> head.add(m.model()));
        if (models.size() > 1) {
            head.add("difference (last - first)");
        }
        rows.add(head.toArray(String[]::new));
        figures.forEach((name, f) -> {
            List<String> row = new ArrayList<>();
            row.add(name);
            models.forEach(m -> row.add(String.format(Locale.ROOT, "%.3f", f.apply(m))));
            if (models.size() > 1) {
                row.add(String.format(Locale.ROOT, "%+.3f", f.apply(models.get(models.size() - 1)) - f.apply(models.get(0))));
            }
            rows.add(row.toArray(String[]::new));
        });
        return rows;
    }

    private static String manifestJson(ModelManifest m) {
        try {
            return ModelManifest.json().writeValueAsString(m);
        } catch (IOException e) {
            return "{}";
        }
    }

    // ---------------------------------------------------------------- html

    static String html(String dataName, List<ModelEvaluation> models) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Stance evaluation</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;color:#222;padding:0 1em}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}")
                .append("th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}")
                .append(".charts{display:flex;flex-wrap:wrap;gap:12px}img.chart{border:1px solid #eee;max-width:100%}")
                .append("pre{background:#f7f7f7;padding:1em;overflow:auto;max-height:400px}.pos{color:#186a3b}.neg{color:#922}")
                .append("</style></head><body>\n");
        b.append("<h1>Stance evaluation report</h1>\n<p>Data: <code>").append(esc(dataName)).append("</code></p>\n");
        b.append("<h2>Summary</h2>\n<table id=\"summary\">");
        List<String[]> rows = summaryRows(models);
        for (int r = 0; r < rows.size(); r++) {
            b.append("<tr>");
            for (int c = 0; c < rows.get(r).length; c++) {
                String v = esc(rows.get(r)[c]);
                if (r == 0) {
                    b.append("<th>").append(v).append("</th>");
                } else {
                    String cls = c == 0 ? "" : " class=\"num" + (v.startsWith("+") && !v.equals("+0.000") ? " pos"
                            : v.startsWith("-") ? " neg" : "") + "\"";
                    b.append("<td").append(cls).append(">").append(v).append("</td>");
                }
            }
            b.append("</tr>");
        }
        b.append("</table>\n");
        if (models.size() > 1) {
            Map<String, Map<String, double[]>> byConflict = new LinkedHashMap<>();
            models.forEach(m -> byConflict.put(m.model(), m.byConflict()));
            b.append(img("chart-compare-conflict", Charts.breakdown("Macro-F1 by conflict, all models", byConflict, 30)));
        }
        int k = 0;
        for (ModelEvaluation e : models) {
            k++;
            MultiLabelEvaluation s = e.statements();
            b.append("<h2 id=\"model-").append(k).append("\">").append(esc(e.model())).append("</h2>\n");
            b.append(String.format(Locale.ROOT, "<p>%d statements. Macro-F1 <b>%.3f</b> (95%% bootstrap interval %.3f to %.3f), "
                            + "micro-F1 %.3f, exact match %.3f, Hamming loss %.3f, expected calibration error %.3f "
                            + "(%.3f before calibration).</p>%n", s.statements(), s.macroF1(), s.ci95()[0], s.ci95()[1],
                    s.microF1(), s.exactMatch(), s.hammingLoss(), s.ece(), s.eceUncalibrated()));
            b.append("<table><tr><th>label</th><th>precision</th><th>recall</th><th>F1</th><th>support</th><th>TP</th><th>FP</th>"
                    + "<th>FN</th><th>TN</th></tr>");
            for (LabelMetrics l : s.perLabel()) {
                b.append(String.format(Locale.ROOT, "<tr><td>%s</td><td class=\"num\">%.3f</td><td class=\"num\">%.3f</td>"
                                + "<td class=\"num\">%.3f</td><td class=\"num\">%d</td><td class=\"num\">%d</td><td class=\"num\">%d</td>"
                                + "<td class=\"num\">%d</td><td class=\"num\">%d</td></tr>", l.label(), l.precision(), l.recall(),
                        l.f1(), l.support(), l.tp(), l.fp(), l.fn(), l.tn()));
            }
            b.append("</table>\n<div class=\"charts\">");
            b.append(img("chart-pr-" + k, Charts.precisionRecall(s)));
            b.append(img("chart-sweep-" + k, Charts.thresholdSweep(s, e.manifest().thresholds())));
            b.append(img("chart-reliability-" + k, Charts.reliability(s)));
            b.append(img("chart-confusion-" + k, Charts.confusion(s)));
            b.append(img("chart-conflict-" + k, Charts.breakdown("Macro-F1 by conflict", Map.of(e.model(), e.byConflict()), 30)));
            if (!e.byParty().isEmpty()) {
                b.append(img("chart-party-" + k, Charts.breakdown("Macro-F1 by party addressed", Map.of(e.model(), e.byParty()), 25)));
            }
            b.append("</div>\n");
            if (e.readouts() != null) {
                b.append("<h3>Readout analysis</h3><table>");
                e.readouts().summary().forEach((name, v) -> b.append("<tr><td>").append(esc(name)).append("</td><td class=\"num\">")
                        .append(esc(String.valueOf(v))).append("</td></tr>"));
                b.append("</table>\n");
            }
            b.append("<h3>By conflict</h3>").append(breakdownTable(e.byConflict(), "conflict"));
            b.append("<h3>By party addressed</h3>").append(breakdownTable(e.byParty(), "party"));
            b.append("<h3>Worst errors</h3><table><tr><th>statement</th><th>conflict</th><th>gold</th><th>predicted</th>"
                    + "<th>scores</th></tr>");
            for (ModelEvaluation.ErrorCase c : e.worstErrors()) {
                b.append("<tr><td>").append(esc(c.text())).append("</td><td>").append(esc(c.conflict())).append("</td><td>")
                        .append(esc(String.join(", ", c.gold()))).append("</td><td>").append(esc(String.join(", ", c.predicted())))
                        .append("</td><td>").append(esc(c.scores().toString())).append("</td></tr>");
            }
            b.append("</table>\n<h3>Manifest and provenance</h3><pre>").append(esc(manifestJson(e.manifest()))).append("</pre>\n");
        }
        b.append("</body></html>\n");
        return b.toString();
    }

    private static String breakdownTable(Map<String, double[]> m, String what) {
        StringBuilder b = new StringBuilder("<table><tr><th>").append(what).append("</th><th>macro-F1</th><th>statements</th></tr>");
        m.forEach((k, v) -> b.append(String.format(Locale.ROOT, "<tr><td>%s</td><td class=\"num\">%.3f</td><td class=\"num\">%d</td></tr>",
                esc(k), v[0], (int) v[1])));
        return b.append("</table>\n").toString();
    }

    private static String img(String id, org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        return "<img class=\"chart\" id=\"" + id + "\" alt=\"" + esc(chart.getTitle()) + "\" src=\"" + Charts.dataUri(chart) + "\">\n";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
