package org.patchreview.c;

import org.antlr.v4.runtime.misc.ParseCancellationException;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.patchreview.grammar.KernelCParser;
import org.patchreview.grammar.KernelCParser.AttributeContext;
import org.patchreview.grammar.KernelCParser.AttributeSpecifierContext;
import org.patchreview.grammar.KernelCParser.BalancedContext;
import org.patchreview.grammar.KernelCParser.ExpressionContext;

/** Builds attributes for {@link AstBuilder}: GNU attributes, kernel annotations and asm labels as {@link Attribute}s. */
final class AstAttributes {
  private AstAttributes() {}

  static List<Attribute> of(List<AttributeSpecifierContext> list, AstExpressions expressions) {
    List<Attribute> out = new ArrayList<>();
    for (AttributeSpecifierContext a : list) {
      if (a.Annotation() != null) {
        out.add(new Attribute(Attribute.normalise(a.Annotation().getText()), List.of(), ""));
      } else if (a.AnnotationWithArgs() != null) {
        out.add(new Attribute(Attribute.normalise(a.AnnotationWithArgs().getText()), strings(a.balanced(), expressions),
            AstBuilder.text(a.balanced()), argument(a.balanced(), expressions)));
      } else if (!a.attribute().isEmpty()) {
        for (AttributeContext at : a.attribute()) {
          if (at.attributeName() != null) {
            out.add(new Attribute(Attribute.normalise(at.attributeName().getText()), strings(at.balanced(), expressions),
                AstBuilder.text(at.balanced()), argument(at.balanced(), expressions)));
          }
        }
      } else if (!a.StringLiteral().isEmpty()) {
        out.add(new Attribute("asm", List.of(new String(AstBuilder.stringBytes(a.StringLiteral()),
            java.nio.charset.StandardCharsets.UTF_8)), ""));
      }
    }
    return out;
  }

  /** The attribute's argument read as one C expression, or null when it is not one. */
  private static Expr argument(List<BalancedContext> balanced, AstExpressions expressions) {
    if (balanced.isEmpty()) {
      return null;
    }
    List<Token> tokens = new ArrayList<>();
    for (BalancedContext b : balanced) {
      collectTokens(b, tokens);
    }
    KernelCParser p = new KernelCParser(new CommonTokenStream(new ListTokenSource(tokens)));
    p.removeErrorListeners();
    p.setErrorHandler(new BailErrorStrategy());
    try {
      ExpressionContext e = p.expression();
      return p.getCurrentToken().getType() == Token.EOF ? expressions.expression(e) : null;
    } catch (ParseCancellationException | CInputException notAnExpression) {
      return null;
    }
  }

  private static void collectTokens(ParseTree t, List<Token> out) {
    if (t instanceof TerminalNode tn) {
      out.add(tn.getSymbol());
      return;
    }
    for (int i = 0; i < t.getChildCount(); i++) {
      collectTokens(t.getChild(i), out);
    }
  }

  private static List<String> strings(List<BalancedContext> balanced, AstExpressions expressions) {
    List<String> out = new ArrayList<>();
    List<TerminalNode> run = new ArrayList<>();
    collectStrings(balanced, run);
    if (!run.isEmpty()) {
      out.add(new String(AstBuilder.stringBytes(run), java.nio.charset.StandardCharsets.UTF_8));
    }
    return out;
  }

  private static void collectStrings(List<BalancedContext> balanced, List<TerminalNode> out) {
    for (BalancedContext b : balanced) {
      if (b.getChildCount() == 1 && b.getChild(0) instanceof TerminalNode tn
          && tn.getSymbol().getType() == KernelCParser.StringLiteral) {
        out.add(tn);
      } else {
        collectStrings(b.balanced(), out);
      }
    }
  }
}
