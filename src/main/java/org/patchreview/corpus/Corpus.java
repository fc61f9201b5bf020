package org.patchreview.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.patchreview.diag.Diagnostic;
import org.patchreview.memo.Lazy;
import org.patchreview.scenario.Matrix;
import org.patchreview.tree.BundledCorpus;
import org.patchreview.tree.DirectoryTree;
import org.patchreview.tree.SourceTree;

/**
 * A corpus: the modelled kernel, its history (null when the corpus has none, or when it is broken: then the
 * diagnostics say why), and the matrix reviews run on (boards, configs, scenarios). The one place that knows the
 * corpus folder's layout: {@value #KERNEL}, {@value #HISTORY}, {@value #BOARDS}, {@value #CONFIGS},
 * {@value #SCENARIOS}.
 *
 * @param folder the folder it was read from, or null for the copy bundled in review's jar
 * @param historyFiles the files of {@value #HISTORY} (golden reports are read from there)
 */
public record Corpus(Path folder, SourceTree kernel, SourceTree historyFiles, History history, Matrix matrix,
    List<Diagnostic> diagnostics) {
  public static final String KERNEL = "kernel";
  public static final String HISTORY = "history";
  public static final String BOARDS = "boards";
  public static final String CONFIGS = "configs";
  public static final String SCENARIOS = "scenarios";
  private static final String CHAIN = "chain.txt";

  private static final Lazy<Corpus> BUNDLED = Lazy.of("bundled corpus", () -> read(null, BundledCorpus::folder));

  public Corpus {
    diagnostics = List.copyOf(diagnostics);
  }

  /** The corpus bundled in review's jar, read once per JVM. */
  public static Corpus bundled() {
    return BUNDLED.get();
  }

  /**
   * The corpus in {@code dir} (a checkout's {@code corpus/}); a folder that is missing or unreadable is an error in
   * {@link #diagnostics}, never an exception.
   */
  public static Corpus at(Path dir) {
    List<Diagnostic> missing = new ArrayList<>();
    for (String f : List.of(KERNEL, BOARDS, CONFIGS, SCENARIOS)) {
      if (!Files.isDirectory(dir.resolve(f))) {
        missing.add(Diagnostic.error(dir.resolve(f).toString(), 0, "the corpus has no " + f + " folder"));
      }
    }
    if (!missing.isEmpty()) {
      return new Corpus(dir, SourceTree.empty(dir.toString()), SourceTree.empty(dir.toString()), null, null,
          missing);
    }
    return read(dir, f -> Files.isDirectory(dir.resolve(f)) ? DirectoryTree.read(dir.resolve(f), f)
        : SourceTree.empty(f));
  }

  /** The history's files and mails (read and applied) beside the matrix's Device Tree parses: on two cores, side by side. */
  private static Corpus read(Path dir, Function<String, SourceTree> folder) {
    SourceTree kernel = folder.apply(KERNEL);
    SourceTree historyFiles = folder.apply(HISTORY);
    FutureTask<History.ReadResult> reading = new FutureTask<>(
        () -> historyFiles.contains(CHAIN) ? History.read(historyFiles, kernel) : null);
    Thread t = new Thread(reading, "review-history");
    t.setDaemon(true);
    t.start();
    Matrix matrix = Matrix.load(folder.apply(BOARDS), folder.apply(CONFIGS), folder.apply(SCENARIOS));
    History.ReadResult history;
    try {
      history = reading.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the history", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (history != null) {
      diagnostics.addAll(history.diagnostics());
    }
    diagnostics.addAll(matrix.diagnostics());
    return new Corpus(dir, kernel, historyFiles, history == null || history.hasErrors() ? null : history.history(),
        matrix, diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The history folder on disk, where golden reports are written, or null for the bundled copy. */
  public Path historyFolder() {
    return folder == null ? null : folder.resolve(HISTORY);
  }
}
