package org.patchreview;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import org.patchreview.c.Config;
import org.patchreview.c.Decl;
import org.patchreview.c.KernelBuild;
import org.patchreview.c.TranslationUnit;
import org.patchreview.diag.Diagnostic;
import org.patchreview.interp.BuiltKernel;
import org.patchreview.memo.Memo;
import org.patchreview.patch.ParsedC;
import org.patchreview.scenario.Matrix;
import org.patchreview.tree.SourceTree;

/**
 * The one place kernels are built: a tree under a config, once per JVM by content, in the background. The corpus
 * replays a chain where each patch's tree after is the next one's tree before, so each state is built once.
 */
final class Builds {
  /** A build depends on the tree's content and the whole config (compared symbol by symbol, not by a hash). */
  private record Key(String treeDigest, Config config) {}

  private static final Memo<Key, CompletableFuture<BuiltKernel>> BUILT = Memo.lru("built kernels", 48);

  /**
   * Builds run on their own daemon threads: a review waits for them, and waiting inside the common fork-join pool
   * (where the parallel parsing and runs go) would starve it on a two-core machine.
   */
  private static final ExecutorService BUILDERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "review-build");
    t.setDaemon(true);
    return t;
  });

  private Builds() {}

  /** {@code tree} built under {@code c}'s config, started now unless it was before; {@code what} names it in timings. */
  static CompletableFuture<BuiltKernel> of(SourceTree tree, Matrix.ConfigEntry c, Timings timings, String what) {
    return of(tree, c, timings, what, null);
  }

  /**
   * The same, for a tree that differs from {@code from} (the base of a review, built as "unpatched") in a few files:
   * its build waits for that one and takes every unit the differences do not reach.
   */
  static CompletableFuture<BuiltKernel> of(SourceTree tree, Matrix.ConfigEntry c, Timings timings, String what,
      SourceTree from) {
    // A tree the same as its base is that build (waiting for it would wait for itself).
    SourceTree base = from != null && from.digest().equals(tree.digest()) ? null : from;
    return BUILT.shared(new Key(tree.digest(), c.config()), k -> CompletableFuture.supplyAsync(() -> {
      BuiltKernel prior = base == null ? null : of(base, c, timings, "unpatched").join();
      BuiltKernel b = BuiltKernel.build(tree, c.config(), prior, base, RunStore.builtClean(tree.digest(), c.config()));
      timings.mark(what + " kernel built (" + c.config().name() + ")");
      return b;
    }, BUILDERS));
  }

  /** Starts building the base for every config: the builds do not depend on the patch. */
  static void prepare(ReviewOptions options) {
    for (Matrix.ConfigEntry c : options.matrix().configs()) {
      of(options.base(), c, options.timings(), "unpatched");
    }
  }

  /**
   * Starts readying the build of a patch that touches {@code touched} (null: not known) beside the review, on the base
   * under the first config ({@link KernelBuild#warm}): the first source the patch touches, at once (with the header
   * it also touches, that source is rebuilt too, and its declarations the patch leaves alone are then parsed
   * already); for a patch to headers alone, once the base's build says which units read them, the widest of those.
   */
  static Future<?> warm(ReviewOptions options, Set<String> touched) {
    if (touched == null || options.matrix().configs().isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    Matrix.ConfigEntry first = options.matrix().configs().get(0);
    SourceTree base = options.base();
    String source = touched.stream().filter(p -> p.endsWith(".c") && base.contains(p)).sorted().findFirst()
        .orElse(null);
    CompletableFuture<BuiltKernel> built = source != null ? null : of(base, first, options.timings(), "unpatched");
    return BUILDERS.submit(() -> {
      try {
        String unit = source;
        if (unit == null) {
          BuiltKernel b = built.join();
          unit = b.hasErrors() ? null : KernelBuild.widestReader(b.parsed(), touched);
        }
        if (unit != null) {
          KernelBuild.warm(base, first.config(), unit, touched);
        }
      } catch (RuntimeException | StackOverflowError e) {
        // Readying is only ahead of time: the review's own build meets the same problem and reports it.
      }
    });
  }

  /** The first errors of {@code diagnostics} (ten at most: the rest follow from them). */
  static List<Diagnostic> errorsOf(List<Diagnostic> diagnostics) {
    return diagnostics.stream().filter(Diagnostic::isError).limit(10).toList();
  }

  /** What building a tree reported, and the errors of the files the patch changed, compiled even where no run goes. */
  static List<Diagnostic> problems(BuiltKernel built, Set<String> changed) {
    List<Diagnostic> problems = new ArrayList<>(built.diagnostics());
    // A build known to compile whole without a problem has none in the files the patch changed.
    if (!built.hasErrors() && !built.knownClean()) {
      problems.addAll(built.program().compileNow(changed::contains));
    }
    return problems;
  }

  /**
   * The parses of the unpatched base's builds (every config), so that applying to the model finds functions without
   * parsing a file again; null for a file that is not as the base has it or that no built unit reads.
   */
  static ParsedC baseParses(ReviewOptions options) {
    return (path, content) -> {
      if (!options.base().holds(path, content)) {
        return null;
      }
      List<Decl> out = new ArrayList<>();
      for (Matrix.ConfigEntry c : options.matrix().configs()) {
        for (TranslationUnit u : of(options.base(), c, options.timings(), "unpatched").join().units()) {
          out.addAll(u.decls());
        }
      }
      return out.stream().anyMatch(d -> d.span().file().equals(path)) ? out : null;
    };
  }
}
