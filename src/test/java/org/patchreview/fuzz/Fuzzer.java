package org.patchreview.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.patchreview.cli.Main;

/**
 * Feeds seeded mutations of the bundled inputs (example patches, the history's mails, the test mails) to
 * {@code review apply} in-process, one at a time with a time limit each, and counts what comes back. A failure is an
 * internal error (exit 70), an exit code review does not document, a Java exception's name or stack in what the user
 * sees, or an input that outlives its time limit (a hang). Each distinct failure is kept with its input as a
 * reproducer. {@code bench/fuzz/run.sh} runs it from the command line; {@code FuzzTest} runs a fixed-seed subset.
 */
public final class Fuzzer {
  private static final Pattern JAVA = Pattern.compile("\\tat |\\b(java|org)\\.[a-z.]+\\.[A-Z]\\w*(Exception|Error)\\b"
      + "|Exception:|\\bException\\b");

  private static final Pattern EXCEPTION = Pattern.compile("[\\w.$]+(Exception|Error)\\b");

  /** What one input gave. */
  record Outcome(int index, Mutator.Kind kind, int exit, boolean hang, String firstErrorLine, long millis) {
    boolean failed() {
      return hang || exit == 70 || exit < 0 || exit > 3 || JAVA.matcher(firstErrorLine).find();
    }

    /** The failure with its varying parts (numbers, quoted text) blurred, so one bug counts once. */
    String signature() {
      java.util.regex.Matcher m = EXCEPTION.matcher(firstErrorLine);
      String what = m.find() ? m.group() : firstErrorLine.replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("\\d+", "N");
      return (hang ? "hang (" + kind + ")" : "exit " + exit) + ": " + what;
    }
  }

  /** The run's tally: inputs per exit code, and each distinct failure with the first input that showed it. */
  record Summary(int inputs, Map<String, Integer> byExit, Map<String, Long> millisByExit, Map<String, Path> failures,
      int hangs, int internal, double seconds) {
    String describe() {
      StringBuilder sb = new StringBuilder();
      sb.append(inputs).append(" inputs in ").append(String.format(java.util.Locale.ROOT, "%.1f", seconds))
          .append(" s (").append(String.format(java.util.Locale.ROOT, "%.1f", inputs / seconds))
          .append(" inputs/s): ").append(byExit).append("; internal errors ").append(internal).append(", hangs ")
          .append(hangs).append(", distinct failures ").append(failures.size()).append('\n');
      sb.append("  mean time by exit code:");
      byExit.forEach((k, n) -> sb.append(' ').append(k).append('=').append(millisByExit.get(k) / n).append(" ms"));
      sb.append('\n');
      failures.forEach((sig, repro) -> sb.append("  ").append(sig).append("\n    reproduce: bin/review apply ")
          .append(repro).append('\n'));
      return sb.toString();
    }
  }

  private final List<byte[]> seeds;
  private final long seed;
  private final long limitMillis;
  private final Path keep;
  private ExecutorService worker = newWorker();

  Fuzzer(List<byte[]> seeds, long seed, long limitMillis, Path keep) {
    this.seeds = seeds;
    this.seed = seed;
    this.limitMillis = limitMillis;
    this.keep = keep;
  }

  /** The bundled inputs below {@code root}: patches/, corpus/history/ and the test mails. */
  static List<byte[]> bundledSeeds(Path root) throws IOException {
    List<byte[]> out = new ArrayList<>();
    for (String dir : List.of("patches", "corpus/history", "src/test/resources/mail")) {
      Path d = root.resolve(dir);
      if (!Files.isDirectory(d)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(d)) {
        for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(mbox|eml|diff)$"))
            .sorted().toList()) {
          out.add(Files.readAllBytes(f));
        }
      }
    }
    return out;
  }

  /** The input number {@code index} of this seed: a function of the seed and the index alone. */
  byte[] input(int index) {
    Random r = new Random(seed * 1_000_003L + index);
    byte[] base = seeds.get(r.nextInt(seeds.size()));
    Mutator.Kind kind = Mutator.kind(r);
    return Mutator.mutate(base, kind, r);
  }

  Mutator.Kind kindOf(int index) {
    Random r = new Random(seed * 1_000_003L + index);
    r.nextInt(seeds.size());
    return Mutator.kind(r);
  }

  Summary run(int from, int count, PrintWriter progress) throws IOException {
    Files.createDirectories(keep);
    Path work = Files.createTempDirectory("review-fuzz");
    Map<String, Integer> byExit = new TreeMap<>();
    Map<String, Long> millisByExit = new TreeMap<>();
    Map<String, Path> failures = new TreeMap<>();
    int hangs = 0;
    int internal = 0;
    long start = System.nanoTime();
    try {
      for (int i = from; i < from + count; i++) {
        Path input = work.resolve("input-" + i + ".mbox");
        Files.write(input, input(i));
        Outcome o = runOne(i, input);
        String key = o.hang() ? "hang" : Integer.toString(o.exit());
        byExit.merge(key, 1, Integer::sum);
        millisByExit.merge(key, o.millis(), Long::sum);
        hangs += o.hang() ? 1 : 0;
        internal += o.exit() == 70 ? 1 : 0;
        if (o.failed() && !failures.containsKey(o.signature())) {
          Path repro = keep.resolve("seed" + seed + "-" + i + ".mbox");
          Files.copy(input, repro, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          failures.put(o.signature(), repro);
          if (progress != null) {
            progress.println("failure #" + failures.size() + " at input " + i + " (" + o.kind() + "): "
                + o.signature());
          }
        }
        Files.delete(input);
        if (progress != null && (i - from + 1) % 1000 == 0) {
          progress.printf("%d inputs, %.1f s, %s%n", i - from + 1, (System.nanoTime() - start) / 1e9, byExit);
          progress.flush();
        }
      }
    } finally {
      worker.shutdownNow();
      Files.deleteIfExists(work);
    }
    return new Summary(count, byExit, millisByExit, failures, hangs, internal, (System.nanoTime() - start) / 1e9);
  }

  private Outcome runOne(int index, Path input) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long start = System.nanoTime();
    Future<Integer> f = worker.submit(() -> Main.run(new String[] {"apply", input.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true)));
    int exit;
    boolean hang = false;
    try {
      exit = f.get(limitMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // The stuck run cannot be stopped from outside; it is left on its daemon thread and a new worker takes over.
      f.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      hang = true;
      exit = -1;
    } catch (Exception e) {
      exit = 70;
      err.write("review: internal error escaped Main.run: " + e);
    }
    String first = err.toString().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    String java = err.toString().lines().filter(l -> JAVA.matcher(l).find()).findFirst().orElse(null);
    return new Outcome(index, kindOf(index), exit, hang, java != null ? java : first,
        (System.nanoTime() - start) / 1_000_000);
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(null, r, "fuzz-worker", 64L << 20);
      t.setDaemon(true);
      return t;
    });
  }

  /** {@code Fuzzer COUNT [SEED [LIMIT_SECONDS [FIRST]]]}, from the checkout's root. */
  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261206L;
    long limit = args.length > 2 ? Long.parseLong(args[2]) * 1000 : 30_000;
    int first = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    Fuzzer f = new Fuzzer(bundledSeeds(Path.of(".")), seed, limit, Path.of("target/fuzz-failures"));
    PrintWriter progress = new PrintWriter(System.err, true);
    Summary s = f.run(first, count, progress);
    System.out.print(s.describe());
    System.out.flush();
    System.exit(s.failures().isEmpty() ? 0 : 1);
  }
}
