package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference case: "ARM: dma-mapping: Don't tear third-party mappings" replayed end to end through the command
 * line, and the verdicts execution must give (KERNEL-MODEL.md, "what a correct replay shows").
 */
class ReferencePatchTest {
  static final String PATCH = "patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox";
  private static CommandLineRun json;
  private static CommandLineRun text;
  private static CommandLineRun summary;

  @BeforeAll
  static void run() {
    json = CommandLineRun.of("apply", PATCH, "--format", "json");
    text = CommandLineRun.of("apply", "--full", PATCH);
    summary = CommandLineRun.of("apply", PATCH);
  }

  @Test
  void exitsZeroWithNoRegression() {
    assertEquals(0, json.exitCode(), json.err());
    assertEquals(0, text.exitCode(), text.err());
    assertEquals("", json.err());
  }

  @Test
  void sharedIpmmuMappingRebindAndDeferralAreFixed() {
    assertEquals("fixed", verdict("lager", "default", "rebind"));
    assertEquals("fixed", verdict("lager", "default", "defer-probe"));
    assertEquals("fixed", verdict("lager", "xen-dom0", "rebind"));
  }

  @Test
  void perDeviceIommuRebindIsFixed() {
    assertEquals("fixed", verdict("private-iommu", "default", "rebind"));
  }

  @Test
  void noIommuRebindChangesOpsToNullAfterUnbind() {
    assertEquals("changed", verdict("no-iommu", "default", "rebind"));
    String run = runObject("no-iommu", "default", "rebind");
    assertTrue(run.contains("{\"step\": \"unbind\", \"kind\": \"state\", \"what\": \"sata0 dma_ops\", "
        + "\"before\": \"arm_dma_ops\", \"after\": \"NULL\""), run);
    assertFalse(run.contains("\"kind\": \"fault\""), "no fault either side on no-iommu: " + run);
  }

  @Test
  void beforeThePatchTheSharedMappingIsTornDownUnderTheOtherMaster() {
    String run = runObject("lager", "default", "rebind");
    assertTrue(run.contains("\"kind\": \"NULL pointer dereference\""), run);
    assertTrue(run.contains("\"function\": \"__iommu_remove_mapping\""), run);
    assertTrue(run.contains("\"kind\": \"use after free\""), run);
    assertTrue(run.contains("\"what\": \"sata0 archdata.mapping\", \"before\": \"NULL\", "
        + "\"after\": \"dma_iommu_mapping#1 (kref 3)\""), run);
  }

  @Test
  void devArchdataKeepsItsSizeAndGainsTheFlag() {
    Matcher m = Pattern.compile("\"struct\": \"struct dev_archdata\",\\s*\"config\": \"default\",\\s*\"before\": \\{\\s*"
        + "\"size\": (\\d+),.*?\"after\": \\{\\s*\"size\": (\\d+),", Pattern.DOTALL).matcher(json.out());
    assertTrue(m.find(), json.out());
    assertEquals("12", m.group(1));
    assertEquals("12", m.group(2));
    assertTrue(json.out().contains("\"declaration\": \"unsigned int dma_ops_setup:1\""));
    assertTrue(text.out().contains("struct dev_archdata, default config: size unchanged (12 bytes)"), text.out());
  }

  @Test
  void jsonCarriesThePublicFields() {
    for (String field : List.of("\"patches\"", "\"subject\": \"ARM: dma-mapping: Don't tear third-party mappings\"",
        "\"author\": \"Laurent Pinchart\"", "\"files\"", "\"path\": \"arch/arm/mm/dma-mapping.c\"",
        "\"outcome\": \"applied\"", "\"layout\"", "\"runs\"", "\"board\"", "\"config\"", "\"scenario\"",
        "\"verdict\"", "\"faults\"", "\"changes\"", "\"step\"", "\"kind\"", "\"what\"", "\"summary\"")) {
      assertTrue(json.out().contains(field), "missing " + field);
    }
    Matcher summary = Pattern.compile("\"summary\": \\{\\s*\"regressed\": 0,\\s*\"fixed\": (\\d+),\\s*\"changed\": "
        + "(\\d+),\\s*\"same\": (\\d+),\\s*\"runs\": 40").matcher(json.out());
    assertTrue(summary.find(), json.out());
  }

  @Test
  void jsonNamesTheBaseAsAStateOfTheHistory() {
    // v4.12-rc1 is the state after 0025, whose upstream id is not known (chain.txt says `id unknown`).
    assertTrue(json.out().contains("\"base_state\": {\"tag\": \"v4.12-rc1\", \"entry\": \"0025-iommu-of-ignore-all-"
        + "errors-except-eprobe-defer\", \"upstream\": null},"), json.out().substring(0, 600));
  }

  @Test
  void textReportSummarisesThenShowsEachRunThatIsNotSame() {
    assertTrue(text.out().startsWith("review: [PATCH] ARM: dma-mapping: Don't tear third-party mappings\n"));
    assertTrue(text.out().contains("arch/arm/mm/dma-mapping.c      offset -1742 lines"), text.out());
    assertTrue(text.out().contains("40 runs (4 boards x 2 configs x 5 scenarios): 0 regressed"), text.out());
    assertTrue(text.out().contains("FIXED  lager / default / rebind"), text.out());
    assertTrue(text.out().contains("[unbind] fault gone: NULL pointer dereference in __iommu_remove_mapping"));
    assertFalse(text.out().contains("SAME  "), "same runs are only counted");
  }

