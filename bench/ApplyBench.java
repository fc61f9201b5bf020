// Patch application figures (issue 4): the reference patch on the model, warm; a 50-patch series on the model; a
// 5,000-line generated patch. Run after a build:  java -cp target/review.jar bench/ApplyBench.java [rounds]
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.patchreview.corpus.Corpus;
import org.patchreview.c.Config;
import org.patchreview.mail.MailReader;
import org.patchreview.mail.PatchMail;
import org.patchreview.patch.ApplyOptions;
import org.patchreview.patch.ApplyResult;
import org.patchreview.patch.FileResult;
import org.patchreview.patch.HunkResult;
import org.patchreview.patch.Patcher;
import org.patchreview.scenario.Matrix;
import org.patchreview.tree.SourceTree;

public class ApplyBench {
  private static final String REFERENCE = "patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox";

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    List<Config> configs = Corpus.bundled().matrix().configs().stream().map(Matrix.ConfigEntry::config).toList();
    // As review applies to the model: anchoring checked under every config of the matrix.
    ApplyOptions options = ApplyOptions.model().withAnchorConfigs(configs);
    SourceTree model = Corpus.bundled().kernel();

    PatchMail reference = MailReader.read(Path.of(REFERENCE)).patches().get(0);
    long t0 = System.nanoTime();
    check(Patcher.apply(model, reference, options));
    double first = (System.nanoTime() - t0) / 1e6;
    double[][] ref = time(rounds, () -> check(Patcher.apply(model, reference, options)));
    report("reference patch on the model", first, ref);

    List<PatchMail> series = series(model, 50, new Random(4));
    t0 = System.nanoTime();
    checkAll(Patcher.applySeries(model, series, options));
    first = (System.nanoTime() - t0) / 1e6;
    double[][] s = time(Math.max(20, rounds / 50), () -> checkAll(Patcher.applySeries(model, series, options)));
    report("50-patch series on the model (" + hunks(Patcher.applySeries(model, series, options)) + ")", first, s);

