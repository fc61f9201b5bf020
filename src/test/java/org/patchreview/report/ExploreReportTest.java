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

  /** The reference patch's report, as if --explore had found RESULT. */
  private static Report explored() {
    return ReportModels.report("0001-reference").withExplored(new Report.Explored("v4.12-rc1", List.of(RESULT)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theExplorationMemberIsDocumentedAndTheReportFollowsTheSchema() throws Exception {
    Map<String, Object> parsed = (Map<String, Object>) Json.parse(JsonRenderer.render(explored()));
    assertEquals((long) JsonRenderer.SCHEMA, ((Number) parsed.get("schema")).longValue());
    Map<String, Object> e = (Map<String, Object>) parsed.get("exploration");
    documented(e, "exploration");
    Map<String, Object> cell = (Map<String, Object>) ((List<Object>) e.get("cells")).get(0);
    documented(cell, "explored_cell");
    Map<String, Object> finding = (Map<String, Object>) ((List<Object>) cell.get("findings")).get(0);
    documented(finding, "explored_finding");
    assertEquals(List.of("add sata0 probe-defers", "unbind ipmmu_ds"), finding.get("witness"));
    assertEquals("new problem", finding.get("kind"));
    assertEquals(null, ((Map<String, Object>) Json.parse(JsonRenderer.render(ReportModels.report("0001-reference"))))
        .get("exploration"), "only a review that explored has the member");
  }

  @Test
  void everyFormatCarriesTheWitness() {
    Report r = explored();
    String md = MarkdownRenderer.render(r);
    assertTrue(md.contains("## Explored every sequence"), md);
    assertTrue(md.contains("```\n# new problem: use after free in f at a.c:3 (m)\nboot: boot\n1: add sata0 probe-defers\n"
        + "2: unbind ipmmu_ds\n```"), md);
    assertTrue(md.indexOf("## Explored every sequence") < md.indexOf("## FIXED"), "with the findings, before the runs");
    String html = HtmlRenderer.render(r);
    assertTrue(html.contains("<section class=\"explored\"><h2>Explored every sequence</h2>"), html);
    assertTrue(html.contains("<pre># new problem: use after free in f at a.c:3 (m)\nboot: boot\n1: add sata0 "
        + "probe-defers\n2: unbind ipmmu_ds\n</pre>"), html);
    String mail = MailRenderer.render(r);
    String unwrapped = mail.replace("\n  ", " ").replace('\n', ' ');
    assertTrue(unwrapped.contains("- new problem: use after free in f at a.c:3 (m) (lager/default, shortest "
        + "witness: add sata0 probe-defers; unbind ipmmu_ds)"), mail);
    assertTrue(unwrapped.contains("Exploring every sequence of lifecycle actions before and after the patch (to "
        + "depth 2 of 3, where a budget ran out, 1 board and config pairs): 1 finding(s):"), mail);
    assertTrue(mail.substring(mail.indexOf("\n\n")).lines().filter(l -> !l.startsWith(">"))
        .allMatch(l -> l.length() <= MailRenderer.WIDTH), "72 columns but for the quoted patch");
    String checks = ChecksRenderer.render(r);
    assertTrue(checks.contains("{\"tool\": \"review/exploration\", \"status\": \"fail\", \"summary\": \"1 new "
        + "problem(s), first: new problem: use after free in f at a.c:3 (m) (lager/default, shortest witness: add "
        + "sata0 probe-defers; unbind ipmmu_ds)\""), checks);
    String checkpatch = CheckpatchRenderer.render(r);
    assertTrue(checkpatch.contains("ERROR: new problem: use after free in f at a.c:3 (m) (lager/default, shortest "
        + "witness: add sata0 probe-defers; unbind ipmmu_ds)\n"), checkpatch);
    String text = TextRenderer.render(r);
    assertTrue(text.contains("\nExplored before and after the patch, on v4.12-rc1:\n\nlager / default: explored"), text);
  }

  @Test
  void aFindingSeveralPairsShowIsOneItemWithTheShortestWitness() {
    ExploreResult.Finding longer = new ExploreResult.Finding(ExploreResult.Kind.NEW_PROBLEM, "fault use after free "
        + "in f (x) on m", "use after free in f at a.c:3 (m)", "fault use after free ...", List.of(
            new Scenario.Action(Scenario.Verb.ADD, "sata_clk"), RESULT.findings().get(0)
                .witness().get(0), RESULT.findings().get(0).witness().get(1)));
    ExploreResult xen = new ExploreResult("lager", "xen-dom0", 3, 3, "", List.of(longer), List.of(1, 5, 23, 80), 300,
        1L);
    Report r = ReportModels.report("0001-reference").withExplored(new Report.Explored("v4.12-rc1", List.of(xen,
        RESULT)));
    String checkpatch = CheckpatchRenderer.render(r);
    assertEquals(1, checkpatch.lines().filter(l -> l.contains("new problem: use after free in f")).count(),
        checkpatch);
    assertTrue(checkpatch.contains("(2 board and config pairs, e.g. lager/default, shortest witness: add sata0 "
        + "probe-defers; unbind ipmmu_ds)"), checkpatch);
  }

  @Test
  void theTextSaysHowFarItWentAndPrintsTheWitnessAsAScenario() {
    String text = ExploreReport.text("review explore: x", List.of(RESULT));
    assertTrue(text.contains("lager / default: explored to depth 2 of 3 (the time budget of 1 s ran out): 29 states "
        + "(1, 5, 23 by depth), 120 transitions; 1 finding"), text);
    assertTrue(text.contains("      boot: boot\n      1: add sata0 probe-defers\n      2: unbind ipmmu_ds\n"), text);
  }
}
