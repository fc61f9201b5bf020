package org.patchreview.c;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.patchreview.grammar.KernelCParser;
import org.patchreview.grammar.KernelCParser.AttributeContext;
import org.patchreview.grammar.KernelCParser.AttributeSpecifierContext;
import org.patchreview.grammar.KernelCParser.BalancedContext;

/** The attribute half of {@link AstBuilder}: GNU attributes, kernel annotations and asm labels as {@link Attribute}s. */
final class AstAttributes {
  private AstAttributes() {}

  static List<Attribute> of(List<AttributeSpecifierContext> list, AstExpressions expressions) {
    List<Attribute> out = new ArrayList<>();
    for (AttributeSpecifierContext a : list) {
      if (a.Annotation() != null) {
        out.add(new Attribute(Attribute.normalise(a.Annotation().getText()), List.of(), ""));
      } else if (a.AnnotationWithArgs() != null) {
        out.add(new Attribute(Attribute.normalise(a.AnnotationWithArgs().getText()), strings(a.balanced(), expressions),
            AstBuilder.text(a.balanced())));
      } else if (!a.attribute().isEmpty()) {
        for (AttributeContext at : a.attribute()) {
          if (at.attributeName() != null) {
            out.add(new Attribute(Attribute.normalise(at.attributeName().getText()), strings(at.balanced(), expressions),
                AstBuilder.text(at.balanced())));
          }
        }
      } else if (!a.StringLiteral().isEmpty()) {
        out.add(new Attribute("asm", List.of(new String(expressions.stringBytes(a.StringLiteral()),
            java.nio.charset.StandardCharsets.UTF_8)), ""));
      }
    }
    return out;
  }

  private static List<String> strings(List<BalancedContext> balanced, AstExpressions expressions) {
    List<String> out = new ArrayList<>();
    List<TerminalNode> run = new ArrayList<>();
    collectStrings(balanced, run);
    if (!run.isEmpty()) {
      out.add(new String(expressions.stringBytes(run), java.nio.charset.StandardCharsets.UTF_8));
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
