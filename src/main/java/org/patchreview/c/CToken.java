package org.patchreview.c;

import java.util.Set;
import org.antlr.v4.runtime.CommonToken;

/**
 * A C token with the file it came from and, once produced by macro expansion, the names of the macros that may not
 * expand it again (its hide set). Expanded tokens keep the position of the macro use, as compilers report them.
 */
public final class CToken extends CommonToken {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final Set<String> hideset;
  /** True when whitespace or a comment stood before this token in its line (for {@code #} stringification). */
  private final boolean spaceBefore;

  public CToken(int type, String text, String file, int line, int column, Set<String> hideset, boolean spaceBefore) {
    super(type, text);
    this.file = file;
    this.hideset = hideset;
    this.spaceBefore = spaceBefore;
    setLine(line);
    setCharPositionInLine(column);
  }

  public String file() {
    return file;
  }

  public Set<String> hideset() {
    return hideset;
  }

  public boolean spaceBefore() {
    return spaceBefore;
  }

  /** The same token with another type (typedef names are retyped by the token pass). */
  public CToken retyped(int newType) {
    return new CToken(newType, getText(), file, getLine(), getCharPositionInLine(), hideset, spaceBefore);
  }

  /** A copy placed at a macro use, with the given hide set. */
  public CToken expandedAt(CToken use, Set<String> newHideset, boolean space) {
    return new CToken(getType(), getText(), use.file, use.getLine(), use.getCharPositionInLine(), newHideset, space);
  }

  public Span span() {
    return new Span(file, getLine(), getCharPositionInLine() + 1);
  }
}
