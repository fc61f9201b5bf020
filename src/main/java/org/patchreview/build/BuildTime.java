package org.patchreview.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.patchreview.IntroducedProblems;
import org.patchreview.ReviewOptions;
import org.patchreview.RunStore;
import org.patchreview.Timings;
import org.patchreview.c.SegmentStoreBuilder;
import org.patchreview.corpus.Corpus;
import org.patchreview.corpus.History;
import org.patchreview.corpus.HistoryEntry;
import org.patchreview.corpus.HistorySnapshot;
import org.patchreview.scenario.Matrix;
import org.patchreview.tree.SourceTree;

/**
 * {@code BuildTime CLASSES parses} stores the bundled history's snapshot ({@link HistorySnapshot}) and the parses of
 * the bundled kernel and every state of its history;
 * {@code BuildTime CLASSES problems} records what each commit of the bundled history introduces on the bundled matrix
 * (run after the parses, which it then reads).
 */
public final class BuildTime {
  private BuildTime() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !Set.of("parses", "problems").contains(args[1])) {
      System.err.println("usage: BuildTime CLASSES-FOLDER parses|problems");
      System.exit(2);
    }
    Path classes = Path.of(args[0]);
    long start = System.nanoTime();
    if (args[1].equals("parses")) {
      // The bundled history as read from its mails now, never from an earlier build's snapshot.
      Files.deleteIfExists(classes.resolve(HistorySnapshot.RESOURCE));
    }
    Corpus corpus = Corpus.bundled();
    if (corpus.hasErrors()) {
      corpus.diagnostics().forEach(d -> System.err.println("review: " + d.oneLine()));
      System.exit(3);
    }
    if (args[1].equals("parses")) {
      // Only a history read without a warning: the snapshot holds none.
      History.ReadResult history = corpus.history() == null ? null
          : History.readMails(corpus.historyFiles(), corpus.kernel());
      if (history != null && history.diagnostics().isEmpty()) {
        HistorySnapshot.write(history.history(), corpus.historyFiles(), corpus.kernel(), classes);
      }
      int n = SegmentStoreBuilder.write(states(corpus),
          corpus.matrix().configs().stream().map(Matrix.ConfigEntry::config).toList(), classes);
      System.out.println("review: stored the parses of " + n + " segments of the bundled kernel and its history in "
          + classes.resolve("parse-cache") + " (" + SegmentStoreBuilder.parts() + " parts)");
      return;
    }
    if (corpus.history() == null) {
      System.out.println("review: no bundled history to index");
      return;
    }
    ReviewOptions options = ReviewOptions.on(corpus, new Timings());
    RunStore.keep();
    Files.writeString(classes.resolve(IntroducedProblems.RESOURCE), IntroducedProblems.write(options,
        corpus.history()));
    System.out.printf("review: recorded the problems each of the %d commits of the bundled history introduces in %s"
        + " (%.1f s)%n", corpus.history().entries().size(), classes.resolve(IntroducedProblems.RESOURCE),
        (System.nanoTime() - start) / 1e9);
    int chains = RunStore.writeKept(classes);
    System.out.printf("review: stored the runs of %d chains of the bundled states in %s%n", chains,
        classes.resolve(RunStore.FOLDER));
    List<Matrix.ConfigEntry> configs = corpus.matrix().configs();
    int clean = RunStore.writeClean(states(corpus), configs, classes);
    System.out.printf("review: %d of the %d builds of the bundled states link and compile without a problem%n",
        clean, states(corpus).size() * configs.size());
  }

  /** The bundled kernel and every distinct state of the bundled history. */
  private static Set<SourceTree> states(Corpus corpus) {
    Set<SourceTree> out = new LinkedHashSet<>();
    out.add(corpus.kernel());
    if (corpus.history() != null) {
      for (HistoryEntry e : corpus.history().entries()) {
        out.add(corpus.history().before(e));
        out.add(corpus.history().after(e));
      }
    }
    return out;
  }
}
