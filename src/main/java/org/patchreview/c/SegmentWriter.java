package org.patchreview.c;

import java.util.ArrayList;
import java.util.List;

/** Collects preprocessed tokens into segments, cutting only where a top-level declaration has just ended. */
final class SegmentWriter {
  private final List<Segment> segments = new ArrayList<>();
  private final TypedefRetyper retyper = new TypedefRetyper();
  private List<CToken> current = new ArrayList<>();
  private String currentFile;
  private int depth;
  private CToken last;

  SegmentWriter(String file) {
    this.currentFile = file;
  }

  void emit(List<CToken> tokens) {
    for (CToken t : tokens) {
      CToken out = retyper.next(number(t));
      int type = out.getType();
      if (type == TokenTypes.LBRACE || type == TokenTypes.LPAREN) {
        depth++;
      } else if ((type == TokenTypes.RBRACE || type == TokenTypes.RPAREN) && depth > 0) {
        depth--;
      }
      current.add(out);
      last = out;
    }
  }

  /** A preprocessing number becomes the constant it spells, when it spells one (else the parser rejects it). */
  private static CToken number(CToken t) {
    if (t.getType() != org.patchreview.grammar.KernelCLexer.PpNumber) {
      return t;
    }
    CToken c = SourceLexer.single(t.getText(), t, t.hideset());
    return c != null && c.getType() != org.patchreview.grammar.KernelCLexer.PpNumber ? c : t;
  }

  /** Starts a new segment for {@code file} when the tokens so far end a declaration; otherwise keeps appending. */
  void switchTo(String file) {
    boolean boundary = depth == 0 && (last == null || last.getType() == TokenTypes.SEMI
        || last.getType() == TokenTypes.RBRACE);
    if (!boundary) {
      return;
    }
    if (!current.isEmpty()) {
      segments.add(new Segment(currentFile, List.copyOf(current)));
      current = new ArrayList<>();
    }
    currentFile = file;
  }

  List<Segment> finish() {
    if (!current.isEmpty()) {
      segments.add(new Segment(currentFile, List.copyOf(current)));
      current = new ArrayList<>();
    }
    return List.copyOf(segments);
  }
}
