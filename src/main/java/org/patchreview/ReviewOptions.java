package org.patchreview;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.patchreview.corpus.Corpus;
import org.patchreview.corpus.History;
import org.patchreview.interp.Machine;
import org.patchreview.patch.ApplyOptions;
import org.patchreview.scenario.Matrix;
import org.patchreview.tree.SourceTree;

/**
 * How to review, grouped by what each part says: the {@link Target} (what the patch is applied to), the
 * {@link Request} (what is done with it), and the {@link Observers} (who hears how it goes). A changed copy is made in
 * one way, {@link #with}, through a {@link Builder} that names each field.
 */
public record ReviewOptions(Target target, Request request, Observers observers) {
  /** How reports name the modelled kernel. */
  public static final String MODEL = "the modelled kernel";

  /**
   * What the patch is applied to: {@code base} (named {@code baseName} in reports), or, when {@code chooseBase}, the
   * newest state of {@code history} the patch applies to (null history: none to choose from, none to check Fixes:
   * tags against); {@code tree}, a user's kernel tree applied to before the model, or null.
   */
  public record Target(SourceTree base, String baseName, boolean chooseBase, History history, TreeRequest tree) {}

  /**
   * What is done: the {@code matrix} run before and after with the interpreter's {@code budget}; how hunks are
   * applied; {@code check} applies and reports without replaying; {@code checkFixes} checks Fixes: tags by
   * replaying the commits they name; {@code explain} records statements so that differences say why runs part.
   */
  public record Request(Matrix matrix, Machine.Budget budget, ApplyOptions apply, boolean check, boolean checkFixes,
      boolean explain) {}

  /** Who hears how the review goes: the phases' {@code timings} and a {@code progress} line. */
  public record Observers(Timings timings, Progress progress) {}

  /** A user's kernel tree to apply to: a directory or a git repository, at {@code rev} when not null. */
  public record TreeRequest(Path path, String rev) {}

  /**
   * A review on {@code corpus}: its kernel, or the newest state of its history the patch applies to; its whole
   * matrix under the default budget; applied exactly; Fixes: tags checked; differences explained.
   */
  public static ReviewOptions on(Corpus corpus, Timings timings) {
    return new ReviewOptions(new Target(corpus.kernel(), MODEL, true, corpus.history(), null),
        new Request(corpus.matrix(), Machine.Budget.DEFAULT, ApplyOptions.model(), false, true, true),
        new Observers(timings, Progress.NONE));
  }

  /** A review on the bundled corpus (read once per JVM). */
  public static ReviewOptions bundled(Timings timings) {
    ReviewOptions o = on(Corpus.bundled(), timings);
    timings.mark("corpus and matrix loaded");
    return o;
  }

  /** A copy with what {@code change} sets on a builder that starts as this. */
  public ReviewOptions with(Consumer<Builder> change) {
    Builder b = new Builder(this);
    change.accept(b);
    return b.build();
  }

  /** A copy against exactly {@code tree}, named {@code name} in reports (no state of the history chosen). */
  public ReviewOptions withBase(SourceTree tree, String name) {
    return with(b -> b.base(tree, name));
  }

  /** A copy telling its progress to {@code p}. */
  public ReviewOptions withProgress(Progress p) {
    return with(b -> b.progress(p));
  }

  public SourceTree base() {
    return target.base();
  }

  public String baseName() {
    return target.baseName();
  }

  public boolean chooseBase() {
    return target.chooseBase();
  }

  public History history() {
    return target.history();
  }

  public TreeRequest tree() {
    return target.tree();
  }

  public Matrix matrix() {
    return request.matrix();
  }

  public Machine.Budget budget() {
    return request.budget();
  }

  public ApplyOptions apply() {
    return request.apply();
  }

  public boolean check() {
    return request.check();
  }

  public boolean checkFixes() {
    return request.checkFixes();
  }

  public boolean explain() {
    return request.explain();
  }

  public Timings timings() {
    return observers.timings();
  }

  public Progress progress() {
    return observers.progress();
  }

  /** Every field of the options, each set by name; {@link #with} starts one from existing options. */
  public static final class Builder {
    private SourceTree base;
    private String baseName;
    private boolean chooseBase;
    private History history;
    private TreeRequest tree;
    private Matrix matrix;
    private Machine.Budget budget;
    private ApplyOptions apply;
    private boolean check;
    private boolean checkFixes;
    private boolean explain;
    private Timings timings;
    private Progress progress;

    private Builder(ReviewOptions o) {
      base = o.base();
      baseName = o.baseName();
      chooseBase = o.chooseBase();
      history = o.history();
      tree = o.tree();
      matrix = o.matrix();
      budget = o.budget();
      apply = o.apply();
      check = o.check();
      checkFixes = o.checkFixes();
      explain = o.explain();
      timings = o.timings();
      progress = o.progress();
    }

    /** Review against exactly {@code tree}, named {@code name} in reports: no state of the history is chosen. */
    public Builder base(SourceTree tree, String name) {
      base = tree;
      baseName = name;
      chooseBase = false;
      return this;
    }

    public Builder history(History h) {
      history = h;
      return this;
    }

    /** Apply to a user's tree first ({@code null}: the model only). */
    public Builder tree(TreeRequest t) {
      tree = t;
      return this;
    }

    public Builder matrix(Matrix m) {
      matrix = m;
      return this;
    }

    public Builder budget(Machine.Budget b) {
      budget = b;
      return this;
    }

    public Builder apply(ApplyOptions a) {
      apply = a;
      return this;
    }

    /** Apply and report only, replaying nothing. */
    public Builder check(boolean on) {
      check = on;
      return this;
    }

    public Builder checkFixes(boolean on) {
      checkFixes = on;
      return this;
    }

    /** Whether differences say why runs part (statements are then recorded). */
    public Builder explain(boolean on) {
      explain = on;
      return this;
    }

    public Builder timings(Timings t) {
      timings = t;
      return this;
    }

    public Builder progress(Progress p) {
      progress = p;
      return this;
    }

    ReviewOptions build() {
      return new ReviewOptions(new Target(base, baseName, chooseBase, history, tree),
          new Request(matrix, budget, apply, check, checkFixes, explain), new Observers(timings, progress));
    }
  }
}
