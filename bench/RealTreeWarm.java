// Warm time of the same change reviewed with --tree (the tree's functions run inside the model) and on the model
// alone (--base v5.19), in one JVM: caches kept (what a second review in a long-lived process costs), then every
// cache forgotten before each round (the work of a cold process without the JVM's warm-up).
// Run after a build: java -Xss8m -cp target/review.jar bench/RealTreeWarm.java ROUNDS TREE TREE-MAIL MODEL-MAIL
// (bench/real-tree.sh makes the two mails).
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import org.patchreview.Review;
import org.patchreview.ReviewOptions;
import org.patchreview.Timings;
import org.patchreview.mail.MailReader;
import org.patchreview.memo.Memos;

public class RealTreeWarm {
  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    Path tree = Path.of(args[1]);
    Path treeMail = Path.of(args[2]);
    Path modelMail = Path.of(args[3]);
    Supplier<ReviewOptions> onTree = () -> ReviewOptions.bundled(new Timings())
        .with(b -> b.tree(new ReviewOptions.TreeRequest(tree, null)));
    Supplier<ReviewOptions> onModel = () -> {
      ReviewOptions o = ReviewOptions.bundled(new Timings());
      return o.withBase(o.history().resolve("v5.19").orElseThrow(), ReviewOptions.MODEL + " at v5.19");
    };
    for (boolean forget : new boolean[] {false, true}) {
      double t = time(rounds, forget, onTree, treeMail);
      double m = time(rounds, forget, onModel, modelMail);
      System.out.printf("warm, %s: apply --tree %.0f ms, the same review on the model %.0f ms (median of %d)%n",
          forget ? "caches forgotten" : "caches kept", t, m, rounds);
    }
  }

  private static double time(int rounds, boolean forget, Supplier<ReviewOptions> options, Path mail)
      throws Exception {
    double[] ms = new double[rounds];
    for (int round = -3; round < rounds; round++) {
      long t0 = System.nanoTime();
      if (forget) {
        Memos.forgetAll();
      }
      Review.review(MailReader.read(mail), options.get());
      if (round >= 0) {
        ms[round] = (System.nanoTime() - t0) / 1e6;
      }
    }
    Arrays.sort(ms);
    return ms[rounds / 2];
  }
}
