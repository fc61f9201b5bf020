package org.patchreview.regression;

import java.util.List;
import java.util.Map;
import org.patchreview.corpus.HistoryEntry;
import org.patchreview.diff.Verdict;
import org.patchreview.report.Report;

/**
 * How one history entry replayed: whether its reports match the golden ones, the verdict counts, what its Fixes:
 * checks concluded, the time it took, and (on a mismatch) the unified diff of expected against received.
 */
public record CorpusResult(HistoryEntry entry, Status status, Map<Verdict, Integer> verdicts,
    List<Report.FixesClaim> fixes, String diff, String error, double millis) {

  /** The outcome of comparing an entry with its golden files. */
  public enum Status {
    MATCH, MISMATCH, NEW, BLESSED, FAILED;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public boolean ok() {
    return status == Status.MATCH || status == Status.BLESSED;
  }
}