  /**
   * The default text is read in thirty seconds: the verdicts, then the problems (none new, each removed one once
   * with the runs that show it), the runs with the configs that agree folded, within 60 lines; --full has the rest.
   */
  @Test
  void theDefaultTextOpensWithTheFindingsAndFitsInSixtyLines() {
    List<String> lines = summary.out().lines().toList();
    assertTrue(lines.size() <= 60, lines.size() + " lines:\n" + summary.out());
    assertEquals("40 runs (4 boards x 2 configs x 5 scenarios): 0 regressed, 10 fixed, 15 changed, 15 same",
        lines.get(1));
    assertEquals("new problems: none", lines.get(3));
    assertTrue(lines.get(4).startsWith("problems gone ("), lines.get(4));
    assertEquals(1, lines.stream().filter(l -> l.contains("NULL pointer dereference in __iommu_remove_mapping at "
        + "arch/arm/mm/dma-mapping.c:304")).count(), "each problem once, however many runs show it");
    assertTrue(summary.out().contains("NULL pointer dereference in __iommu_remove_mapping at arch/arm/mm/dma-mapping"
        + ".c:304 (4 runs, e.g. lager/default/rebind)"), summary.out());
    assertTrue(summary.out().contains("  lager / defer-probe, rebind, unbind: default: fixed; xen-dom0: fixed\n"),
        summary.out());
    assertTrue(summary.out().contains("--full shows every difference of every run"), summary.out());
    assertFalse(summary.out().contains("FIXED  lager"), "runs are not detailed one by one");
  }

  /** An input named by an absolute path leaves no absolute path in the JSON (nor does an exit 3). */
  @Test
  void theJsonHasNoAbsolutePath() {
    String absolute = java.nio.file.Path.of(PATCH).toAbsolutePath().toString();
    CommandLineRun r = CommandLineRun.of("apply", "--format", "json", absolute);
    assertFalse(r.out().contains(java.nio.file.Path.of("").toAbsolutePath().toString()), "no absolute path");
    assertTrue(r.out().contains("\"location\": \"0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox:"),
        "the input's file name stays");
    CommandLineRun failed = CommandLineRun.of("apply", "--format", "json",
        java.nio.file.Path.of("patches/0091-no-diff.mbox").toAbsolutePath().toString());
    assertEquals(3, failed.exitCode());
    assertTrue(failed.out().contains("\"file\": \"0091-no-diff.mbox\""), failed.out());
  }

  @Test
  void outputIsDeterministic() {
    assertEquals(json.out(), CommandLineRun.of("apply", PATCH, "--format", "json").out());
  }

  private static String verdict(String board, String config, String scenario) {
    Matcher m = Pattern.compile("\"verdict\": \"(\\w+)\"").matcher(runObject(board, config, scenario));
    assertTrue(m.find());
    return m.group(1);
  }

  /** The JSON text of one run object (the report is pretty-printed with one field per line). */
  static String runObject(String board, String config, String scenario) {
    String head = "\"board\": \"" + board + "\",\n      \"config\": \"" + config + "\",\n      \"scenario\": \""
        + scenario + "\"";
    int at = json.out().indexOf(head);
    assertTrue(at >= 0, "no run " + Map.of("board", board, "config", config, "scenario", scenario));
    int end = json.out().indexOf("\n    }", at);
    return json.out().substring(at, end);
  }

  /**
   * Why, not only what: the NULL dereference that goes away on lager is explained by where the runs part, the check
   * of the new flag at the top of arch_teardown_dma_ops(), in the patch's hunk of dma-mapping.c.
   */
  @Test
  @SuppressWarnings("unchecked")
  void eachDifferenceNamesWhereTheRunsPartAndTheHunk() {
    Map<String, Object> report = (Map<String, Object>) org.patchreview.report.Json.parse(json.out());
    List<Object> partings = (List<Object>) report.get("partings");
    Map<String, Object> run = ((List<Object>) report.get("runs")).stream().map(o -> (Map<String, Object>) o)
        .filter(r -> r.get("board").equals("lager") && r.get("config").equals("default")
            && r.get("scenario").equals("rebind")).findFirst().orElseThrow();
    Map<String, Object> gone = ((List<Object>) run.get("changes")).stream().map(o -> (Map<String, Object>) o)
        .filter(c -> c.get("kind").equals("fault") && ((String) c.get("before")).contains("__iommu_remove_mapping"))
        .findFirst().orElseThrow();
    Map<String, Object> why = (Map<String, Object>) partings.get(((Long) gone.get("why")).intValue());
    assertEquals("arch_teardown_dma_ops", why.get("function"));
    assertEquals("if (!dev->archdata.dma_ops_setup)", ((Map<String, Object>) why.get("after")).get("statement"));
    assertEquals("arm_teardown_iommu_dma_ops(dev);", ((Map<String, Object>) why.get("before")).get("statement"));
    Map<String, Object> hunk = (Map<String, Object>) why.get("hunk");
    assertEquals("arch/arm/mm/dma-mapping.c", hunk.get("file"));
    assertEquals(1L, hunk.get("index"));
    assertEquals(false, why.get("via_state"));
    assertTrue(text.out().contains("    why: runs part in arch_teardown_dma_ops after \"arch_teardown_dma_ops(dev);\""),
        text.out());
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyFaultThatChangesIsExplained() {
    Map<String, Object> report = (Map<String, Object>) org.patchreview.report.Json.parse(json.out());
    for (Object o : (List<Object>) report.get("runs")) {
      for (Object c : (List<Object>) ((Map<String, Object>) o).get("changes")) {
        Map<String, Object> change = (Map<String, Object>) c;
        if (List.of("fault", "leak", "warning").contains(change.get("kind"))) {
          assertTrue(change.get("why") != null, "no parting for " + change);
        }
      }
    }
  }
}
