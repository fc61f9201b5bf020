package org.patchreview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patchreview.corpus.History;
import org.patchreview.corpus.HistoryEntry;
import org.patchreview.diff.RunDiff;
import org.patchreview.diag.Diagnostic;
import org.patchreview.interp.Machine;
import org.patchreview.memo.Lazy;
import org.patchreview.mail.MailReadResult;
import org.patchreview.observe.Observation;
import org.patchreview.patch.ApplyOptions;
import org.patchreview.scenario.Matrix;

/**
 * The faults, leaks and warnings a commit of the modelled history introduces: {@code cell: problem} for each problem
 * its replay has after and not before, per board. A Fixes: check asks this of the commit a tag names and, when that
 * is not the one, of the main line before the patch's base.
 *
 * <p>Replaying a commit builds and runs its two states on every board asked for, about 0.15 s each on a cold JVM. The
 * answers for the bundled history on the bundled matrix do not depend on the patch under review, so the build works
 * them out once ({@link #main}, Maven's process-classes phase, after the parse store) and ships them in the jar as
 * {@value #RESOURCE}. An answer is taken from there only when the matrix is the one it was computed on (same board,
 * config and scenario files), the budget is the default, and the commit's states before and after have the digests
 * recorded; anything else is replayed.
 */
public final class IntroducedProblems {
  public static final String RESOURCE = "introduced-problems.txt";
  private static final String HEADER = "# review: problems each commit of the bundled history introduces, by replay";

  /** What the build recorded: the matrix and budget it ran, and each commit's states and problems by board. */
  record Index(String matrix, Machine.Budget budget, Map<String, Recorded> commits) {
    static final Index NONE = new Index("", null, Map.of());
  }

  /** One commit: the digests of its states before and after, and the problems it introduces in run order. */
  record Recorded(String before, String after, List<CellProblem> problems) {}

  private static final Lazy<Index> SHIPPED = Lazy.of("shipped index of introduced problems",
      IntroducedProblems::readShipped);

  private IntroducedProblems() {}

  /**
   * The problems {@code e} introduces on {@code boards} of {@code options}' matrix: from the shipped index when it
   * holds for this matrix, budget and commit, else by replaying the commit, applied as it was committed (exactly, to
   * the model, whatever the review's own apply options or tree).
   */
  static Set<CellProblem> of(ReviewOptions options, History history, HistoryEntry e, Set<String> boards) {
    Recorded known = lookup(index(), options, history, e);
    if (known != null) {
      Set<CellProblem> out = new LinkedHashSet<>();
      known.problems().stream().filter(p -> boards.contains(p.board())).forEach(out::add);
      return out;
    }
    return replay(options.with(o -> o.matrix(options.matrix().onBoards(boards))), history, e);
  }

  static Recorded lookup(Index index, ReviewOptions options, History history, HistoryEntry e) {
    Matrix m = options.matrix();
    Recorded r = index.commits().get(e.name());
    if (r == null || m.source() == null || !m.source().equals(index.matrix())
        || !options.budget().equals(index.budget())) {
      return null;
    }
    return r.before().equals(history.before(e).digest()) && r.after().equals(history.after(e).digest()) ? r : null;
  }

  /** Replays {@code e} on {@code options}' matrix and keeps what its runs have after and not before. */
  static Set<CellProblem> replay(ReviewOptions options, History history, HistoryEntry e) {
    Set<CellProblem> out = new LinkedHashSet<>();
    Replayed r = replayed(options, history, e);
    for (RunDiff d : r.runs()) {
      introduced(d).forEach(p -> out.add(CellProblem.of(d, p)));
    }
    return out;
  }

  /** A commit's runs, or the errors that stopped its replay. */
  private record Replayed(List<RunDiff> runs, List<Diagnostic> errors) {}

