package org.patchreview.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A fixed-seed subset of the fuzzer ({@link Fuzzer}; {@code bench/fuzz/run.sh} runs 100,000 and more): every input
 * gives a documented exit code, no Java exception in what the user sees, and no input outlives its time limit.
 * {@code -Dfuzz.count=N} and {@code -Dfuzz.seed=S} change the subset.
 */
class FuzzTest {
  private static final int COUNT = Integer.getInteger("fuzz.count", 200);
  private static final long SEED = Long.getLong("fuzz.seed", 20261206L);

  @Test
  void seededMutationsNeverCrashOrHang() throws IOException {
    Path keep = Path.of("target/fuzz-failures");
    Fuzzer fuzzer = new Fuzzer(Fuzzer.bundledSeeds(Path.of(".")), SEED, 20_000, keep);
    Fuzzer.Summary s = fuzzer.run(0, COUNT, null);
    System.out.print("FuzzTest: " + s.describe());
    List<String> open = new ArrayList<>();
    for (Map.Entry<String, Path> f : s.failures().entrySet()) {
      open.add(f.getKey() + " (reproduce: bin/review apply " + f.getValue() + ")");
    }
    assertEquals(List.of(), open, s.describe());
    assertEquals(COUNT, s.byExit().values().stream().mapToInt(Integer::intValue).sum());
    assertTrue(s.byExit().getOrDefault("0", 0) + s.byExit().getOrDefault("1", 0) > COUNT / 10,
        "a share of the inputs still apply and are replayed: " + s.byExit());
  }
}
