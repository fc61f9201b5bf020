package org.patchreview.interp;

import java.util.ArrayList;
import java.util.List;
import org.patchreview.c.Config;
import org.patchreview.c.KernelBuild;
import org.patchreview.c.TranslationUnit;
import org.patchreview.diag.Diagnostic;
import org.patchreview.tree.SourceTree;

/** A tree built for one config: its parsed units, the linked program, and every problem on the way. */
public record BuiltKernel(String treeDigest, Config config, List<TranslationUnit> units, Program program,
    List<Diagnostic> diagnostics) {

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Builds (preprocess, parse) and links the kernel in {@code tree} for {@code config}. */
  public static BuiltKernel build(SourceTree tree, Config config) {
    KernelBuild.Result r = KernelBuild.build(tree, config);
    List<Diagnostic> problems = new ArrayList<>(r.diagnostics());
    Program p = null;
    if (!r.hasErrors()) {
      p = Program.link(tree.label() + " (" + config.name() + ")", r.units(), Primitives::lookup);
      problems.addAll(p.diagnostics());
    }
    return new BuiltKernel(tree.digest(), config, r.units(), p, List.copyOf(problems));
  }
}
