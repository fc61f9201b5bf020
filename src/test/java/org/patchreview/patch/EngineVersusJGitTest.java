package org.patchreview.patch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.patchreview.mail.MailReader;
import org.patchreview.mail.PatchMail;
import org.patchreview.tree.SourceTree;

/**
 * Review's line engine against JGit's {@code PatchApplier} on seeded random cases: a file of lines drawn from a small
 * vocabulary (so that context repeats and the search has choices), a random edit of it diffed by JGit, and the
 * file shifted by lines added at its top, and in half the cases one of its lines changed, before the patch is
 * applied. Both engines must fail together or write the same bytes.
 */
class EngineVersusJGitTest {
  private static final String[] WORDS = {"{", "}", "", "\treturn 0;", "\tx++;", "\ty--;", "\tif (x)", "\t\tgoto out;",
      "out:", "\tkfree(p);"};

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 80);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameOutcomeAsJGit(int seed) throws IOException {
    Random random = new Random(seed);
    List<String> old = randomLines(random, 20 + random.nextInt(60));
    List<String> edited = edit(random, old);
    boolean oldEnds = random.nextInt(5) > 0;
    boolean newEnds = random.nextInt(5) > 0;
    byte[] before = join(old, oldEnds);
    byte[] after = join(edited, newEnds);
    PatchMail mail = mail(seed, before, after);
    List<String> shifted = new ArrayList<>(old);
    int added = random.nextInt(6);
    for (int i = 0; i < added; i++) {
      shifted.add(0, WORDS[random.nextInt(WORDS.length)]);
    }
    boolean touched = random.nextBoolean();
    if (touched) {
      // A line of the target changed too: the hunk over it fails, or finds its context somewhere else.
      shifted.set(random.nextInt(shifted.size()), WORDS[random.nextInt(WORDS.length)]);
    }
    byte[] target = join(shifted, oldEnds);

    ApplyResult ours = Patcher.apply(SourceTree.of("random", Map.of("f.c", target)), mail);
    JGitOracle.Outcome jgit;
    try (JGitOracle oracle = new JGitOracle()) {
      oracle.preload(Map.of("f.c", target));
      var file = org.patchreview.mail.ParsedDiff.of(mail).patch().getFiles().get(0);
      jgit = oracle.apply(file, "f.c", target);
    } catch (RuntimeException e) {
      jgit = new JGitOracle.Outcome(null, List.of(e.toString()));
    }
    assertEquals(jgit.errors().isEmpty(), ours.applied(), "JGit " + jgit.errors() + ", review " + ours.diagnostics());
    if (ours.applied()) {
      assertArrayEquals(jgit.content(), ours.after().read("f.c").orElseThrow());
    }
    if (added == 0 && !touched) {
      assertTrue(ours.applied(), "an unshifted file takes its own patch: " + ours.diagnostics());
      assertArrayEquals(after, ours.after().read("f.c").orElseThrow());
    }
  }

  private static List<String> randomLines(Random random, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // Some lines unique, most from the vocabulary.
      out.add(random.nextInt(4) == 0 ? "\tcall_" + i + "();" : WORDS[random.nextInt(WORDS.length)]);
    }
    return out;
  }

  /** Up to five random insertions, deletions and replacements. */
  private static List<String> edit(Random random, List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    int edits = 1 + random.nextInt(5);
    for (int e = 0; e < edits && !out.isEmpty(); e++) {
      int at = random.nextInt(out.size());
      switch (random.nextInt(3)) {
        case 0 -> out.add(at, "\tadded_" + e + "();");
        case 1 -> out.remove(at);
        default -> out.set(at, "\tchanged_" + e + "();");
      }
    }
    return out;
  }

  private static byte[] join(List<String> lines, boolean finalNewline) {
    String s = String.join("\n", lines) + (finalNewline && !lines.isEmpty() ? "\n" : "");
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static PatchMail mail(int seed, byte[] before, byte[] after) throws IOException {
    RawText a = new RawText(before);
    RawText b = new RawText(after);
    EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
        .diff(RawTextComparator.DEFAULT, a, b);
    ByteArrayOutputStream hunks = new ByteArrayOutputStream();
    try (DiffFormatter f = new DiffFormatter(hunks)) {
      f.setContext(3);
      f.format(edits, a, b);
    }
    String diff = "diff --git a/f.c b/f.c\n--- a/f.c\n+++ b/f.c\n" + hunks.toString(StandardCharsets.UTF_8);
    return MailReader.read(new ByteArrayInputStream(diff.getBytes(StandardCharsets.UTF_8)), "seed-" + seed + ".diff")
        .patches().get(0);
  }
}
