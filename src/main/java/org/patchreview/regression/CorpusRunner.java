package org.patchreview.regression;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.patchreview.Progress;
import org.patchreview.Review;
import org.patchreview.ReviewOptions;
import org.patchreview.corpus.Corpus;
import org.patchreview.ReviewResult;
import org.patchreview.corpus.History;
import org.patchreview.corpus.HistoryEntry;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.Verdict;
import org.patchreview.mail.MailReadResult;
import org.patchreview.report.JsonRenderer;
import org.patchreview.report.TextRenderer;
import org.patchreview.tree.SourceTree;

/**
 * Replays every entry of the history against the state before it, exactly as {@code review apply --base} would, and
 * compares the text and JSON reports with the golden ones (or rewrites them with {@code bless}). Entries run in
 * parallel; states shared by consecutive entries are built and run once.
 */
public final class CorpusRunner {
  static final String TEXT = "expected.txt";
  static final String JSON = "expected.json";

  private CorpusRunner() {}

  /**
   * Replays the entries of {@code corpus}'s history that {@code only} accepts, with {@code options} (their base is
   * set per entry), telling {@code progress} each entry as it is done.
   */
  public static List<CorpusResult> run(Corpus corpus, ReviewOptions options, boolean bless, Predicate<String> only,
      Progress progress) {
    History history = corpus.history();
    SourceTree bundledHistory = corpus.historyFiles();
    GoldenFiles golden = new GoldenFiles(corpus.historyFolder());
    List<HistoryEntry> chosen = history.entries().stream().filter(e -> only.test(e.name())).toList();
    // Entries on threads of their own (not the common pool, which their parallel runs use), one per core.
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
        Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
          Thread t = new Thread(r, "review-corpus");
          t.setDaemon(true);
          return t;
        });
    try {
      java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
      progress.update("replaying the history", 0, chosen.size());
      List<java.util.concurrent.Future<CorpusResult>> futures = chosen.stream()
          .map(e -> pool.submit(() -> {
            CorpusResult r = replay(history, e, bundledHistory, golden, options, bless);
            progress.update("replaying the history", done.incrementAndGet(), chosen.size());
            return r;
          })).toList();
      java.util.List<CorpusResult> out = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<CorpusResult> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("corpus replay interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("corpus replay failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private static CorpusResult replay(History history, HistoryEntry e, SourceTree bundled, GoldenFiles golden,
      ReviewOptions options, boolean bless) {
    long start = System.nanoTime();
    ReviewResult r = Review.review(new MailReadResult(List.of(e.mail()), List.of(), List.of()),
        options.withBase(history.before(e), history.parentName(e)));
    double millis = (System.nanoTime() - start) / 1e6;
    if (r.report() == null) {
      String why = r.errors().stream().map(Diagnostic::oneLine).findFirst().orElse("no report");
      return new CorpusResult(e, CorpusResult.Status.FAILED, Map.of(), List.of(), "", why, millis);
    }
    Map<Verdict, Integer> verdicts = r.report().summary();
    String text = TextRenderer.renderFull(r.report());
    String json = JsonRenderer.renderFull(r.report());
    // The diff is made when blessing too: rewriting a golden report never changes a verdict silently.
    StringBuilder diff = new StringBuilder();
    boolean missing = false;
    for (String[] file : new String[][] {{TEXT, text}, {JSON, json}}) {
      var expected = golden.expected(e.name(), file[0], bundled);
      if (expected.isEmpty()) {
        missing = true;
      } else if (!expected.get().equals(file[1])) {
        diff.append(GoldenFiles.diff("history/" + e.name() + "/" + file[0], expected.get(), file[1]));
        if (!bless) {
          golden.received(e.name(), file[0], file[1]);
        }
      }
      if (bless) {
        golden.write(e.name(), file[0], file[1]);
      }
      if (bless || expected.map(file[1]::equals).orElse(false)) {
        golden.clearReceived(e.name(), file[0]);
      }
    }
    if (bless && (missing || diff.length() > 0)) {
      return new CorpusResult(e, CorpusResult.Status.BLESSED, verdicts, r.report().fixes(), diff.toString(), "",
          millis);
    }
    // Blessing a replay that gives what the golden files hold rewrites nothing: it matches.
    CorpusResult.Status status = missing ? CorpusResult.Status.NEW
        : diff.length() > 0 ? CorpusResult.Status.MISMATCH : CorpusResult.Status.MATCH;
    return new CorpusResult(e, status, verdicts, r.report().fixes(), diff.toString(), missing ? "no golden files yet (run with --bless)"
        : "", millis);
  }
}
