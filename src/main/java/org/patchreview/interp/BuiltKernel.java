package org.patchreview.interp;

import java.util.ArrayList;
import java.util.List;
import org.patchreview.c.Config;
import org.patchreview.c.KernelBuild;
import org.patchreview.c.TranslationUnit;
import org.patchreview.diag.Diagnostic;
import org.patchreview.tree.SourceTree;

/** A tree built for one config: its parsed units, the linked program, and every problem on the way. */
public record BuiltKernel(Config config, List<TranslationUnit> units, Program program, List<Diagnostic> diagnostics) {

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Builds (preprocess, parse) and links the kernel in {@code tree} for {@code config}. */
  public static BuiltKernel build(SourceTree tree, Config config) {
    return build(tree, config, path -> false);
  }

  /**
   * Builds and links, and compiles at once the functions of the files {@code check} accepts, so that C which cannot
   * run there is reported now rather than when a scenario reaches it (functions are otherwise compiled on first call).
   */
  public static BuiltKernel build(SourceTree tree, Config config, java.util.function.Predicate<String> check) {
    KernelBuild.Result r = KernelBuild.build(tree, config);
    List<Diagnostic> problems = new ArrayList<>(r.diagnostics());
    Program p = null;
    if (!r.hasErrors()) {
      p = Program.link(tree.label() + " (" + config.name() + ")", r.units(), Primitives::lookup);
      problems.addAll(p.diagnostics());
      problems.addAll(p.compileNow(check));
    }
    return new BuiltKernel(config, r.units(), p, List.copyOf(problems));
  }
}
