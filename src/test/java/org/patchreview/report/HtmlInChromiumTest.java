package org.patchreview.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report opened in real headless Chromium (Debian's {@code chromium}, which {@code .ci/run} installs): the
 * page renders with its timelines, the browser console stays empty, a screenshot is taken, and the {@code <script>}
 * in a subject shows as text and never runs. A control page that does log and run a script proves the harness
 * would see both. The four browsers run at once; the test is skipped, saying why, only when no Chromium is found.
 */
class HtmlInChromiumTest {
  private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
      "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
  private static final String CONTROL = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>control</title>"
      + "</head><body><p>control</p><script>console.error('review-control-error');"
      + "document.body.setAttribute('data-pwned','1');</script></body></html>\n";

  @TempDir
  static Path dir;
  private static Browser escaping;
  private static Browser reference;
  private static Browser screenshot;
  private static Browser control;

  /** One Chromium run: what it printed (the DOM for --dump-dom) and its log. */
  record Browser(int exit, String out, String log) {
    List<String> console() {
      return log.lines().filter(l -> l.contains(":CONSOLE")).toList();
    }
  }

  @BeforeAll
  static void openPages() throws Exception {
    String chromium = chromium();
    Assumptions.assumeTrue(chromium != null, "Chromium is not installed (looked for $CHROMIUM, /usr/bin/chromium, "
        + "chromium-browser): .ci/run installs Debian's chromium; skipping the browser test");
    Path page = write("escaping.html", HtmlRenderer.render(ReportModels.report("synthetic-escaping")));
    Path real = write("reference.html", HtmlRenderer.render(ReportModels.report("0001-reference")));
    Path ctl = write("control.html", CONTROL);
    Path png = dir.resolve("escaping.png");
    List<Process> runs = new ArrayList<>();
    runs.add(start(chromium, "a", "--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString()));
    runs.add(start(chromium, "b", "--enable-logging=stderr", "--v=0", "--dump-dom", real.toUri().toString()));
    runs.add(start(chromium, "c", "--screenshot=" + png, "--window-size=1400,900", page.toUri().toString()));
    runs.add(start(chromium, "d", "--enable-logging=stderr", "--v=0", "--dump-dom", ctl.toUri().toString()));
    escaping = finish(runs.get(0), "a");
    reference = finish(runs.get(1), "b");
    screenshot = finish(runs.get(2), "c");
    control = finish(runs.get(3), "d");
    if (Files.exists(png)) {
      Files.createDirectories(Path.of("target"));
      Files.copy(png, Path.of("target/html-report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String chromium() {
    List<String> candidates = new ArrayList<>();
    if (System.getenv("CHROMIUM") != null) {
      candidates.add(System.getenv("CHROMIUM"));
    }
    candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser"));
    for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
      candidates.add(p + "/chromium");
    }
    return candidates.stream().filter(c -> Files.isExecutable(Path.of(c))).findFirst().orElse(null);
  }

  private static Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static Process start(String chromium, String name, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(chromium);
    cmd.addAll(FLAGS);
    cmd.add("--user-data-dir=" + dir.resolve("profile-" + name));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectError(dir.resolve(name + ".log").toFile()).start();
  }

  private static Browser finish(Process p, String name) throws Exception {
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium run " + name + " did not finish in 90 s");
    }
    return new Browser(p.exitValue(), out, Files.readString(dir.resolve(name + ".log"), StandardCharsets.UTF_8));
  }

  @Test
  void theHarnessSeesConsoleMessagesAndScriptsThatRun() {
    assertTrue(control.out().contains("data-pwned=\"1\""), control.out());
    assertTrue(control.console().stream().anyMatch(l -> l.contains("review-control-error")), control.log());
  }

  @Test
  void theReportRendersWithItsTimelinesAndAnEmptyConsole() {
    assertEquals(0, escaping.exit(), escaping.log());
    assertTrue(escaping.out().contains("<svg class=\"timeline\""), escaping.out());
    assertTrue(escaping.out().contains("<section class=\"run regressed\" id=\"run-lager-default-rebind\">"));
    assertEquals(List.of(), escaping.console());
    assertEquals(0, reference.exit(), reference.log());
    assertEquals(2, reference.out().split("<section class=\"run ", -1).length - 1, "two runs differ");
    assertTrue(reference.out().contains("class=\"add part\""), "the line where runs part is marked");
    assertEquals(List.of(), reference.console());
  }

  /**
   * The page opens with the findings and a legend for the timelines' markers; no timeline label is cut (each shows
   * the whole of the text its tooltip has, squeezed to its column when long), and timelines shrink to their column.
   */
  @Test
  void theFindingsComeFirstAndNothingIsCut() {
    String dom = reference.out();
    int findings = dom.indexOf("<section class=\"findings\" id=\"findings\">");
    assertTrue(findings > 0 && findings < dom.indexOf("<section class=\"run "), "findings first");
    assertTrue(dom.contains("<h3>New problems: none</h3>") && dom.contains("<h3>Problems gone (5)</h3>"), dom);
    assertTrue(dom.contains("<p class=\"legend\">"), "a legend");
    java.util.regex.Matcher label = java.util.regex.Pattern.compile("<title>([^<]*)</title>([^<]*)</text>")
        .matcher(dom);
    int labels = 0;
    while (label.find()) {
      assertEquals(label.group(1), label.group(2), "a label shows its whole text");
      labels++;
    }
    assertTrue(labels > 20, labels + " labels");
    assertTrue(dom.contains("lengthAdjust=\"spacingAndGlyphs\""), "long labels are squeezed, not cut");
    assertTrue(HtmlStyle.CSS.contains("svg.timeline { font: 10px ui-monospace, monospace; max-width: 100%; "
        + "height: auto; }"));
  }

  @Test
  void aScriptInTheSubjectShowsAsTextAndNeverRuns() {
    String dom = escaping.out();
    assertTrue(dom.contains("<h1>[PATCH] foo: &lt;script&gt;document.body.setAttribute('data-pwned','1')"
        + "&lt;/script&gt; *keep* | the buffer &amp; \"users\"</h1>"), dom);
    assertFalse(dom.contains("<script"), "no script element in the page");
    assertFalse(dom.contains("data-pwned=\"1\""), "the injected script did not run");
  }

  @Test
  void aScreenshotIsTaken() throws IOException {
    assertEquals(0, screenshot.exit(), screenshot.log());
    byte[] png = Files.readAllBytes(dir.resolve("escaping.png"));
    assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1));
    int width = java.nio.ByteBuffer.wrap(png, 16, 4).getInt();
    int height = java.nio.ByteBuffer.wrap(png, 20, 4).getInt();
    assertEquals(1400, width);
    assertEquals(900, height);
    assertTrue(png.length > 20_000, "a page, not a blank: " + png.length + " bytes");
  }
}
