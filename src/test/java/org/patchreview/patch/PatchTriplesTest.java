package org.patchreview.patch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.patchreview.diag.Diagnostic;
import org.patchreview.mail.MailReader;
import org.patchreview.mail.PatchMail;
import org.patchreview.tree.SourceTree;

/**
 * JGit-style triples discovered from {@code src/test/resources/patch}: {@code X.patch} applied to a tree holding
 * {@code X_PreImage} must leave {@code X_PostImage} (absent: the file is gone, or kept as it was when it fails).
 *
 * <p>Each patch is a mail whose trailers say what to expect: {@code Expect-File: path outcome} per file in order,
 * {@code Expect-Hunks: clean offset:7 fuzz:1,offset:3 whitespace failed} for the tree file, {@code Expect-Anchors:
 * true false none} (whether each hunk landed in the function its header names), {@code Expect-Change}, {@code
 * Expect-Applied}, {@code Expect-Diagnostic: text} (a substring of one diagnostic). {@code Apply-Options} takes
 * {@code --fuzz N}, {@code --ignore-whitespace}, {@code -R} and {@code --whole-tree} (a real tree: missing files fail,
 * index lines are checked). {@code Tree-File} names the path the images stand for after the patch and {@code
 * Pre-File} before it (default: the first file of the diff).
 *
 * <p>Where no option is given, the file is LF and the patch applies, JGit's own {@code PatchApplier} must produce the
 * same post-image: review's line engine is checked against the engine it replaces.
 */
class PatchTriplesTest {

  static Stream<String> cases() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(folder())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".patch"))
          .map(n -> n.substring(0, n.length() - ".patch".length())).sorted().toList().stream();
    }
  }

  static Path folder() throws URISyntaxException {
    return Path.of(PatchTriplesTest.class.getResource("/patch").toURI());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void triple(String name) throws IOException, URISyntaxException {
    Path dir = folder();
    var read = MailReader.read(dir.resolve(name + ".patch"));
    PatchMail mail = read.patches().get(0);
    String treeFile = first(mail, "Tree-File", firstPath(mail));
    String preFile = first(mail, "Pre-File", treeFile);
    Path pre = dir.resolve(name + "_PreImage");
    Path post = dir.resolve(name + "_PostImage");
    SourceTree before = Files.exists(pre)
        ? SourceTree.of("triple " + name, Map.of(preFile, Files.readAllBytes(pre)))
        : SourceTree.empty("triple " + name);

    ApplyOptions options = options(first(mail, "Apply-Options", ""));
    ApplyResult result = Patcher.apply(before, mail, options);

    checkFiles(mail, result);
    checkDiagnostics(mail, result, dir.resolve(name + ".patch"));
    assertEquals(Boolean.parseBoolean(first(mail, "Expect-Applied", "true")), result.applied(), "applied()");
    assertEquals(before, result.before());
    if (Files.exists(post)) {
      assertArrayEquals(Files.readAllBytes(post), result.after().read(treeFile).orElseThrow(), "post-image");
      if (first(mail, "Apply-Options", "").isEmpty() && Files.exists(pre) && !Files.readString(pre).contains("\r")) {
        assertArrayEquals(Files.readAllBytes(post), JGitOracle.postImage(mail, preFile, Files.readAllBytes(pre)),
            "JGit's PatchApplier disagrees");
      }
    } else if (result.applied()) {
      assertFalse(result.after().contains(treeFile), treeFile + " should be gone");
    } else if (Files.exists(pre)) {
      assertArrayEquals(Files.readAllBytes(pre), result.after().read(preFile).orElseThrow(), "old content kept");
    }
  }

  private static void checkFiles(PatchMail mail, ApplyResult result) {
    List<String> expected = mail.trailerValues("Expect-File");
    List<String> actual = result.files().stream().map(f -> f.path() + " " + f.outcome().label()).toList();
    assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), "files");
    String change = first(mail, "Expect-Change", null);
    if (change != null) {
      assertEquals(change, result.files().get(0).change().label());
    }
    String hunks = first(mail, "Expect-Hunks", null);
    if (hunks != null) {
      FileResult file = result.files().stream().filter(f -> f.outcome() != FileOutcome.OUTSIDE_MODEL)
          .findFirst().orElseThrow();
      assertEquals(hunks, String.join(" ", file.hunks().stream().map(PatchTriplesTest::describe).toList()));
    }
    String anchors = first(mail, "Expect-Anchors", null);
    if (anchors != null) {
      assertEquals(anchors, String.join(" ", result.files().get(0).hunks().stream()
          .map(h -> h.anchor().anchored() == null ? "none" : h.anchor().anchored().toString()).toList()));
    }
  }

  /** Every expected text is in some diagnostic, and every diagnostic quotes the mail line it points at. */
  private static void checkDiagnostics(PatchMail mail, ApplyResult result, Path patch) throws IOException {
    List<String> lines = Files.readAllLines(patch);
    List<String> shown = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      shown.add(d.oneLine());
      assertTrue(d.oneLine().startsWith(patch.toString() + ":" + d.line() + ": "), d.oneLine());
      if (!d.quotedLine().isEmpty()) {
        assertEquals(lines.get(d.line() - 1), d.quotedLine(), "quoted line of " + d.oneLine());
      }
    }
    for (String want : mail.trailerValues("Expect-Diagnostic")) {
      assertTrue(shown.stream().anyMatch(s -> s.contains(want)), "no diagnostic contains: " + want + "\n" + shown);
    }
    if (mail.trailerValues("Expect-Diagnostic").isEmpty()) {
      assertEquals(List.of(), shown);
    }
  }

  static String describe(HunkResult h) {
    String offset = h.offset() == 0 ? "" : "offset:" + h.offset();
    return switch (h.outcome()) {
      case OFFSET -> offset;
      case FUZZ -> "fuzz:" + h.fuzz() + (offset.isEmpty() ? "" : "," + offset);
      case WHITESPACE -> "whitespace" + (offset.isEmpty() ? "" : "," + offset);
      default -> h.outcome().label();
    };
  }

  static ApplyOptions options(String words) {
    ApplyOptions o = ApplyOptions.model();
    List<String> w = List.of(words.split("\\s+"));
    for (int i = 0; i < w.size(); i++) {
      switch (w.get(i)) {
        case "--fuzz" -> o = o.withFuzz(Integer.parseInt(w.get(++i)));
        case "--ignore-whitespace" -> o = o.withIgnoreWhitespace(true);
        case "-R" -> o = o.withReverse(true);
        case "--whole-tree" -> o = new ApplyOptions(o.fuzz(), o.ignoreWhitespace(), o.reverse(), false, true,
            o.anchorConfigs());
        case "" -> { }
        default -> throw new IllegalArgumentException("unknown Apply-Options word " + w.get(i));
      }
    }
    return o;
  }

  private static String first(PatchMail mail, String key, String fallback) {
    List<String> values = mail.trailerValues(key);
    return values.isEmpty() ? fallback : values.get(0);
  }

  private static String firstPath(PatchMail mail) {
    String line = mail.diff().lines().filter(l -> l.startsWith("diff --git ")).findFirst().orElse("");
    return line.isEmpty() ? "" : line.substring(line.lastIndexOf(" b/") + 3);
  }
}
