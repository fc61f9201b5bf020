// Warm time of one (board, config, scenario) run of the unpatched bundled kernel; with --record, of a run that also
// records the statements it executes (what reports use to say where two runs part).
// Run after a build:  java -Xss8m -cp target/review.jar bench/WarmRuns.java [rounds] [--record]
import java.util.ArrayList;
import java.util.List;
import org.patchreview.corpus.Corpus;
import org.patchreview.interp.BuiltKernel;
import org.patchreview.interp.Machine;
import org.patchreview.scenario.Matrix;
import org.patchreview.scenario.Scenario;
import org.patchreview.scenario.ScenarioRunner;

public class WarmRuns {
  public static void main(String[] args) {
    int rounds = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 30;
    boolean record = List.of(args).contains("--record");
    long statements = 0;
    Matrix matrix = Corpus.bundled().matrix();
    List<BuiltKernel> builds = new ArrayList<>();
    for (Matrix.ConfigEntry c : matrix.configs()) {
      builds.add(BuiltKernel.build(Corpus.bundled().kernel(), c.config()));
    }
    // Warm up the JIT on every cell, then time each cell over the rounds.
    long[] total = new long[matrix.size()];
    // CPU time of this thread (the runs are single-threaded): steadier than wall time when other work shares the cores.
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu = 0;
    for (int round = -10; round < rounds; round++) {
      int cell = 0;
      for (int c = 0; c < matrix.configs().size(); c++) {
        Matrix.ConfigEntry config = matrix.configs().get(c);
        for (var board : matrix.boards()) {
          var b = config.apply(board);
          for (Scenario s : matrix.scenarios()) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            var traces = ScenarioRunner.runChain(builds.get(c).program(), b, config.config(), List.of(s),
                Machine.Budget.DEFAULT, matrix.observing(), record);
            if (round >= 0) {
              total[cell] += System.nanoTime() - t0;
              cpu += threads.getCurrentThreadCpuTime() - c0;
              if (record) {
                statements += traces.get(0).execution().end();
              }
            }
            cell++;
          }
        }
      }
    }
    double sum = 0;
    double max = 0;
    int cell = 0;
    for (int c = 0; c < matrix.configs().size(); c++) {
      for (var board : matrix.boards()) {
        for (Scenario s : matrix.scenarios()) {
          double ms = total[cell++] / 1e6 / rounds;
          sum += ms;
          max = Math.max(max, ms);
          System.out.printf("%-14s %-9s %-12s %6.2f ms%n", board.name(), matrix.configs().get(c).config().name(),
              s.name(), ms);
        }
      }
    }
    System.out.printf("mean %.2f ms, max %.2f ms per run over %d runs (%d rounds); mean CPU %.2f ms per run%s%n",
        sum / matrix.size(), max, matrix.size(), rounds, cpu / 1e6 / rounds / matrix.size(), record ? String.format(", recording statements: %d per run on average",
            statements / rounds / matrix.size()) : "");
  }
}
