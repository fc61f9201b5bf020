package org.patchreview.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.patchreview.corpus.Corpus;
import org.patchreview.scenario.Matrix;
import org.patchreview.tree.SourceTree;

/** The unit readied beside a review of a patch to headers alone: the widest of the units that read one. */
class WarmTest {
  private static final Corpus CORPUS = Corpus.bundled();

  @Test
  void aHeaderPatchReadiesTheWidestUnitThatReadsTheHeader() {
    SourceTree tree = CORPUS.kernel();
    Config config = CORPUS.matrix().configs().stream().map(Matrix.ConfigEntry::config).findFirst().orElseThrow();
    KernelBuild.Result built = KernelBuild.build(tree, config);
    String header = "include/linux/of_iommu.h";
    KernelBuild.BuiltUnit widest = built.built().stream().filter(u -> u.reads().contains(header))
        .max(Comparator.comparingInt(u -> u.reads().size())).orElseThrow();
    assertTrue(built.built().stream().filter(u -> u.reads().contains(header)).count() < built.built().size());
    assertEquals(widest.unit().path(), KernelBuild.widestReader(built, Set.of(header)));
    assertNull(KernelBuild.widestReader(built, Set.of("include/linux/no-such-header.h")));
  }
}
