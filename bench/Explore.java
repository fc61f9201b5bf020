// Exploration figures: for each (board, config), the states per depth, transitions, time and transitions a second,
// exploring the reference patch's base alone (--single) or before and after it side by side (the default, what
// review apply --explore does), to a depth, with a time budget per cell.
// Run after a build:  java -Xss8m -cp target/review.jar bench/Explore.java [depth] [seconds-per-cell] [--single]
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.patchreview.Exploration;
import org.patchreview.ReviewOptions;
import org.patchreview.Timings;
import org.patchreview.corpus.Corpus;
import org.patchreview.mail.MailReader;
import org.patchreview.scenario.ExploreResult;
import org.patchreview.scenario.Explorer;

public class Explore {
  public static void main(String[] args) throws Exception {
    int depth = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 120;
    boolean single = List.of(args).contains("--single");
    Corpus c = Corpus.bundled();
    ReviewOptions base = ReviewOptions.on(c, new Timings());
    var state = c.history().statesNewestFirst().stream().filter(s -> s.getKey().equals("v4.12-rc1")).findFirst()
        .orElseThrow().getValue();
    ReviewOptions o = base.withBase(state, "v4.12-rc1");
    var mails = MailReader.read(Path.of("patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox"));
    // Warm the JIT on a shallow exploration first: the figures are for warm transitions.
    Exploration.explore(o, new Exploration.Request(Explorer.Limits.depth(2), Set.of(), Set.of()));
    System.out.printf("%-14s %-8s %5s %9s %11s %8s %8s  %s%n", "board", "config", "depth", "states", "transitions",
        "time s", "trans/s", "states by depth");
    long cells = c.matrix().boards().size() * (long) c.matrix().configs().size();
    Exploration.Request request = new Exploration.Request(new Explorer.Limits(depth, 1_000_000,
        seconds * 1_000_000_000L * cells), Set.of(), Set.of());
    Exploration.Outcome out = single ? Exploration.explore(o, request) : Exploration.patch(mails, o, request);
    for (ExploreResult r : out.results()) {
      System.out.printf("%-14s %-8s %2d/%-2d %9d %11d %8.1f %8.0f  %s%s%n", r.board(), r.config(), r.reached(),
          r.depth(), r.states(), r.transitions(), r.nanos() / 1e9, r.transitions() / (r.nanos() / 1e9),
          r.statesPerDepth(), r.complete() ? "" : "  (" + r.stoppedBy() + " ran out)");
    }
  }
}
