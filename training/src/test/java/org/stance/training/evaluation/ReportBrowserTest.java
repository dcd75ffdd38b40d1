package org.stance.training.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.stance.core.corpus.Corpus;
import org.stance.core.corpus.CorpusReader;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.corpus.ReadoutStatements;
import org.stance.core.features.SentenceEncoder;
import org.stance.core.model.ArtifactStanceModel;
import org.stance.core.model.ModelArtifacts;
import org.stance.core.party.Gazetteer;
import org.stance.core.readout.ReadoutAnalyzer;

/**
 * Opens a generated report in headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/setup.sh installs) and checks that every chart rendered and the page logged no errors.
 */
class ReportBrowserTest {
    static final Path DATASETS = Path.of("..", "datasets");
    static final Path MODEL = Path.of("..", "core", "src", "test", "resources", "fixtures", "model-v1");
    @TempDir
    static Path dir;
    static ChromeDriver driver;

    @BeforeAll
    static void report() throws Exception {
        Gazetteer g = Gazetteer.load(Corpus.gazetteerFile(DATASETS));
        List<GoldReadout> readouts = new CorpusReader(g).readReadouts(DATASETS.resolve("readouts/dev.jsonl"));
        try (SentenceEncoder encoder = new SentenceEncoder(2, 32)) {
            ArtifactStanceModel model = ModelArtifacts.load(MODEL, encoder);
            ModelEvaluator evaluator = new ModelEvaluator(ReadoutAnalyzer.rules(g));
            ModelEvaluation a = evaluator.evaluate("model A", model, ReadoutStatements.of(readouts), readouts);
            ModelEvaluation b = evaluator.evaluate("model B", model, ReadoutStatements.of(readouts), readouts);
            ReportWriter.write(dir.resolve("out"), "readouts/dev.jsonl", List.of(a, b));
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void everyChartRendersAndThePageLogsNoErrors() {
        Path html = dir.resolve("out/report.html");
        assertTrue(Files.exists(html));
        driver.get(html.toUri().toString());
        JavascriptExecutor js = driver;
        long images = (Long) js.executeScript("return document.images.length");
        long rendered = (Long) js.executeScript(
                "return Array.from(document.images).filter(i => i.complete && i.naturalWidth > 100 && i.naturalHeight > 100).length");
        assertTrue(images >= 13, "charts for two models and their comparison: " + images);
        assertEquals(images, rendered, "every chart rendered");
        String summary = (String) js.executeScript("return document.getElementById('summary').innerText");
        assertTrue(summary.contains("party attribution F1"), summary);
        assertTrue(summary.contains("difference"), summary);
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(severe.isEmpty(), "console errors: " + severe);
    }
}
