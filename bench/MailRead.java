// Reading speed and memory of the mail stage on a generated mbox of 10,000 messages (about 50 MB).
// Run after a build:  java -Xmx256m -cp target/review.jar bench/MailRead.java [messages] [rounds]
// The mbox is written to /tmp (never committed) and reused while it has the size asked for. It is one long-lived
// series as b4 would fetch it: per version a cover letter, 4 patches and 15 replies (reviews quoting a patch and
// giving trailers, answers quoting the reviews two levels deep); the newest version lacks a patch, so the reader
// must pick the one before. Figures: messages per second, from the wall time and from what the wall time is on an
// idle machine (the reading thread's CPU time plus the collector's pauses: on a loaded machine the wall time says more
// about the other processes), the heap in use at its peak (just before a collection, or at the end) and the most that
// was live after a collection.
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import org.patchreview.mail.MailReadResult;
import org.patchreview.mail.MailReader;

public class MailRead {
  private static final int PER_VERSION = 20;
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws IOException {
    int messages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path mbox = Path.of(System.getProperty("java.io.tmpdir"), "review-bench-" + messages + ".mbox");
    if (!Files.exists(mbox) || Files.size(mbox) < messages * 1000L || Files.getLastModifiedTime(mbox).toMillis()
        < Files.getLastModifiedTime(Path.of("bench/MailRead.java")).toMillis()) {
      generate(mbox, messages);
    }
    System.out.printf("mbox: %s, %d messages, %.1f MB; max heap %d MB%n", mbox, messages,
        Files.size(mbox) / 1e6, Runtime.getRuntime().maxMemory() >> 20);
    for (int round = 0; round <= rounds; round++) {
      boolean fromFile = round % 2 == 0;
      measure(round == 0 ? "cold, file  " : fromFile ? "warm, file  " : "warm, stdin ", mbox, fromFile);
    }
  }

  /** The heap in use just before each collection (its peaks), and just after (what is live), over one reading. */
  private static final AtomicLong PEAK = new AtomicLong();
  private static final AtomicLong LIVE = new AtomicLong();
  private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

