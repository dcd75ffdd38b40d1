package org.stance.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cells through the JShell evaluator, as the kernel runs them, without a Jupyter connection. */
class CellEvaluatorTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};
    private static CellEvaluator cells;
    private static final List<DisplayData> displayed = new ArrayList<>();

    @BeforeAll
    static void start() {
        System.setProperty("java.awt.headless", "true");
        Notebook.attach(Notebook.standalone(), displayed::add);
        cells = new CellEvaluator(System.getProperty("java.class.path"));
    }

    @AfterAll
    static void stop() {
        cells.close();
    }

    @Test
    void aCellsValueIsItsLastExpression() {
        assertEquals(3, cells.eval("1 + 2").value());
        CellEvaluator.Result r = cells.eval("int twenty = 20;\nint twice(int x) { return 2 * x; }\ntwice(twenty)");
        assertTrue(r.present());
        assertEquals(40, r.value());
        assertEquals("[1, 2]", cells.eval("List.of(1, 2).toString()").value(), "java.util is imported");
    }

    @Test
    void aSemicolonAfterTheLastExpressionHidesItsValue() {
        assertFalse(cells.eval("1 + 2;").present());
        assertFalse(cells.eval("System.out.printf(\"%s\", \"\");").present(), "printf returns a PrintStream");
        assertEquals(3, cells.eval("int three = 3;\nthree").value());
    }

    @Test
    void statementsAndDeclarationsHaveNoValue() {
        assertFalse(cells.eval("var words = List.of(\"a\", \"b\");").present());
        assertFalse(cells.eval("int n = words.size();").present());
        assertEquals(2, cells.eval("n").value());
    }

    @Test
    void stdoutIsTheProcessStdout() {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            cells.eval("System.out.println(\"hello from a cell\");");
        } finally {
            System.setOut(old);
        }
        assertEquals("hello from a cell", buf.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void projectClassesAreImportable() {
        cells.eval("import org.stance.core.StanceLabel;");
        assertEquals(List.of("de-escalatory", "accusatory", "condolence"), cells.eval("StanceLabel.ids()").value());
    }

    @Test
    void aCompileErrorNamesTheLineAndStopsTheCell() {
        CellException e = assertThrows(CellException.class,
                () -> cells.eval("int ok = 1;\nString s = 42;\nint never = 3;"));
        assertInstanceOf(CellException.CompileError.class, e);
        assertTrue(e.getMessage().startsWith("line 2: incompatible types"), e.getMessage());
        assertTrue(e.traceback().stream().anyMatch(l -> l.contains("String s = 42;")), e.traceback().toString());
        assertThrows(CellException.class, () -> cells.eval("never"), "snippets after the error did not run");
        assertEquals(1, cells.eval("ok").value(), "snippets before it did");
    }

    @Test
    void anExceptionIsAnErrorWithItsClassAndStack() {
        CellException e = assertThrows(CellException.class, () -> cells.eval(
                "void fail(String why) { throw new IllegalStateException(why); }\nfail(\"boom\");\nint after = 1;"));
        CellException.EvalError ee = assertInstanceOf(CellException.EvalError.class, e);
        assertEquals("java.lang.IllegalStateException", ee.exceptionClass());
        assertEquals("java.lang.IllegalStateException: boom", e.getMessage());
        assertEquals("java.lang.IllegalStateException: boom", e.traceback().get(0));
        assertTrue(e.traceback().stream().anyMatch(l -> l.contains("at cell: fail()")), e.traceback().toString());
        assertThrows(CellException.class, () -> cells.eval("after"));
    }

    @Test
    void incompleteInputIsAnError() {
        CellException e = assertThrows(CellException.class, () -> cells.eval("for (int i = 0; i < 3; i++) {"));
        assertTrue(e.getMessage().startsWith("incomplete input at line 1"), e.getMessage());
        assertEquals("incomplete", cells.completeness("for (int i = 0; i < 3; i++) {"));
        assertEquals("complete", cells.completeness("int a = 1;\na + 1"));
    }

    @Test
    void aChartDisplaysAsPng() {
        cells.eval("""
                import org.knowm.xchart.XYChartBuilder;
                var chart = new XYChartBuilder().width(300).height(200).title("Squares").build();
                chart.addSeries("x squared", new double[] {0, 1, 2, 3}, new double[] {0, 1, 4, 9});
                """);
        displayed.clear();
        assertFalse(cells.eval("display(chart);").present());
        assertEquals(1, displayed.size());
        assertPng(displayed.get(0));
        assertEquals("XYChart: Squares", displayed.get(0).getData(MIMEType.TEXT_PLAIN));

        Object value = cells.eval("chart").value();
        assertPng(Notebook.render(value));
    }

    @Test
    void tablesAndMarkdownDisplay() {
        displayed.clear();
        cells.eval("table(List.of(\"label\", \"f1\"), List.of(List.of(\"accusatory\", 0.81234), List.of(\"<none>\", 1)));\n"
                + "markdown(\"**bold**\");");
        assertEquals(2, displayed.size());
        String html = (String) displayed.get(0).getData(MIMEType.TEXT_HTML);
        assertTrue(html.contains("<td>0.812</td>") && html.contains("&lt;none&gt;"), html);
        assertTrue(((String) displayed.get(0).getData(MIMEType.TEXT_PLAIN)).startsWith("label"));
        assertEquals("**bold**", displayed.get(1).getData(MIMEType.TEXT_MARKDOWN));
    }

    @Test
    void aLoopingCellCanBeInterrupted() throws Exception {
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
            cells.interrupt();
        });
        stopper.start();
        CellException e = assertThrows(CellException.class, () -> cells.eval("while (true) { Thread.onSpinWait(); }"));
        stopper.join();
        assertEquals("interrupted", e.getMessage());
        assertFalse(cells.eval("int seven() { return 7; }").present(), "a declaration after an interrupt is fine");
        assertEquals(7, cells.eval("seven()").value(), "the kernel goes on after an interrupt");
    }

    private static void assertPng(DisplayData d) {
        Object data = d.getData(MIMEType.IMAGE_PNG);
        assertInstanceOf(String.class, data, "image/png is base64 text");
        byte[] png = Base64.getDecoder().decode((String) data);
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(png, 4));
        assertTrue(png.length > 1000, "a drawn chart, not an empty image");
    }
}
