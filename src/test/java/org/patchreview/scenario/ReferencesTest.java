package org.patchreview.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patchreview.cli.Main;

/**
 * References a lifecycle does not return are a problem: at v4.12-rc1 a master's deferred probe tears its DMA down,
 * and the teardown releases the IPMMU driver's shared mapping on lager, whose pointer the driver keeps. The reference
 * patch skips teardowns of mappings the arch code did not set up, so the count stays whole.
 */
class ReferencesTest {
  private static final String MAIL = "patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox";

  @Test
  void theSharedMappingFreedUnderTheIommuDriverIsAProblemBeforeThePatchOnly() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"apply", "--format", "json", MAIL}, new PrintWriter(out, true),
        new PrintWriter(err, true));
    assertEquals(0, code, err.toString());
    String json = out.toString();
    int run = json.indexOf("\"scenario\": \"defer-probe\"", json.indexOf("\"board\": \"lager\""));
    assertTrue(run > 0, json.substring(0, 400));
    int after = json.indexOf("\"after\":", run);
    String before = json.substring(run, after);
    String afterSide = json.substring(after, json.indexOf("\"changes\":", after));
    assertTrue(before.contains("\"invariant\": \"references not returned\"")
        && before.contains("\"reason\": \"was freed while 1 pointer to it remains\""), before);
    assertTrue(!afterSide.contains("references not returned"), afterSide);
  }

  @Test
  void theDeclarationNamesAStructAndItsKref() {
    Observing.Result r = Observing.read("observing.txt", "trace a.c\nrefcounted dma_iommu_mapping kref\n");
    assertEquals(List.of(), r.diagnostics());
    assertEquals(Map.of("dma_iommu_mapping", "kref"), r.observing().refcounted());
    Observing.Result bad = Observing.read("observing.txt", "trace a.c\nrefcounted dma_iommu_mapping\n"
        + "refcounted x k\nrefcounted x k\n");
    assertEquals(List.of("observing.txt:2: error: 'refcounted' takes a struct tag and the name of its struct kref"
        + " member", "observing.txt:4: error: struct x is declared twice"),
        bad.diagnostics().stream().map(d -> d.oneLine()).toList());
  }
}
