package org.patchreview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patchreview.corpus.History;
import org.patchreview.corpus.HistoryEntry;
import org.patchreview.diff.RunDiff;
import org.patchreview.interp.Machine;
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
  static final String RESOURCE = "introduced-problems.txt";
  private static final String HEADER = "# review: problems each commit of the bundled history introduces, by replay";

  /** What the build recorded: the matrix and budget it ran, and each commit's states and problems by board. */
  record Index(String matrix, Machine.Budget budget, Map<String, Recorded> commits) {
    static final Index NONE = new Index("", null, Map.of());
  }

  /** One commit: the digests of its states before and after, and {@code board -> cell: problem} in run order. */
  record Recorded(String before, String after, List<Map.Entry<String, String>> problems) {}

  private static volatile Index shipped;

  private IntroducedProblems() {}

  /**
   * The problems {@code e} introduces on {@code boards} of {@code options}' matrix: from the shipped index when it
   * holds for this matrix, budget and commit, else by replaying the commit, applied as it was committed (exactly, to
   * the model, whatever the review's own apply options or tree).
   */
  static Set<String> of(Review.Options options, History history, HistoryEntry e, Set<String> boards) {
    Recorded known = lookup(index(), options, history, e);
    if (known != null) {
      Set<String> out = new LinkedHashSet<>();
      known.problems().stream().filter(p -> boards.contains(p.getKey())).forEach(p -> out.add(p.getValue()));
      return out;
    }
    return replay(options.withMatrix(options.matrix().onBoards(boards)), history, e);
  }

  static Recorded lookup(Index index, Review.Options options, History history, HistoryEntry e) {
    Matrix m = options.matrix();
    Recorded r = index.commits().get(e.name());
    if (r == null || m.source() == null || !m.source().equals(index.matrix())
        || !options.budget().equals(index.budget())) {
      return null;
    }
    return r.before().equals(history.before(e).digest()) && r.after().equals(history.after(e).digest()) ? r : null;
  }

  /** Replays {@code e} on {@code options}' matrix and keeps what its runs have after and not before. */
  static Set<String> replay(Review.Options options, History history, HistoryEntry e) {
    Set<String> out = new LinkedHashSet<>();
    for (RunDiff d : runs(options, history, e)) {
      introduced(d).forEach(p -> out.add(d.id() + ": " + p));
    }
    return out;
  }

  private static List<RunDiff> runs(Review.Options options, History history, HistoryEntry e) {
    ReviewResult r = review(options, history, e);
    return r.report() == null ? List.of() : r.report().runs();
  }

  private static ReviewResult review(Review.Options options, History history, HistoryEntry e) {
    Review.Options replay = options.applying(ApplyOptions.model(), null, false)
        .withBase(history.before(e), e.name()).withoutFixesCheck().withoutExplaining();
    return Review.review(new MailReadResult(List.of(e.mail()), List.of(), List.of()), replay);
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
    Index i = shipped;
    if (i == null) {
      try (InputStream in = IntroducedProblems.class.getResourceAsStream("/" + RESOURCE)) {
        i = in == null ? Index.NONE : read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException ex) {
        i = Index.NONE;   // an unreadable index only costs the replays it would have saved
      }
      shipped = i;
    }
    return i;
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
      List<Map.Entry<String, String>> problems = new ArrayList<>();
      for (int k = Integer.parseInt(w[3]); k > 0; k--) {
        String p = in.readLine();
        int tab = p == null ? -1 : p.indexOf('\t');
        if (tab < 0) {
          return Index.NONE;
        }
        problems.add(Map.entry(p.substring(0, tab), p.substring(tab + 1)));
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
  static String write(Review.Options options, History history) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    Machine.Budget b = options.budget();
    out.append("matrix ").append(options.matrix().source()).append('\n');
    out.append("budget ").append(b.steps()).append(' ').append(b.depth()).append(' ').append(b.heapBytes()).append('\n');
    for (HistoryEntry e : history.entries()) {
      ReviewResult r = review(options, history, e);
      if (r.report() == null || !r.errors().isEmpty()) {
        // Not an answer: an index that said "introduces nothing" here would be taken for one.
        throw new IllegalStateException(e.name() + ": its replay failed: " + r.errors());
      }
      List<String> lines = new ArrayList<>();
      for (RunDiff d : r.report().runs()) {
        for (String p : introduced(d)) {
          if (p.indexOf('\n') >= 0 || p.indexOf('\t') >= 0 || d.board().indexOf('\t') >= 0) {
            throw new IllegalStateException(e.name() + ": a problem that does not fit on one line: " + p);
          }
          lines.add(d.board() + "\t" + d.id() + ": " + p);
        }
      }
      out.append("commit ").append(e.name()).append(' ').append(history.before(e).digest()).append(' ')
          .append(history.after(e).digest()).append(' ').append(lines.size()).append('\n');
      lines.forEach(l -> out.append(l).append('\n'));
    }
    return out.toString();
  }

  /**
   * Run by the build: replays every commit of the bundled history on the bundled matrix and writes the index beside
   * the classes ({@code args[0]}, default {@code target/classes}).
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args.length > 0 ? args[0] : "target/classes");
    long start = System.nanoTime();
    Review.Options options = Review.Options.bundled();
    if (options.history() == null || options.matrix().hasErrors()) {
      System.out.println("review: no bundled history to index");
      return;
    }
    Files.writeString(classes.resolve(RESOURCE), write(options, options.history()));
    System.out.printf("review: recorded the problems each of the %d commits of the bundled history introduces in %s"
        + " (%.1f s)%n", options.history().entries().size(), classes.resolve(RESOURCE),
        (System.nanoTime() - start) / 1e9);
  }
}
