package org.patchreview.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.patchreview.Review;
import org.patchreview.ReviewOptions;
import org.patchreview.corpus.Corpus;
import org.patchreview.ReviewResult;
import org.patchreview.Timings;
import org.patchreview.mail.MailReadResult;
import org.patchreview.mail.MailReader;
import org.patchreview.patch.ApplyResult;
import org.patchreview.patch.Patcher;
import org.patchreview.scenario.Matrix;
import org.patchreview.tree.SourceTree;

/**
 * The report models every renderer is tested on, one {@code NAME.model} file each in {@code src/test/resources/report}:
 * either a real review ({@code mail:} a patch mail, replayed on the bundled model over the {@code boards:},
 * {@code configs:} and {@code scenarios:} given, to keep the golden files short), or a synthetic one ({@code mail:}
 * applied to the small {@code tree:}, with the runs {@code runs:} names in {@link SyntheticRuns}).
 */
final class ReportModels {
  static final Path DIR = Path.of("src/test/resources/report");
  private static final Map<String, Report> CACHE = new ConcurrentHashMap<>();

  private ReportModels() {}

  /** The model names, in name order. */
  static List<String> names() {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".model"))
          .map(n -> n.substring(0, n.length() - ".model".length())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> settings(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(DIR.resolve(name + ".model"), StandardCharsets.UTF_8)) {
        int colon = line.indexOf(':');
        if (!line.startsWith("#") && colon > 0) {
          out.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Report report(String name) {
    return CACHE.computeIfAbsent(name, ReportModels::load);
  }

  private static Report load(String name) {
    Map<String, String> s = settings(name);
    MailReadResult mails = MailReader.read(Path.of(s.get("mail")));
    if (s.containsKey("runs")) {
      SourceTree tree = tree(Path.of(s.get("tree")));
      List<ApplyResult> applied = Patcher.applySeries(tree, mails.patches());
      List<Report.PatchEntry> entries = new ArrayList<>();
      for (int i = 0; i < applied.size(); i++) {
        entries.add(new Report.PatchEntry(mails.patches().get(i), applied.get(i), mails.factsOf(i)));
      }
      return SyntheticRuns.report(s.get("runs"), entries, mails.series());
    }
    Matrix all = Corpus.bundled().matrix();
    List<String> boards = List.of(s.get("boards").split("\\s+"));
    List<String> configs = List.of(s.get("configs").split("\\s+"));
    List<String> scenarios = List.of(s.get("scenarios").split("\\s+"));
    Matrix matrix = new Matrix(all.boards().stream().filter(b -> boards.contains(b.name())).toList(),
        all.configs().stream().filter(c -> configs.contains(c.config().name())).toList(),
        all.scenarios().stream().filter(c -> scenarios.contains(c.name())).toList(), all.observing(),
        all.diagnostics());
    ReviewOptions options = ReviewOptions.on(Corpus.bundled(), new Timings()).with(o -> o.base(Corpus.bundled().kernel(),
        "the modelled kernel (v4.12-rc1)").history(null).matrix(matrix).checkFixes(false));
    ReviewResult r = Review.review(mails, options);
    if (r.report() == null) {
      throw new IllegalStateException(name + ": " + r.errors());
    }
    return r.report();
  }

  private static SourceTree tree(Path dir) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return SourceTree.of("synthetic tree", files);
  }
}
