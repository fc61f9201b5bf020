// Warm time of a whole review of one patch mail in one JVM (apply, build the patched kernel, run and compare every
// cell, re-running the cells that differ with statement recording to say where runs part, check Fixes: tags), and
// of rendering the report in each format. With "forget" every cache registered with Memos (builds, runs, parses,
// preprocessed units, the shipped parse store and index, the bundled corpus) is forgotten before each round, and the
// corpus is read again, so a round does all the work a cold process does, without the JVM's warm-up.
// Run after a build:  java -Xss8m -cp target/review.jar bench/ReviewWarm.java [rounds] [mail] [forget]
import java.nio.file.Path;
import java.util.Arrays;
import org.patchreview.Review;
import org.patchreview.ReviewOptions;
import org.patchreview.Timings;
import org.patchreview.memo.Memos;
import org.patchreview.ReviewResult;
import org.patchreview.mail.MailReadResult;
import org.patchreview.mail.MailReader;

public class ReviewWarm {
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Path mail = Path.of(args.length > 1 ? args[1] : "patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox");
    boolean forget = args.length > 2 && args[2].equals("forget");
    ReviewOptions options = ReviewOptions.bundled(new Timings());
    Review.prepare(options);
    double[] ms = new double[rounds];
    double[] cpu = new double[rounds];
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean();
    ReviewResult last = null;
    for (int round = -5; round < rounds; round++) {
      long t0 = System.nanoTime();
      long c0 = os.getProcessCpuTime();
      if (forget) {
        Memos.forgetAll();
        options = ReviewOptions.bundled(new Timings());
      }
      MailReadResult read = MailReader.read(mail);
      java.util.concurrent.Future<?> readied = Review.warm(options, read);   // as review apply does
      last = Review.review(read, options);
      readied.get();   // its work counts in this round, not the next
      if (round >= 0) {
        ms[round] = (System.nanoTime() - t0) / 1e6;
        cpu[round] = (os.getProcessCpuTime() - c0) / 1e6;
      }
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    // CPU time (all threads) is steadier than wall time when other work shares the cores.
    System.out.printf("review of %s: median %.0f ms, fastest %.0f ms wall; median %.0f ms CPU; %d warm rounds%s%n",
        mail.getFileName(), ms[rounds / 2], ms[0], cpu[rounds / 2], rounds, forget ? ", caches forgotten" : "");
    renderers(last);
  }

  /** Each renderer the branch has, timed by name so this file also runs against older jars. */
  private static void renderers(ReviewResult r) throws Exception {
    for (String name : new String[] {"TextRenderer", "JsonRenderer", "MarkdownRenderer", "MailRenderer",
        "ChecksRenderer", "HtmlRenderer"}) {
      Class<?> c;
      try {
        c = Class.forName("org.patchreview.report." + name);
      } catch (ClassNotFoundException e) {
        continue;
      }
      var render = c.getMethod("render", org.patchreview.report.Report.class);
      double best = Double.MAX_VALUE;
      int size = 0;
      for (int i = 0; i < 30; i++) {
        long t0 = System.nanoTime();
        size = ((String) render.invoke(null, r.report())).length();
        best = Math.min(best, (System.nanoTime() - t0) / 1e6);
      }
      System.out.printf("  %-17s %6.1f ms  %8d chars%n", name, best, size);
    }
  }
}
