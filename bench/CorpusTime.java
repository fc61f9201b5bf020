// Replay time of the bundled regression corpus in one JVM: the first replay (JIT cold, the history read included),
// then warm replays with every build, run and preprocessing cache forgotten before each, so they measure the work.
// Run after a build:  java -Xss8m -XX:TieredStopAtLevel=1 -cp target/review.jar bench/CorpusTime.java [rounds]
// The cold figure of the command itself (a fresh JVM each time): bench/corpus-cold.sh
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patchreview.Progress;
import org.patchreview.ReviewOptions;
import org.patchreview.Timings;
import org.patchreview.corpus.Corpus;
import org.patchreview.memo.Memos;
import org.patchreview.regression.CorpusResult;
import org.patchreview.regression.CorpusRunner;

public class CorpusTime {
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Map<String, List<Double>> perEntry = new LinkedHashMap<>();
    double[] totals = new double[rounds + 1];
    for (int round = 0; round <= rounds; round++) {
      Memos.forgetAll();
      long t0 = System.nanoTime();
      Corpus corpus = Corpus.bundled();
      ReviewOptions options = ReviewOptions.on(corpus, new Timings()).withBase(corpus.kernel(), ReviewOptions.MODEL);
      List<CorpusResult> results = CorpusRunner.run(corpus, options, false, name -> true, Progress.NONE);
      totals[round] = (System.nanoTime() - t0) / 1e6;
      for (CorpusResult r : results) {
        if (!r.ok()) {
          throw new IllegalStateException(r.entry().name() + " does not match its golden files");
        }
        if (round > 0) {
          perEntry.computeIfAbsent(r.entry().name(), k -> new ArrayList<>()).add(r.millis());
        }
      }
      System.out.printf("%s %8.0f ms%n", round == 0 ? "first replay in this JVM" : "warm replay " + round + "          ",
          totals[round]);
    }
    double[] warm = Arrays.copyOfRange(totals, 1, totals.length);
    Arrays.sort(warm);
    System.out.printf("%nwarm: median %.0f ms, best %.0f ms over %d replays (entries run in parallel)%n",
        warm[warm.length / 2], warm[0], rounds);
    System.out.println("per entry, warm median (each entry's own wall time, overlapping the others):");
    perEntry.forEach((name, ms) -> {
      double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf("  %-70s %6.0f ms%n", name, v[v.length / 2]);
    });
  }
}
