package org.patchreview.c;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.patchreview.corpus.Corpus;
import org.patchreview.tree.SourceTree;

/**
 * Builds read back from the shipped unit store are the builds made now, and a build after a change takes from the
 * build before exactly the units the change does not reach: those whose files and missed includes it leaves alone.
 */
class UnitStoreTest {
  private static final Corpus CORPUS = Corpus.bundled();

  private static List<Config> configs() {
    return BundledStates.configs();
  }

  /** Trees compare by their encoding: a record's equality compares byte arrays (string literals) by identity. */
  private static byte[] encoded(Object v) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new RecordCodec.Writer(new DataOutputStream(bytes)).write(v);
    return bytes.toByteArray();
  }

  /** The build of {@code tree} made now, every source preprocessed and parsed. */
  private static KernelBuild.Result fresh(SourceTree tree, Config config) {
    List<KernelBuild.BuiltUnit> built = new ArrayList<>();
    for (String source : KernelBuild.sources(tree, config, new ArrayList<>())) {
      built.add(KernelBuild.unit(tree, config, source));
    }
    return KernelBuild.result(built, List.of());
  }

  private static Set<SourceTree> states() {
    return BundledStates.states();
  }

  @Test
  void everyBundledStateIsStoredAndReadsBackAsItBuildsNow() throws IOException {
    int checked = 0;
    for (SourceTree state : states()) {
      for (Config config : configs()) {
        KernelBuild.Result stored = UnitStore.lookup(state, config);
        assertNotNull(stored, state.label() + " under " + config.name() + " is not in the store");
        KernelBuild.Result now = fresh(state, config);
        assertEquals(now.units().stream().map(TranslationUnit::path).toList(),
            stored.units().stream().map(TranslationUnit::path).toList(), state.label());
        for (int i = 0; i < now.built().size(); i++) {
          KernelBuild.BuiltUnit a = now.built().get(i);
          KernelBuild.BuiltUnit b = stored.built().get(i);
          assertArrayEquals(encoded(a.unit()), encoded(b.unit()), state.label() + " " + a.unit().path());
          assertEquals(a.reads(), b.reads(), a.unit().path());
          assertEquals(a.absent(), b.absent(), a.unit().path());
        }
        checked++;
      }
    }
    assertTrue(checked >= 2 * 15, "builds checked: " + checked);
  }

  @Test
  void aTreeTheStoreDoesNotHoldIsNotFoundThere() {
    SourceTree changed = CORPUS.kernel().with(Map.of("README.bench", "x".getBytes(StandardCharsets.UTF_8)), Set.of(),
        "changed");
    assertEquals(null, UnitStore.lookup(changed, configs().get(0)));
  }

  @Test
  void aChangedSourceRebuildsItsUnitAlone() throws IOException {
    Config config = configs().get(0);
    SourceTree base = CORPUS.kernel();
    KernelBuild.Result before = KernelBuild.build(base, config);
    String file = "drivers/iommu/of_iommu.c";
    String text = base.readString(file).orElseThrow();
    SourceTree after = base.with(Map.of(file, text.replace("Adding to IOMMU failed", "adding to the IOMMU failed")
        .getBytes(StandardCharsets.UTF_8)), Set.of(), "after");
    KernelBuild.Result built = KernelBuild.build(after, config, before, base);
    KernelBuild.Result now = fresh(after, config);
    int rebuilt = 0;
    for (int i = 0; i < built.built().size(); i++) {
      KernelBuild.BuiltUnit u = built.built().get(i);
      assertArrayEquals(encoded(now.units().get(i)), encoded(u.unit()), u.unit().path());
      if (u.reads().contains(file)) {
        assertNotSame(before.built().get(i), u, u.unit().path());
        rebuilt++;
      } else {
        assertSame(before.built().get(i), u, u.unit().path());
      }
    }
    assertEquals(1, rebuilt);
  }

  @Test
  void aChangedHeaderRebuildsEveryUnitThatReadIt() throws IOException {
    Config config = configs().get(0);
    SourceTree base = CORPUS.kernel();
    KernelBuild.Result before = KernelBuild.build(base, config);
    // A header some units read and others do not.
    String header = null;
    for (KernelBuild.BuiltUnit u : before.built()) {
      for (String r : u.reads()) {
        long readers = before.built().stream().filter(v -> v.reads().contains(r)).count();
        if (r.endsWith(".h") && readers > 1 && readers < before.built().size()) {
          header = r;
        }
      }
    }
    assertNotNull(header);
    String h = header;
    SourceTree after = base.with(Map.of(h, (base.readString(h).orElseThrow() + "\n#define UNIT_STORE_TEST 1\n")
        .getBytes(StandardCharsets.UTF_8)), Set.of(), "after");
    KernelBuild.Result built = KernelBuild.build(after, config, before, base);
    for (int i = 0; i < built.built().size(); i++) {
      KernelBuild.BuiltUnit u = built.built().get(i);
      if (u.reads().contains(h)) {
        assertNotSame(before.built().get(i), u, u.unit().path());
      } else {
        assertSame(before.built().get(i), u, u.unit().path());
      }
    }
  }

  @Test
  void anIncludeThatWasMissingAndAppearsRebuildsTheUnitsThatLookedForIt() {
    Config config = configs().get(0);
    SourceTree base = CORPUS.kernel();
    KernelBuild.Result before = KernelBuild.build(base, config);
    KernelBuild.BuiltUnit looked = before.built().stream().filter(u -> !u.absent().isEmpty()).findFirst()
        .orElse(null);
    assertNotNull(looked, "no unit of the bundled kernel looked for an include in vain");
    String appears = looked.absent().iterator().next();
    SourceTree after = base.with(Map.of(appears, "/* now here */\n".getBytes(StandardCharsets.UTF_8)), Set.of(),
        "after");
    KernelBuild.Result built = KernelBuild.build(after, config, before, base);
    KernelBuild.BuiltUnit again = built.built().stream().filter(u -> u.unit().path().equals(looked.unit().path()))
        .findFirst().orElseThrow();
    assertNotSame(looked, again);
    assertTrue(again.reads().contains(appears) || !again.absent().contains(appears), again.reads().toString());
  }
}