  static {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          return;
        }
        GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
        PEAK.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
        LIVE.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
      }, null, null);
    }
  }

  private static long heapUsed(Map<String, MemoryUsage> pools) {
    return pools.entrySet().stream().filter(e -> HEAP_POOLS.contains(e.getKey()))
        .mapToLong(e -> e.getValue().getUsed()).sum();
  }

  private static void measure(String label, Path mbox, boolean fromFile) throws IOException {
    System.gc();
    pause();
    PEAK.set(0);
    LIVE.set(0);
    long gcCount = gcCount();
    long gcMillis = gcMillis();
    long start = System.nanoTime();
    long cpuStart = CPU.getCurrentThreadCpuTime();
    MailReadResult r;
    if (fromFile) {
      r = MailReader.read(mbox);
    } else {
      try (InputStream in = Files.newInputStream(mbox)) {
        r = MailReader.read(in, "<stdin>");
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // Reading is single-threaded: its CPU time is what the wall time would be on an idle machine.
    double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    pause();
    long peak = Math.max(PEAK.get(), heapUsed(ManagementFactory.getMemoryPoolMXBeans().stream()
        .collect(Collectors.toMap(MemoryPoolMXBean::getName, MemoryPoolMXBean::getUsage))));
    int total = r.patches().size() + r.otherMessages().size();
    long gc = gcMillis() - gcMillis;
    // On an idle machine the reading thread runs on its own core, stopped only by the collector's pauses.
    double idle = cpu + gc / 1e3;
    System.out.printf("%s %6.2f s wall %5.2f s cpu  %6.0f messages/s (wall) %6.0f (idle: cpu + gc)  heap peak %3d MB,"
            + " live <= %3d MB  gc %d x, %d ms  -> v%d, %d patches, %d trailers collected, %d errors%n", label, seconds,
        cpu, total / seconds, total / idle, peak >> 20, LIVE.get() >> 20, gcCount() - gcCount, gc,
        r.series().version(), r.patches().size(),
        r.facts().stream().mapToInt(f -> f.collected().size()).sum(),
        r.diagnostics().stream().filter(d -> d.isError()).count());
  }

  /** GC notifications arrive on another thread, a little after the collection. */
  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long gcCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount)
        .sum();
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  // ---- the generated mbox ----

  private static void generate(Path mbox, int messages) throws IOException {
    Random random = new Random(42);
    int versions = (messages + PER_VERSION - 1) / PER_VERSION;
    int written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(mbox, StandardCharsets.UTF_8)) {
      // The newest version lacks 3/4: one more reply makes up the count.
      for (int v = 1; written < messages; v++) {
        String cover = "cover-v" + v + "@example.org";
        written += write(out, messages - written, coverLetter(v, cover));
        for (int i = 1; i <= 4 && written < messages; i++) {
          if (v >= versions && i == 3) {
            continue; // the newest version is incomplete
          }
          written += write(out, messages - written, patch(v, i, cover, random));
        }
        for (int k = 0; k < (v >= versions ? 16 : 15) && written < messages; k++) {
          int i = 1 + k % 4;
          String patchId = "v" + v + "-" + i + "@example.org";
          written += write(out, messages - written, k < 8 ? review(v, i, k, patchId, random)
              : answer(v, i, k, "review-v" + v + "-" + (k - 8) % 8 + "@example.org", random));
        }
      }
    }
  }

  private static int write(BufferedWriter out, int room, String mail) throws IOException {
    if (room <= 0) {
      return 0;
    }
    out.write(mail);
    out.write('\n');
    return 1;
  }

  private static String coverLetter(int v, String id) {
    return "From mboxrd@z Thu Jan  1 00:00:00 1970\nFrom: Ann Author <ann@example.org>\n"
        + "Subject: [PATCH v" + v + " 0/4] drm/foo: rework the frobnicator\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n"
        + "Message-Id: <" + id + ">\n\nThis series reworks the frobnicator.\n\n" + "Changes in v" + v
        + ":\n- addressed review comments\n".repeat(20) + "\n-- \n2.43.0\n";
  }

  private static String patch(int v, int i, String cover, Random random) {
    return "From mboxrd@z Thu Jan  1 00:00:00 1970\nFrom: Ann Author <ann@example.org>\n"
        + "Subject: [PATCH v" + v + " " + i + "/4] drm/foo: step " + i + "\nDate: Mon, 1 Jan 2024 10:00:0" + i
        + " +0000\nMessage-Id: <v" + v + "-" + i + "@example.org>\nIn-Reply-To: <" + cover + ">\nReferences: <"
        + cover + ">\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
        + "Step " + i + " of the rework.\n\nFixes: 0123456789ab (\"drm/foo: add the frobnicator\")\n"
        + "Signed-off-by: Ann Author <ann@example.org>\n---\n" + diff(i, random) + "-- \n2.43.0\n";
  }

  /** A diff of three hunks of 40 lines each in drivers/gpu/drm/foo/foo_N.c: about 4.5 KB. */
  private static String diff(int i, Random random) {
    String file = "drivers/gpu/drm/foo/foo_" + i + ".c";
    StringBuilder d = new StringBuilder("diff --git a/" + file + " b/" + file + "\nindex 0123456..89abcde 100644\n"
        + "--- a/" + file + "\n+++ b/" + file + "\n");
    for (int h = 0; h < 3; h++) {
      int at = 100 + h * 200;
      d.append("@@ -").append(at).append(",39 +").append(at).append(",40 @@ static int foo_probe(void)\n");
      for (int l = 0; l < 40; l++) {
        String code = "\tfoo_write(priv, FOO_REG_" + random.nextInt(1000) + ", 0x"
            + Integer.toHexString(random.nextInt()) + ");";
        d.append(l == 20 ? "+" : l == 0 ? " " : " ").append(code).append('\n');
      }
    }
    return d.toString();
  }

  /** A review quoting the patch one level deep, comments in between, and a trailer. */
  private static String review(int v, int i, int k, String patchId, Random random) {
    String quoted = diff(i, random).lines().map(l -> ("> " + l).stripTrailing()).reduce((a, b) -> a + "\n" + b)
        .orElse("");
    return "From mboxrd@z Thu Jan  1 00:00:00 1970\nFrom: Rita Reviewer" + k + " <rita" + k + "@example.com>\n"
        + "Subject: Re: [PATCH v" + v + " " + i + "/4] drm/foo: step " + i + "\nDate: Mon, 1 Jan 2024 11:00:00 +0000\n"
        + "Message-Id: <review-v" + v + "-" + k + "@example.org>\nIn-Reply-To: <" + patchId + ">\nReferences: <"
        + patchId + ">\n\nOn Mon, 1 Jan 2024 at 10:00, Ann Author wrote:\n" + quoted
        + "\n\nLooks right to me.\n\nReviewed-by: Rita Reviewer" + k + " <rita" + k + "@example.com>\n";
  }

  /** The author's answer to a review, quoting it two levels deep, with a Tested-by. */
  private static String answer(int v, int i, int k, String reviewId, Random random) {
    String quoted = diff(i, random).lines().limit(60).map(l -> ("> > " + l).stripTrailing())
        .reduce((a, b) -> a + "\n" + b).orElse("");
    return "From mboxrd@z Thu Jan  1 00:00:00 1970\nFrom: Ann Author <ann@example.org>\n"
        + "Subject: Re: [PATCH v" + v + " " + i + "/4] drm/foo: step " + i + "\nDate: Mon, 1 Jan 2024 12:00:00 +0000\n"
        + "Message-Id: <answer-v" + v + "-" + k + "@example.org>\nIn-Reply-To: <" + reviewId + ">\nReferences: <"
        + reviewId + ">\n\nOn Monday, Rita wrote:\n> On Mon, 1 Jan 2024 at 10:00, Ann Author wrote:\n" + quoted
        + "\n> Looks right to me.\n\nThanks. Tested-by: is mine:\n\nTested-by: Ann Author <ann@example.org>\n";
  }
}
