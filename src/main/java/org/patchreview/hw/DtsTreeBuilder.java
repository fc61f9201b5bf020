package org.patchreview.hw;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.patchreview.diag.Diagnostic;
import org.patchreview.grammar.DeviceTreeLexer;
import org.patchreview.grammar.DeviceTreeParser;
import org.patchreview.grammar.DeviceTreeParser.*;

/** Parses one Device Tree source text into statements; the only class that touches its parse-tree contexts. */
final class DtsTreeBuilder {
  private final String file;
  private final SyntaxErrorCollector errors;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private DtsTreeBuilder(String file, SyntaxErrorCollector errors) {
    this.file = file;
    this.errors = errors;
  }

  /** Statements of the text, or none when it has syntax errors (a half-read tree would mislead the run). */
  static DtsSource parse(String file, String text) {
    SyntaxErrorCollector errors = new SyntaxErrorCollector(file, text);
    DeviceTreeLexer lexer = new DeviceTreeLexer(CharStreams.fromString(text, file));
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    DeviceTreeParser parser = new DeviceTreeParser(tokens);
    parser.removeErrorListeners();
    DtsFileContext tree = parseTwoStage(parser, tokens, errors);
    if (!errors.diagnostics().isEmpty()) {
      return new DtsSource(file, List.of(), errors.diagnostics());
    }
    DtsTreeBuilder builder = new DtsTreeBuilder(file, errors);
    List<DtsStatement> statements = new ArrayList<>();
    for (TopItemContext item : tree.topItem()) {
      statements.add(builder.statement(item));
    }
    return new DtsSource(file, statements, builder.diagnostics);
  }

