// Heap allocated and GC time per warm review of one patch mail, in one JVM: the review's memory cost, which the
// collector pays for in pauses. Allocation is the JVM's count over every thread (live and ended), so the review's
// worker threads are included; GC time and count are the collectors' own (run with the collector bin/review uses).
// Run after a build:
//   java -Xss8m -XX:+UseSerialGC -cp target/review.jar bench/ReviewAlloc.java [rounds] [mail] [forget]
// With "forget" every cache registered with Memos is forgotten before each round and the corpus read again (as in
// ReviewWarm), so a round does all the work of a cold process; without it a round reuses the builds and the runs of the
// unpatched side that the rounds before made.
// Prints the median and least of each over the rounds, after five warm-up rounds.
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import org.patchreview.Review;
import org.patchreview.ReviewOptions;
import org.patchreview.Timings;
import org.patchreview.mail.MailReadResult;
import org.patchreview.mail.MailReader;
import org.patchreview.memo.Memos;

public class ReviewAlloc {
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Path mail = Path.of(args.length > 1 ? args[1] : "patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox");
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    boolean forget = args.length > 2 && args[2].equals("forget");
    ReviewOptions options = ReviewOptions.bundled(new Timings());
    Review.prepare(options);
    double[] mb = new double[rounds];
    double[] gcMs = new double[rounds];
    double[] gcs = new double[rounds];
    double[] wall = new double[rounds];
    for (int round = -5; round < rounds; round++) {
      if (forget) {
        Memos.forgetAll();
      }
      long a0 = threads.getTotalThreadAllocatedBytes();
      long[] g0 = gc();
      long t0 = System.nanoTime();
      if (forget) {
        options = ReviewOptions.bundled(new Timings());
      }
      MailReadResult read = MailReader.read(mail);
      java.util.concurrent.Future<?> readied = Review.warm(options, read);   // as review apply does
      Review.review(read, options);
      readied.get();   // its work counts in this round, not the next
      long t1 = System.nanoTime();
      long a1 = threads.getTotalThreadAllocatedBytes();
      long[] g1 = gc();
      if (round >= 0) {
        mb[round] = (a1 - a0) / 1e6;
        gcMs[round] = g1[0] - g0[0];
        gcs[round] = g1[1] - g0[1];
        wall[round] = (t1 - t0) / 1e6;
      }
    }
    System.out.printf("review of %s, %d warm rounds%s (median / least): allocated %.1f / %.1f MB; GC %.0f / %.0f ms in"
        + " %.0f / %.0f collections; wall %.0f / %.0f ms%n", mail.getFileName(), rounds,
        forget ? ", caches forgotten" : "", median(mb), least(mb),
        median(gcMs), least(gcMs), median(gcs), least(gcs), median(wall), least(wall));
  }

  private static long[] gc() {
    long ms = 0;
    long count = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, b.getCollectionTime());
      count += Math.max(0, b.getCollectionCount());
    }
    return new long[] {ms, count};
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  private static double least(double[] v) {
    return Arrays.stream(v).min().orElse(0);
  }
}
