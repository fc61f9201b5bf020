package org.patchreview.c;

import java.util.ArrayList;
import java.util.List;
import org.patchreview.grammar.KernelCParser.*;

/** Builds initialisers for {@link AstExpressions}: braced lists, designators, and comma-less macro items. */
final class AstInitializers {
  private final AstExpressions expressions;

  AstInitializers(AstExpressions expressions) {
    this.expressions = expressions;
  }

  Initializer initializer(InitializerContext ctx) {
    if (ctx instanceof ExprInitializerContext e) {
      return new Initializer.Single(AstBuilder.span(e), expressions.expr(e.expr()));
    }
    ListInitializerContext l = (ListInitializerContext) ctx;
    if (l.macroItem().isEmpty()) {
      return new Initializer.Braced(AstBuilder.span(l), items(l.initializerItem()));
    }
    // Items in source order, the comma-less macro calls among them.
    List<Initializer.Item> items = new ArrayList<>();
    for (int i = 0; i < l.getChildCount(); i++) {
      if (l.getChild(i) instanceof InitializerItemContext item) {
        items.addAll(items(List.of(item)));
      } else if (l.getChild(i) instanceof MacroItemContext m) {
        Expr call = new Expr.Call(AstBuilder.span(m), new Expr.Ident(AstBuilder.span(m), m.Identifier().getText()),
            expressions.arguments(m.argument()));
        items.add(new Initializer.Item(List.of(), new Initializer.Single(AstBuilder.span(m), call)));
      }
    }
    return new Initializer.Braced(AstBuilder.span(l), List.copyOf(items));
  }

  List<Initializer.Item> items(List<InitializerItemContext> list) {
    List<Initializer.Item> items = new ArrayList<>();
    for (InitializerItemContext item : list) {
      if (item instanceof DesignatedItemContext d) {
        List<Designator> ds = new ArrayList<>();
        for (DesignatorContext dc : d.designator()) {
          ds.add(designator(dc));
        }
        items.add(new Initializer.Item(List.copyOf(ds), initializer(d.initializer())));
      } else if (item instanceof GnuDesignatedItemContext g) {
        items.add(new Initializer.Item(List.of(new Designator.Field(g.Identifier().getText())),
            initializer(g.initializer())));
      } else {
        items.add(new Initializer.Item(List.of(), initializer(((PlainItemContext) item).initializer())));
      }
    }
    return List.copyOf(items);
  }

  Designator designator(DesignatorContext dc) {
    if (dc instanceof FieldDesignatorContext f) {
      return new Designator.Field(f.Identifier().getText());
    }
    IndexDesignatorContext i = (IndexDesignatorContext) dc;
    return new Designator.Index(expressions.expr(i.index), i.last == null ? null : expressions.expr(i.last));
  }
}
