package org.patchreview.interp;

import java.util.function.Consumer;
import org.patchreview.c.Decl;
import org.patchreview.c.Stmt;

/** Finds the {@code static} local variables of a function body, wherever they are nested. */
final class StaticLocalFinder {
  private StaticLocalFinder() {}

  static void find(Stmt s, Consumer<Decl.Var> found) {
    if (s == null) {
      return;
    }
    if (s instanceof Stmt.Local l) {
      l.vars().stream().filter(v -> v.storage() == Decl.Storage.STATIC).forEach(found);
    } else if (s instanceof Stmt.Block b) {
      b.items().forEach(i -> find(i, found));
    } else if (s instanceof Stmt.If i) {
      find(i.then(), found);
      find(i.otherwise(), found);
    } else if (s instanceof Stmt.While w) {
      find(w.body(), found);
    } else if (s instanceof Stmt.DoWhile d) {
      find(d.body(), found);
    } else if (s instanceof Stmt.For f) {
      find(f.init(), found);
      find(f.body(), found);
    } else if (s instanceof Stmt.Switch w) {
      find(w.body(), found);
    } else if (s instanceof Stmt.Case c) {
      find(c.body(), found);
    } else if (s instanceof Stmt.Default d) {
      find(d.body(), found);
    } else if (s instanceof Stmt.Labeled l) {
      find(l.body(), found);
    } else if (s instanceof Stmt.MacroStmt m) {
      find(m.body(), found);
    }
  }
}