    String big = bigFile(2500);
    PatchMail bigPatch = bigPatch(big, 5000);
    SourceTree bigTree = SourceTree.of("generated", Map.of("drivers/gen/big.c",
        ("/* two lines the patch */\n/* does not know */\n" + big).getBytes(StandardCharsets.UTF_8)));
    t0 = System.nanoTime();
    ApplyResult bigResult = check(Patcher.apply(bigTree, bigPatch, options));
    first = (System.nanoTime() - t0) / 1e6;
    double[][] b = time(Math.max(20, rounds / 50), () -> check(Patcher.apply(bigTree, bigPatch, options)));
    report("5,000-line patch, " + bigPatch.diff().lines().count() + " diff lines (" + hunks(List.of(bigResult))
        + ") on a " + big.lines().count() + "-line file", first, b);
  }

  private static String hunks(List<ApplyResult> results) {
    long all = 0;
    long anchored = 0;
    for (ApplyResult r : results) {
      for (FileResult f : r.files()) {
        for (HunkResult h : f.hunks()) {
          all++;
          anchored += Boolean.TRUE.equals(h.anchor().anchored()) ? 1 : 0;
        }
      }
    }
    return all + " hunks, " + anchored + " checked anchored";
  }

  /** Wall and thread CPU time of {@code rounds} runs after a warm-up, each sorted (ms). */
  private static double[][] time(int rounds, Runnable r) {
    // Warm up for 200 runs and at least 5 s: on a busy machine the JIT's compiler threads need the time.
    long until = System.nanoTime() + 5_000_000_000L;
    for (int i = 0; i < 200 || System.nanoTime() < until; i++) {
      r.run();
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] wall = new double[rounds];
    double[] used = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long c = cpu.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      r.run();
      wall[i] = (System.nanoTime() - t) / 1e6;
      used[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
    }
    Arrays.sort(wall);
    Arrays.sort(used);
    return new double[][] {wall, used};
  }

  /** The median is the figure: on a shared machine the mean and the tail measure the neighbours. */
  private static void report(String what, double first, double[][] ms) {
    double[] wall = ms[0];
    System.out.printf("%s%n    first %.1f ms; warm (%d runs): median %.3f ms, min %.3f ms, p90 %.3f ms; "
        + "thread CPU median %.3f ms%n", what, first, wall.length, wall[wall.length / 2], wall[0],
        wall[(int) (wall.length * 0.9)], ms[1][ms[1].length / 2]);
  }

  private static ApplyResult check(ApplyResult r) {
    if (!r.applied()) {
      throw new IllegalStateException("did not apply: " + r.diagnostics());
    }
    return r;
  }

  private static void checkAll(List<ApplyResult> rs) {
    rs.forEach(ApplyBench::check);
  }

  /**
   * {@code n} patches, each made against the model as it stands (not against the patches before it), adding a line
   * after a random statement of a built .c file: applied in order, the later ones move by the lines the earlier ones
   * added above them, so offsets and anchoring are exercised as when a series meets a tree it was not made on.
   */
  private static List<PatchMail> series(SourceTree model, int n, Random random) {
    List<String> files = model.paths().stream().filter(p -> p.endsWith(".c")).toList();
    List<PatchMail> out = new ArrayList<>();
    java.util.Set<String> used = new java.util.HashSet<>();
    while (out.size() < n) {
      String path = files.get(random.nextInt(files.size()));
      String[] lines = model.readString(path).orElseThrow().split("\n", -1);
      int at = 3 + random.nextInt(Math.max(1, lines.length - 8));
      // A statement line: indented, ending with ';', so the added line lands inside a function body.
      if (!lines[at].startsWith("\t") || !lines[at].endsWith(";") || !used.add(path + ":" + at / 8)) {
        continue;
      }
      StringBuilder d = new StringBuilder("diff --git a/" + path + " b/" + path + "\n--- a/" + path + "\n+++ b/" + path
          + "\n@@ -" + (at - 2) + ",6 +" + (at - 2) + ",7 @@" + funcname(lines, at - 3) + "\n");
      for (int i = at - 3; i < at; i++) {
        d.append(' ').append(lines[i]).append('\n');
      }
      d.append("+\t/* series patch ").append(out.size() + 1).append(" */\n");
      for (int i = at; i < at + 3; i++) {
        d.append(' ').append(lines[i]).append('\n');
      }
      out.add(mail("series-" + (out.size() + 1) + ".diff", d.toString()));
    }
    return out;
  }

  /** What git puts after {@code @@}: the nearest line above the hunk that starts with a letter or underscore. */
  private static String funcname(String[] lines, int first) {
    for (int i = first - 1; i >= 0; i--) {
      if (!lines[i].isEmpty() && (Character.isLetter(lines[i].charAt(0)) || lines[i].charAt(0) == '_')) {
        return " " + lines[i];
      }
    }
    return "";
  }

  /** {@code functions} small C functions of 8 lines each. */
  private static String bigFile(int functions) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < functions; i++) {
      s.append("static int gen_").append(i).append("(int x)\n{\n\tint y = x + ").append(i).append(";\n")
          .append("\ty = y * 3;\n\ty = y - x;\n\treturn y;\n}\n\n");
    }
    return s.toString();
  }

  /** About {@code lines} lines of diff: one hunk per function, changing its subtraction. */
  private static PatchMail bigPatch(String file, int lines) {
    String[] l = file.split("\n", -1);
    StringBuilder d = new StringBuilder("diff --git a/drivers/gen/big.c b/drivers/gen/big.c\n--- a/drivers/gen/big.c\n"
        + "+++ b/drivers/gen/big.c\n");
    int fn = 0;
    while (d.toString().lines().count() < lines) {
      int at = fn * 8 + 4; // 0-based index of "y = y - x;"; the hunk starts at the function's "{"
      d.append("@@ -").append(at - 2).append(",7 +").append(at - 2).append(",7 @@ ").append(l[fn * 8]).append('\n');
      for (int i = at - 3; i < at; i++) {
        d.append(' ').append(l[i]).append('\n');
      }
      d.append('-').append(l[at]).append('\n').append("+\ty = y + x;\n");
      for (int i = at + 1; i < at + 4; i++) {
        d.append(' ').append(l[i]).append('\n');
      }
      fn++;
    }
    return mail("big.diff", d.toString());
  }

  private static PatchMail mail(String name, String diff) {
    var read = MailReader.read(new ByteArrayInputStream(diff.getBytes(StandardCharsets.UTF_8)), name);
    if (read.patches().isEmpty() || read.hasErrors()) {
      throw new IllegalStateException(name + ": " + read.diagnostics());
    }
    return read.patches().get(0);
  }
}
