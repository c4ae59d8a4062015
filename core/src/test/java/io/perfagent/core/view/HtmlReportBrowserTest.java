package io.perfagent.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium and checks that something was drawn and nothing complained. Skipped
 * when Chromium is not installed, unless PERFAGENT_TEST_REQUIRE_CHROMIUM=1 (CI sets it so the check cannot silently
 * vanish).
 */
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void rendersInHeadlessChromiumWithoutConsoleErrors(@TempDir Path dir) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("1".equals(System.getenv("PERFAGENT_TEST_REQUIRE_CHROMIUM"))) {
                fail(CHROMIUM + " is missing but PERFAGENT_TEST_REQUIRE_CHROMIUM=1");
            }
            Assumptions.abort(CHROMIUM + " is not installed; browser check skipped");
        }
        Path html = dir.resolve("report.html");
        Files.writeString(html, HtmlReportTest.sampleHtml(), StandardCharsets.UTF_8);
        Path png = dir.resolve("shot.png");
        Path stderr = dir.resolve("chromium.log");
        Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0",
                "--screenshot=" + png, "--window-size=1280,2000", html.toUri().toString()))
                .redirectErrorStream(false).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 120 s");
        }
        assertTrue(Files.size(png) > 0, "screenshot written");
        assertTrue(distinctColours(ImageIO.read(png.toFile())) > 1, "the page is not a single colour");
        List<String> complaints = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                .filter(l -> (l.contains("CONSOLE") && l.contains("ERROR")) || l.contains("Uncaught")).toList();
        assertEquals(List.of(), complaints);
    }

    private static int distinctColours(BufferedImage img) throws IOException {
        int first = img.getRGB(0, 0);
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                if (img.getRGB(x, y) != first) {
                    return 2;
                }
            }
        }
        return 1;
    }
}