  // SLL with bail-out parses nearly every file; only a failure pays for full LL and error recovery.
  private static DtsFileContext parseTwoStage(DeviceTreeParser parser, CommonTokenStream tokens,
      SyntaxErrorCollector errors) {
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      return parser.dtsFile();
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.addErrorListener(errors);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      return parser.dtsFile();
    }
  }

  private DtsStatement statement(TopItemContext item) {
    SourcePos pos = pos(item.getStart());
    if (item instanceof VersionItemContext) {
      return new DtsStatement.Version(pos);
    } else if (item instanceof PluginItemContext) {
      return new DtsStatement.Plugin(pos);
    } else if (item instanceof MemreserveItemContext m) {
      return new DtsStatement.MemReserve(pos, primary(m.address), primary(m.size));
    } else if (item instanceof IncludeItemContext i) {
      return new DtsStatement.Include(pos, DtsLiterals.string(i.file.getText()));
    } else if (item instanceof RootItemContext r) {
      return new DtsStatement.Root(pos, labels(r.labels), entries(r.body));
    } else if (item instanceof ExtendItemContext x) {
      return new DtsStatement.Extend(pos, labels(x.labels), reference(x.target), entries(x.body));
    } else if (item instanceof DeleteNodeRefItemContext d) {
      return new DtsStatement.DeleteNodeRef(pos, reference(d.target));
    } else if (item instanceof OmitRefItemContext o) {
      return new DtsStatement.OmitIfNoRef(pos, reference(o.target));
    }
    throw new IllegalStateException("grammar alternative without a builder case: " + item.getClass());
  }

  private List<DtsEntry> entries(NodeBodyContext body) {
    List<DtsEntry> entries = new ArrayList<>();
    for (NodeItemContext item : body.nodeItem()) {
      entries.add(entry(item));
    }
    return entries;
  }

  private DtsEntry entry(NodeItemContext item) {
    SourcePos pos = pos(item.getStart());
    if (item instanceof ChildItemContext c) {
      String fullName = c.name.getText();
      int at = fullName.indexOf('@');
      String name = at < 0 ? fullName : fullName.substring(0, at);
      String unit = at < 0 ? "" : fullName.substring(at + 1);
      return new DtsEntry.Child(pos, labels(c.labels), name, unit, c.omit != null, entries(c.body));
    } else if (item instanceof PropertyItemContext p) {
      List<DtValue> values = new ArrayList<>();
      p.value().forEach(v -> values.add(value(v)));
      return new DtsEntry.Property(pos, p.name.getText(), values);
    } else if (item instanceof DeleteNodeItemContext d) {
      return new DtsEntry.DeleteNode(pos, d.name.getText());
    } else if (item instanceof DeletePropertyItemContext d) {
      return new DtsEntry.DeleteProperty(pos, d.name.getText());
    }
    throw new IllegalStateException("grammar alternative without a builder case: " + item.getClass());
  }

  private DtValue value(ValueContext value) {
    if (value instanceof StringValueContext s) {
      return new DtValue.Text(DtsLiterals.string(s.STRING().getText()));
    } else if (value instanceof CellsValueContext c) {
      return cells(c);
    } else if (value instanceof BytesValueContext b) {
      return new DtValue.Bytes(DtsLiterals.bytes(b.BYTES().getText(), errorAt(b.getStart())));
    } else if (value instanceof PathValueContext p) {
      return new DtValue.PathRef(reference(p.target));
    }
    throw new IllegalStateException("grammar alternative without a builder case: " + value.getClass());
  }

  private DtValue cells(CellsValueContext c) {
    int bits = 32;
    if (c.bits != null) {
      long written = DtsLiterals.integer(c.bits.getText(), errorAt(c.bits));
      if (written == 8 || written == 16 || written == 32 || written == 64) {
        bits = (int) written;
      } else {
        error(c.bits, "/bits/ must be 8, 16, 32 or 64, not " + c.bits.getText());
      }
    }
    List<DtCell> cells = new ArrayList<>();
    for (CellContext cell : c.cell()) {
      if (cell instanceof RefCellContext r) {
        if (bits != 32) {
          error(r.getStart(), "references are only allowed in arrays of 32-bit cells, not /bits/ " + bits);
        }
        cells.add(DtCell.ref(reference(r.target)));
      } else {
        long value = primary(((IntegerCellContext) cell).primary());
        cells.add(DtCell.of(fit(value, bits, cell.getStart())));
      }
    }
    return new DtValue.Cells(bits, cells);
  }

  private static DtReference reference(ReferenceContext ref) {
    String text = ref.getStart().getText();
    if (ref instanceof PathReferenceContext) {
      return DtReference.toPath(text.substring(2, text.length() - 1));
    }
    return DtReference.toLabel(text.substring(1));
  }

  private static List<String> labels(List<Token> labels) {
    List<String> names = new ArrayList<>();
    for (Token label : labels) {
      String text = label.getText();
      names.add(text.substring(0, text.length() - 1));
    }
    return names;
  }

  private SourcePos pos(Token token) {
    return new SourcePos(file, token.getLine(), token.getCharPositionInLine() + 1);
  }

  private Consumer<String> errorAt(Token token) {
    return message -> error(token, message);
  }

  private void error(Token token, String message) {
    diagnostics.add(Diagnostic.error(file, token.getLine(), token.getCharPositionInLine() + 1, message)
        .quoting(errors.lineText(token.getLine())));
  }

  // ---------------------------------------------------------------- integer expressions (dtc: 64-bit unsigned)

  private long primary(PrimaryContext primary) {
    if (primary instanceof NumberPrimaryContext n) {
      return DtsLiterals.integer(n.NUMBER().getText(), errorAt(n.getStart()));
    } else if (primary instanceof CharPrimaryContext c) {
      return DtsLiterals.character(c.CHAR().getText(), errorAt(c.getStart()));
    }
    return expr(((ParenPrimaryContext) primary).expr());
  }

  private long expr(ExprContext expr) {
    if (expr instanceof PrimaryExprContext p) {
      return primary(p.primary());
    } else if (expr instanceof UnaryExprContext u) {
      long operand = expr(u.operand);
      switch (u.op.getText()) {
        case "-": return -operand;
        case "~": return ~operand;
        default: return operand == 0 ? 1 : 0;
      }
    } else if (expr instanceof ConditionalExprContext c) {
      return expr(c.condition) != 0 ? expr(c.then) : expr(c.otherwise);
    }
    BinaryExprContext b = (BinaryExprContext) expr;
    return binary(b.op, expr(b.left), expr(b.right));
  }

  private long binary(Token op, long l, long r) {
    switch (op.getText()) {
      case "*": return l * r;
      case "/": return r == 0 ? divisionByZero(op) : Long.divideUnsigned(l, r);
      case "%": return r == 0 ? divisionByZero(op) : Long.remainderUnsigned(l, r);
      case "+": return l + r;
      case "-": return l - r;
      // Java masks shift counts to six bits; C's unsigned long long shifted by 64 or more is taken as 0.
      case "<<": return Long.compareUnsigned(r, 64) >= 0 ? 0 : l << r;
      case ">>": return Long.compareUnsigned(r, 64) >= 0 ? 0 : l >>> r;
      case "<": return bool(Long.compareUnsigned(l, r) < 0);
      case ">": return bool(Long.compareUnsigned(l, r) > 0);
      case "<=": return bool(Long.compareUnsigned(l, r) <= 0);
      case ">=": return bool(Long.compareUnsigned(l, r) >= 0);
      case "==": return bool(l == r);
      case "!=": return bool(l != r);
      case "&": return l & r;
      case "^": return l ^ r;
      case "|": return l | r;
      case "&&": return bool(l != 0 && r != 0);
      default: return bool(l != 0 || r != 0);
    }
  }

  private long divisionByZero(Token op) {
    error(op, "division by zero in an integer expression");
    return 0;
  }

  private static long bool(boolean b) {
    return b ? 1 : 0;
  }

  /** The value cut to the element width; like dtc, negative values that fit when sign-extended are accepted. */
  private long fit(long value, int bits, Token at) {
    if (bits == 64) {
      return value;
    }
    long mask = (1L << bits) - 1;
    if ((value & ~mask) != 0 && (value | (mask >>> 1)) != -1L) {
      error(at, String.format("value 0x%x does not fit in a %d-bit cell", value, bits));
    }
    return value & mask;
  }
}
