package org.patchreview.interp;

import java.util.ArrayList;
import java.util.List;
import org.patchreview.c.Span;

/** Keeps what one call of a snippet function reported: non-fatal faults, log lines and warnings. */
final class RecordingListener implements ExecutionListener {
  /** A printk line with its level and where it was logged. */
  record LogLine(int level, String text, Span where) {
    @Override
    public String toString() {
      return "<" + level + ">\"" + text + "\" at line " + where.line();
    }
  }

  final List<Fault> faults = new ArrayList<>();
  final List<LogLine> logs = new ArrayList<>();
  final List<Fault> warnings = new ArrayList<>();

  @Override
  public void fault(Fault fault) {
    faults.add(fault);
  }

  @Override
  public void log(int level, String text, Span where) {
    logs.add(new LogLine(level, text, where));
  }

  @Override
  public void warning(Fault where) {
    warnings.add(where);
  }
}
