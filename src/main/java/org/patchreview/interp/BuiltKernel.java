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
 *
 * <p>A build known to link and compile without a problem (a bundled state, which the build of review linked and
 * compiled whole) links only when a run asks for its program: a review that takes every run of it from the store, as
 * the corpus does, never links it.
 */
public final class BuiltKernel {
  private final String treeDigest;
  private final Config config;
  private final List<TranslationUnit> units;
  private final List<Diagnostic> diagnostics;
  private final KernelBuild.Result parsed;
  private final boolean knownClean;
  private final String label;
  private volatile Program program;

  private BuiltKernel(String treeDigest, Config config, List<TranslationUnit> units, Program program,
      List<Diagnostic> diagnostics, KernelBuild.Result parsed, boolean knownClean, String label) {
    this.treeDigest = treeDigest;
    this.config = config;
    this.units = units;
    this.program = program;
    this.diagnostics = diagnostics;
    this.parsed = parsed;
    this.knownClean = knownClean;
    this.label = label;
  }

  public String treeDigest() {
    return treeDigest;
  }

  public Config config() {
    return config;
  }

  public List<TranslationUnit> units() {
    return units;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public KernelBuild.Result parsed() {
    return parsed;
  }

  /**
   * Whether the build is known to link and compile every function without a problem, so that its program is linked
   * only when asked for and compiling its files can report nothing.
   */
  public boolean knownClean() {
    return knownClean;
  }

  /** The linked program; null when the build failed. */
  public Program program() {
    Program p = program;
    if (p == null && knownClean) {
      synchronized (this) {
        if (program == null) {
          program = Program.link(label, units, Primitives::lookup);
        }
        p = program;
      }
    }
    return p;
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Builds (preprocess, parse) and links the kernel in {@code tree} for {@code config}. */
  public static BuiltKernel build(SourceTree tree, Config config) {
    return build(tree, config, null, null, false);
  }

  /**
   * The same, taking from {@code prior} (the build of {@code priorTree} under the same config, or null) every unit
   * the differences between the two trees do not reach. With {@code knownClean} (the tree and config are known to
   * link and compile without a problem) the program is linked when first asked for.
   */
  public static BuiltKernel build(SourceTree tree, Config config, BuiltKernel prior, SourceTree priorTree,
      boolean knownClean) {
    KernelBuild.Result r = KernelBuild.build(tree, config, prior == null ? null : prior.parsed(), priorTree);
    List<Diagnostic> problems = new ArrayList<>(r.diagnostics());
    String label = tree.label() + " (" + config.name() + ")";
    Program p = null;
    boolean lazy = knownClean && !r.hasErrors();
    if (!r.hasErrors() && !lazy) {
      p = Program.link(label, r.units(), Primitives::lookup);
      problems.addAll(p.diagnostics());
    }
    return new BuiltKernel(tree.digest(), config, r.units(), p, List.copyOf(problems), r, lazy, label);
  }
}
