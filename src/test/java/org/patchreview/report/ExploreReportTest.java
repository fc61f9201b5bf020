package org.patchreview.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patchreview.scenario.ExploreResult;
import org.patchreview.scenario.Scenario;

/**
 * The exploration's JSON: a member of the report that keeps the report valid JSON, and every field it writes is one
 * docs/report-schema.json documents ($defs exploration, explored_cell, explored_finding), the required ones present.
 */
class ExploreReportTest {
  private static final ExploreResult RESULT = new ExploreResult("lager", "default", 3, 2, "the time budget of 1 s",
      List.of(new ExploreResult.Finding(ExploreResult.Kind.NEW_PROBLEM, "fault use after free in f (x) on m",
          "use after free in f at a.c:3 (m)", "fault use after free ...", List.of(new Scenario.Action(
              Scenario.Verb.ADD, "sata0", Scenario.Outcome.DEFERS), new Scenario.Action(Scenario.Verb.UNBIND,
              "ipmmu_ds")))), List.of(1, 5, 23), 120, 5_000_000L);

  @SuppressWarnings("unchecked")
  private static Map<String, Object> def(String name) throws Exception {
    Map<String, Object> schema = (Map<String, Object>) Json.parse(Files.readString(Path.of(
        "docs/report-schema.json")));
    return (Map<String, Object>) ((Map<String, Object>) schema.get("$defs")).get(name);
  }

  @SuppressWarnings("unchecked")
  private static void documented(Map<String, Object> value, String def) throws Exception {
    Map<String, Object> d = def(def);
    Map<String, Object> properties = (Map<String, Object>) d.get("properties");
    assertTrue(properties.keySet().containsAll(value.keySet()), def + ": " + value.keySet());
    assertTrue(value.keySet().containsAll((List<String>) d.get("required")), def + ": " + value.keySet());
  }

  @Test
  @SuppressWarnings("unchecked")
  void theExplorationMemberIsDocumentedAndKeepsTheReportJson() throws Exception {
    String report = "{\n  \"schema\": 1,\n  \"notes\": []\n}\n";
    Map<String, Object> parsed = (Map<String, Object>) Json.parse(ExploreReport.intoJson(report, "v4.12-rc1",
        List.of(RESULT)));
    assertEquals(1L, ((Number) parsed.get("schema")).longValue());
    Map<String, Object> e = (Map<String, Object>) parsed.get("exploration");
    documented(e, "exploration");
    Map<String, Object> cell = (Map<String, Object>) ((List<Object>) e.get("cells")).get(0);
    documented(cell, "explored_cell");
    Map<String, Object> finding = (Map<String, Object>) ((List<Object>) cell.get("findings")).get(0);
    documented(finding, "explored_finding");
    assertEquals(List.of("add sata0 probe-defers", "unbind ipmmu_ds"), finding.get("witness"));
    assertEquals("new problem", finding.get("kind"));
  }

  @Test
  void theTextSaysHowFarItWentAndPrintsTheWitnessAsAScenario() {
    String text = ExploreReport.text("review explore: x", List.of(RESULT));
    assertTrue(text.contains("lager / default: explored to depth 2 of 3 (the time budget of 1 s ran out): 29 states "
        + "(1, 5, 23 by depth), 120 transitions; 1 finding"), text);
    assertTrue(text.contains("      boot: boot\n      1: add sata0 probe-defers\n      2: unbind ipmmu_ds\n"), text);
  }
}