  /**
   * The commit applied as it was committed (exactly, to the model, whatever the review's own apply options or tree)
   * to the state before it, and replayed there: the stages a review composes, without checking Fixes: tags (this is
   * what checks them) and without recording statements (only verdicts are read).
   */
  private static Replayed replayed(ReviewOptions options, History history, HistoryEntry e) {
    ReviewOptions replay = options.with(o -> o.apply(ApplyOptions.model()).tree(null).check(false)
        .base(history.before(e), e.name()).checkFixes(false).explain(false));
    MailReadResult mail = new MailReadResult(List.of(e.mail()), List.of(), List.of());
    ApplyStage.Outcome applied = ApplyStage.run(mail, replay);
    if (applied.onModel() == null) {
      return new Replayed(List.of(), applied.errors().isEmpty()
          ? List.of(Diagnostic.error(e.name(), 0, "not replayed: " + applied.replay().whyNot())) : applied.errors());
    }
    Replay.Result r = Replay.run(replay, List.of(e.mail()), applied.onModel(), new ArrayList<>(), null);
    return r.failure() != null ? new Replayed(List.of(), r.failure().errors()) : new Replayed(r.runs(), List.of());
  }

  private static List<String> introduced(RunDiff d) {
    Set<String> before = new LinkedHashSet<>();
    d.problemsBefore().forEach(o -> before.add(o.key()));
    List<String> out = new ArrayList<>();
    for (Observation o : d.problemsAfter()) {
      if (!before.contains(o.key()) && !out.contains(o.key())) {
        out.add(o.key());
      }
    }
    return out;
  }

  static Index index() {
    return SHIPPED.get();
  }

  private static Index readShipped() {
    try (InputStream in = IntroducedProblems.class.getResourceAsStream("/" + RESOURCE)) {
      return in == null ? Index.NONE : read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException ex) {
      return Index.NONE;   // an unreadable index only costs the replays it would have saved
    }
  }

  /** Reads the text {@link #write} makes; anything malformed gives an empty index. */
  static Index read(String text) throws IOException {
    BufferedReader in = new BufferedReader(new java.io.StringReader(text));
    if (!HEADER.equals(in.readLine())) {
      return Index.NONE;
    }
    String matrix = field(in.readLine(), "matrix ");
    String[] budget = field(in.readLine(), "budget ").split(" ");
    Map<String, Recorded> commits = new HashMap<>();
    String line = in.readLine();
    while (line != null) {
      String[] w = field(line, "commit ").split(" ");
      List<CellProblem> problems = new ArrayList<>();
      for (int k = Integer.parseInt(w[3]); k > 0; k--) {
        String p = in.readLine();
        String[] f = p == null ? new String[0] : p.split("\t", -1);
        if (f.length != 3) {
          return Index.NONE;
        }
        problems.add(new CellProblem(f[0], f[1], f[2]));
      }
      commits.put(w[0], new Recorded(w[1], w[2], List.copyOf(problems)));
      line = in.readLine();
    }
    return new Index(matrix, new Machine.Budget(Long.parseLong(budget[0]), Integer.parseInt(budget[1]),
        Long.parseLong(budget[2])), Map.copyOf(commits));
  }

  private static String field(String line, String word) {
    if (line == null || !line.startsWith(word)) {
      throw new IllegalArgumentException("expected '" + word.strip() + "', found " + line);
    }
    return line.substring(word.length());
  }

  /** The index of every commit of {@code history} replayed on {@code options}' whole matrix. */
  public static String write(ReviewOptions options, History history) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    Machine.Budget b = options.budget();
    out.append("matrix ").append(options.matrix().source()).append('\n');
    out.append("budget ").append(b.steps()).append(' ').append(b.depth()).append(' ').append(b.heapBytes()).append('\n');
    for (HistoryEntry e : history.entries()) {
      Replayed r = replayed(options, history, e);
      if (!r.errors().isEmpty()) {
        // Not an answer: an index that said "introduces nothing" here would be taken for one.
        throw new IllegalStateException(e.name() + ": its replay failed: " + r.errors());
      }
      List<String> lines = new ArrayList<>();
      for (RunDiff d : r.runs()) {
        for (String p : introduced(d)) {
          if (p.indexOf('\n') >= 0 || p.indexOf('\t') >= 0 || d.id().indexOf('\t') >= 0) {
            throw new IllegalStateException(e.name() + ": a problem that does not fit on one line: " + p);
          }
          lines.add(d.board() + "\t" + d.id() + "\t" + p);
        }
      }
      out.append("commit ").append(e.name()).append(' ').append(history.before(e).digest()).append(' ')
          .append(history.after(e).digest()).append(' ').append(lines.size()).append('\n');
      lines.forEach(l -> out.append(l).append('\n'));
    }
    return out.toString();
  }
}
