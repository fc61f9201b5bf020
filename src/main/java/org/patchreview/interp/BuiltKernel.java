package org.patchreview.interp;

import java.util.ArrayList;
import java.util.List;
import org.patchreview.c.Config;
import org.patchreview.c.KernelBuild;
import org.patchreview.c.TranslationUnit;
import org.patchreview.diag.Diagnostic;
import org.patchreview.tree.SourceTree;

/**
 * A tree built for one config: its parsed units, the linked program, and every problem on the way; {@code parsed} is
 * the front end's result, which says what each unit read (a later build of a tree that differs in a few files takes
 * the units they do not reach).
 */
public record BuiltKernel(String treeDigest, Config config, List<TranslationUnit> units, Program program,
    List<Diagnostic> diagnostics, KernelBuild.Result parsed) {

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Builds (preprocess, parse) and links the kernel in {@code tree} for {@code config}. */
  public static BuiltKernel build(SourceTree tree, Config config) {
    return build(tree, config, null, null);
  }

  /**
   * The same, taking from {@code prior} (the build of {@code priorTree} under the same config, or null) every unit
   * the differences between the two trees do not reach.
   */
  public static BuiltKernel build(SourceTree tree, Config config, BuiltKernel prior, SourceTree priorTree) {
    KernelBuild.Result r = KernelBuild.build(tree, config, prior == null ? null : prior.parsed(), priorTree);
    List<Diagnostic> problems = new ArrayList<>(r.diagnostics());
    Program p = null;
    if (!r.hasErrors()) {
      p = Program.link(tree.label() + " (" + config.name() + ")", r.units(), Primitives::lookup);
      problems.addAll(p.diagnostics());
    }
    return new BuiltKernel(tree.digest(), config, r.units(), p, List.copyOf(problems), r);
  }
}
