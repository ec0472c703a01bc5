package rustmem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import rustmem.cli.WebBackend;

/**
 * The web page in Debian's chromium, driven by chromedriver (headless): a tour example traced and stepped through,
 * the stack and heap panels and an arrow's endpoints, a permalink, a compile error at its line, the SVG and
 * standalone HTML downloads. Skipped where chromium is not installed, unless RUSTMEM_BROWSER_TESTS=required (CI).
 * Screenshots of four states go to target/web-screenshots (scripts/web-screenshots.sh copies them into docs/web).
 */
class WebPageTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium"), CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/web-screenshots");
    private static WebServer server;
    private static ChromeDriver driver;
    private static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "required".equals(System.getenv("RUSTMEM_BROWSER_TESTS"))) {
            fail("RUSTMEM_BROWSER_TESTS=required but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "chromium and chromedriver are not installed");
        server = WebServer.start(WebServer.Settings.defaults("127.0.0.1", 0), new WebBackend());
        downloads = Files.createTempDirectory("rustmem-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            "--window-size=1400,900", "--user-data-dir=" + Files.createTempDirectory("rustmem-chromium"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
            "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @BeforeEach
    void open() {
        driver.get(server.url());
        waitFor(() -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> condition.getAsBoolean());
    }

    private static Object js(String script, Object... args) { return ((JavascriptExecutor) driver).executeScript(script, args); }

    private static String text(String id) { return driver.findElement(By.id(id)).getText(); }

    private static void waitForStatus(String part) { waitFor(() -> text("status").contains(part)); }

    /** Picks a tour example from the menu (which traces it) and waits for the trace: its number of steps. */
    private static int traceExample(String name) {
        new Select(driver.findElement(By.id("examples"))).selectByValue(name);
        waitForStatus("after");
        return Integer.parseInt(driver.findElement(By.id("slider")).getDomProperty("max"));
    }

    private static void screenshot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aTourExampleTracedSteppedAndDrawn() throws Exception {
        int steps = traceExample("09_box");
        String status = text("status");
        assertTrue(status.startsWith("exit code 0 after"), status);
        assertTrue(steps >= 4, "steps: " + steps);
        assertTrue(text("step-label").startsWith("step 1 of"), text("step-label"));
        assertTrue(driver.findElement(By.id("stdout")).getText().contains("boxed = 23"));

        // forwards with the button until make_box's frame is on the stack with its Box pointing at 23 on the heap
        String before = text("step-label");
        driver.findElement(By.id("next")).click();
        assertNotEquals(before, text("step-label"));
        assertTrue(text("step-label").startsWith("step 2 of"));
        int guard = 0;
        while (!text("stack").contains("make_box") && guard++ < steps) driver.findElement(By.id("next")).click();
        assertTrue(text("stack").contains("make_box"), text("stack"));
        // backwards with the keyboard
        String at = text("step-label");
        driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_LEFT);
        assertNotEquals(at, text("step-label"));
        driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
        assertEquals(at, text("step-label"));

        // the last step: main's `boxed` holds the Box, its block holds 23, and an arrow joins them
        driver.findElement(By.id("last")).click();
        WebElement slot = driver.findElement(By.cssSelector("#stack .slot[id*='-boxed-']"));
        assertTrue(slot.getText().contains("0x5555"), slot.getText());
        List<WebElement> blocks = driver.findElements(By.cssSelector("#heap .block"));
        WebElement block = blocks.stream().filter(b -> b.getText().contains("i32") && b.getText().contains("23")).findFirst()
            .orElseThrow(() -> new AssertionError("no heap block with 23: " + text("heap")));
        String target = slot.findElement(By.cssSelector(".ptr")).getDomAttribute("data-target");
        assertEquals(block.getDomAttribute("data-addr"), target);
        WebElement arrow = driver.findElement(By.cssSelector("#arrows path.arrow[data-from='" + slot.getDomAttribute("id") + "']"));
        assertEquals(block.getDomAttribute("id"), arrow.getDomAttribute("data-to"));
        // its endpoints: the pointer's dot and the block's left edge, in #memory's coordinates
        @SuppressWarnings("unchecked")
        Map<String, Number> ends = (Map<String, Number>) js("""
            const m = document.getElementById('memory').getBoundingClientRect();
            const d = arguments[0].querySelector('.ptr').getBoundingClientRect(), b = arguments[1].getBoundingClientRect();
            return {x1: d.left + d.width / 2 - m.left, y1: d.top + d.height / 2 - m.top, x2: b.left - 2 - m.left,
                    top: b.top - m.top, bottom: b.bottom - m.top};""", slot, block);
        double x1 = Double.parseDouble(arrow.getDomAttribute("data-x1")), y1 = Double.parseDouble(arrow.getDomAttribute("data-y1"));
        double x2 = Double.parseDouble(arrow.getDomAttribute("data-x2")), y2 = Double.parseDouble(arrow.getDomAttribute("data-y2"));
        assertEquals(ends.get("x1").doubleValue(), x1, 1.0);
        assertEquals(ends.get("y1").doubleValue(), y1, 1.0);
        assertEquals(ends.get("x2").doubleValue(), x2, 1.0);
        assertTrue(y2 >= ends.get("top").doubleValue() && y2 <= ends.get("bottom").doubleValue(), y2 + " outside " + ends);
        assertTrue(arrow.getDomAttribute("d").startsWith("M " + arrow.getDomAttribute("data-x1").replaceFirst("\\.0$", "")));

        // hovering the slot shows its type, address, size and bytes
        new Actions(driver).moveToElement(slot).perform();
        waitFor(() -> driver.findElement(By.id("tooltip")).isDisplayed());
        String tip = text("tooltip");
        assertTrue(tip.contains("boxed: Box<i32>") && tip.contains("size 8 bytes") && tip.contains("address 0x7fff") && tip.contains("bytes "), tip);
        screenshot("trace-box");

        // the SVG of this step
        driver.findElement(By.id("download-svg")).click();
        Path svg = awaitDownload(".svg");
        String picture = Files.readString(svg);
        assertTrue(picture.startsWith("<svg") && picture.contains("boxed"), picture.substring(0, Math.min(200, picture.length())));
    }

    @Test
    void aPermalinkOpensTheProgramAtItsStep() {
        String source = "fn main() {\n    let a = 1;\n    let v = vec![a, 2];\n    let s = String::from(\"x\");\n    println!(\"{v:?}{s}\");\n}\n";
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(source.getBytes(StandardCharsets.UTF_8));
        driver.get(server.url() + "#code=" + code + "&edition=2021&step=3");
        driver.navigate().refresh();
        waitFor(() -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        waitForStatus("after");
        assertEquals(source, js("return window.rustmemEditor.getText();"));
        assertEquals("2021", new Select(driver.findElement(By.id("edition"))).getFirstSelectedOption().getText());
        assertTrue(text("step-label").startsWith("step 3 of"), text("step-label"));
        assertTrue(text("step-label").contains("line 4"), text("step-label"));
        // the current line is highlighted in the editor
        WebElement line = driver.findElement(By.cssSelector(".cm-step-line"));
        assertTrue(line.getText().contains("String::from"), line.getText());
        // stepping updates the link
        driver.findElement(By.id("next")).click();
        assertTrue(driver.getCurrentUrl().contains("step=4"), driver.getCurrentUrl());
    }

    @Test
    void everyStepOfALongRunIsReachedThroughReplay() {
        // more steps than the server sends snapshots for (1,000): the later ones are replayed when shown
        js("window.rustmemEditor.setText(arguments[0]);", "fn main() {\n    let mut v = Vec::new();\n    for i in 0..700u64 {\n"
            + "        v.push(i * 3);\n    }\n    println!(\"{}\", v.len());\n}\n");
        driver.findElement(By.id("trace")).click();
        waitForStatus("after");
        int steps = Integer.parseInt(driver.findElement(By.id("slider")).getDomProperty("max"));
        assertTrue(steps > 1400, "every step is on the slider: " + steps);
        assertFalse(text("status").contains("the first"), text("status"));
        // the steps are the traced program's, even once the editor holds another
        js("window.rustmemEditor.setText(arguments[0]);", "fn main() {}\n");
        driver.findElement(By.id("last")).click();
        waitFor(() -> text("step-label").startsWith("step " + steps + " of " + steps));
        assertTrue(text("step-label").contains("line 7 in main"), text("step-label"));
        waitFor(() -> text("heap").contains("[u64; 700]"));
    }

    @Test
    void aCompileErrorIsShownAtItsLine() throws Exception {
        js("window.rustmemEditor.setText(arguments[0]);", "fn main() {\n    let v = vec![1, 2, 3];\n    let w = v;\n    println!(\"{:?}\", v);\n}\n");
        driver.findElement(By.id("check")).click();
        waitForStatus("error");
        WebElement d = driver.findElement(By.cssSelector("#diagnostics li.error"));
        assertEquals("4", d.getDomAttribute("data-line"));
        assertTrue(d.getText().contains("E0382") && d.getText().contains("borrow of moved value"), d.getText());
        // marked in the editor: the squiggle's text is on line 4
        waitFor(() -> !driver.findElements(By.cssSelector(".cm-lintRange-error")).isEmpty());
        String marked = (String) js("const r = document.querySelector('.cm-lintRange-error'); return r.closest('.cm-line').textContent;");
        assertTrue(marked.contains("println!"), marked);
        screenshot("compile-error");
        // Run says it does not compile
        driver.findElement(By.id("run")).click();
        waitForStatus("does not compile");
    }

    @Test
    void aGrowingVecsOldChunkIsShownFree() throws Exception {
        int steps = traceExample("14_vec_growth");
        // step through until a realloc has moved the buffer: the old chunk is drawn free, the Vec points at the new one
        for (int i = 1; i < steps && driver.findElements(By.cssSelector("#heap .block.free")).isEmpty(); i++) {
            driver.findElement(By.id("next")).click();
        }
        WebElement free = driver.findElement(By.cssSelector("#heap .block.free"));
        assertTrue(free.getText().contains("free chunk"), free.getText());
        String v = driver.findElement(By.cssSelector("#stack .slot[id*='-v-'] .ptr")).getDomAttribute("data-target");
        assertNotEquals(free.getDomAttribute("data-addr"), v, "the Vec points at its new buffer");
        assertFalse(driver.findElements(By.cssSelector("#heap .block:not(.free)[data-addr='" + v + "']")).isEmpty());
        screenshot("vec-growth");
    }

    @Test
    void theLayoutExplorer() throws Exception {
        driver.findElement(By.id("tab-layout")).click();
        driver.findElement(By.id("layout-type")).sendKeys("Option<(u8, char)>");
        driver.findElement(By.id("layout-go")).click();
        waitForStatus(" on x86_64");
        WebElement type = driver.findElement(By.cssSelector("#layout-result .layout-type"));
        assertTrue(type.getText().contains("size 8, align 4"), type.getText());
        assertEquals(8, type.findElements(By.cssSelector(".bytemap .byte")).size());
        assertFalse(type.findElements(By.cssSelector(".bytemap .byte.niche")).isEmpty());
        screenshot("layout");
    }

    @Test
    void theWholeTraceAsAStandalonePage() throws Exception {
        int steps = traceExample("21_rc");
        driver.findElement(By.id("download-html")).click();
        Path html = awaitDownload(".html");
        server.close();   // the page must work without it
        try {
            driver.get(html.toUri().toString());
            waitFor(() -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            assertTrue(driver.findElement(By.tagName("body")).getDomAttribute("class").contains("standalone"));
            assertEquals(steps, Integer.parseInt(driver.findElement(By.id("slider")).getDomProperty("max")));
            driver.findElement(By.id("last")).click();
            assertTrue(text("step-label").startsWith("step " + steps + " of"), text("step-label"));
            assertTrue(text("heap").contains("RcInner"), text("heap"));
            assertFalse(driver.findElement(By.id("run")).isDisplayed(), "no server: Run is hidden");
        } finally {
            server = WebServer.start(WebServer.Settings.defaults("127.0.0.1", 0), new WebBackend());
        }
    }

    /** The file the browser saved last with this ending. */
    private static Path awaitDownload(String ending) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            try (var files = Files.list(downloads)) {
                var found = files.filter(f -> f.toString().endsWith(ending)).findFirst();
                if (found.isPresent() && Files.size(found.get()) > 0) {
                    Path f = found.get();
                    Path kept = Files.createTempFile("rustmem-download", ending);
                    Files.move(f, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    return kept;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + ending + " file was downloaded");
    }
}
