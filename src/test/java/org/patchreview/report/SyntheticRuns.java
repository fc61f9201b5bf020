package org.patchreview.report;

import java.util.ArrayList;
import java.util.List;
import org.patchreview.c.Span;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.Change;
import org.patchreview.diff.Divergence;
import org.patchreview.diff.HunkRef;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.Verdict;
import org.patchreview.interp.Fault;
import org.patchreview.interp.FaultKind;
import org.patchreview.mail.MessageCheck;
import org.patchreview.mail.PatchFacts;
import org.patchreview.mail.Series;
import org.patchreview.observe.Observation;

/**
 * Runs made by hand for the synthetic report models: small, covering each kind of finding, and carrying text that
 * must be escaped ({@code <}, {@code &}, {@code |}, {@code *}, {@code _}) in every renderer.
 */
final class SyntheticRuns {
  private static final String FILE = "drivers/foo/foo.c";

  private SyntheticRuns() {}

  static Report report(String which, List<Report.PatchEntry> patches, Series series) {
    return switch (which) {
      case "escaping" -> new Report("a <made-up> tree", warned(patches), List.of(), escaping(), fixes(),
          List.of(new Diagnostic(Diagnostic.Severity.NOTE, "Documentation/<b>foo</b>.txt", 3, 0,
              "Documentation/<b>foo</b>.txt is not in the modelled tree; its 1 hunk(s) are left out", "")));
      case "series" -> new Report("a made-up tree", replayed(patches), List.of(), series(), List.of(), List.of(),
          series);
      default -> throw new IllegalArgumentException("no synthetic runs named " + which);
    };
  }

  /** A Fixes: tag checked and not confirmed, with text to escape, and one the history does not have. */
  private static List<Report.FixesClaim> fixes() {
    return List.of(
        new Report.FixesClaim("0123456789ab", "0123456789ab (\"foo: <b>bar</b> & *baz*\")", "0001-foo-<bar>", true,
            false, "not confirmed: none of the 2 problems the patch removes appear with 0001-foo-<bar>; they first "
            + "appear with 0002-foo_baz, e.g. board/default/probe: fault <script>alert(1)</script>"),
        new Report.FixesClaim("fedcba987654", "fedcba987654 (\"foo: | pipes | in a table\")", "", false, false,
            "not checked: fedcba987654 is not in the modelled history"));
  }

  /** Each patch with a warning of the mail checks, whose text must be escaped. */
  private static List<Report.PatchEntry> warned(List<Report.PatchEntry> patches) {
    return patches.stream().map(p -> new Report.PatchEntry(p.mail(), p.applied(), new PatchFacts(List.of(),
        List.of(new MessageCheck("fixes", MessageCheck.Level.WARNING,
            "the Fixes: tag is wrapped <over> two lines & its subject is cut", p.mail().source(), 12)), "",
        List.of()), p.replay(), p.model())).toList();
  }

  private static Divergence.Statement at(String file, int line, String function, String text) {
    return new Divergence.Statement(file + ":" + line, function, text);
  }

  private static HunkRef hunk(int patch) {
    return new HunkRef(patch, FILE, 1, patch == 1 ? "@@ -24,6 +24,8 @@ static void foo_remove(struct device *dev)"
        : "@@ -15,7 +15,7 @@ static int foo_probe(struct device *dev)");
  }

  /** Where the single patch makes the runs part: foo_remove returns early while a user is left. */
  private static Divergence removeParts(int patch) {
    return new Divergence(at(FILE, 25, "foo_remove", "struct foo_priv *priv = dev_get_drvdata(dev);"),
        at(FILE, 27, "foo_remove", "kfree(priv->buf);"), at(FILE, 27, "foo_remove", "if (--priv->users)"),
        hunk(patch), false);
  }

  private static List<Observation.State> states(String device, String... stepOpsMapping) {
    List<Observation.State> out = new ArrayList<>();
    for (int i = 0; i + 2 < stepOpsMapping.length; i += 3) {
      String step = stepOpsMapping[i];
      out.add(new Observation.State(step, device, "driver", stepOpsMapping[i + 1].equals("NULL") ? "none" : "foo"));
      out.add(new Observation.State(step, device, "dma_ops", stepOpsMapping[i + 1]));
      out.add(new Observation.State(step, device, "archdata.mapping", stepOpsMapping[i + 2]));
      out.add(new Observation.State(step, "ipmmu", "ctx0", stepOpsMapping[i + 2].equals("NULL") ? "off"
          : "enabled, pt 0x40002000"));
    }
    return out;
  }

  private static List<RunDiff> escaping() {
    Divergence why = removeParts(1);
    Fault uaf = new Fault(FaultKind.USE_AFTER_FREE, "read of 4 byte(s) at foo_priv#1 <freed> & gone",
        new Span(FILE, 30, 8), "priv->users", "foo_remove", List.of("foo_remove (" + FILE + ":30)"), "foo_priv#1");
    Observation.FaultSeen fault = new Observation.FaultSeen("rebind", "unbind foo0", uaf);
    Observation.Leak leak = new Observation.Leak("end", "kmalloc@foo_probe#1", "kmalloc(64)", 64, "foo_probe",
        FILE + ":17");
    List<Change> changes = List.of(
        new Change("rebind", "fault", "use after free", Change.ABSENT, fault.text(), fault.location(), why),
        new Change("end", "leak", "kmalloc(64)", Change.ABSENT, leak.text(), leak.location(), why),
        new Change("unbind", "call", "kfree", "kfree(kmalloc@foo_probe#1)", Change.ABSENT, FILE + ":27", why),
        new Change("unbind", "state", "foo0 archdata.mapping", "NULL", "dma_iommu_mapping#1 (kref 2)", "", why),
        new Change("rebind", "state", "foo0 archdata.mapping", "NULL", "dma_iommu_mapping#1 (kref 2)", "", why),
        new Change("unbind", "log", "log", Change.ABSENT, "foo: <keeping> buffer | users=1 *still*",
            FILE + ":28", why));
    RunDiff regressed = new RunDiff("lager", "default", "rebind", Verdict.REGRESSED,
        List.of("probe", "unbind", "rebind"), List.of(), List.of(fault, leak), changes, 1.5, 1.6,
        states("foo0", "probe", "iommu_ops", "dma_iommu_mapping#1 (kref 1)", "unbind", "NULL", "NULL",
            "rebind", "iommu_ops", "dma_iommu_mapping#1 (kref 1)"),
        states("foo0", "probe", "iommu_ops", "dma_iommu_mapping#1 (kref 1)", "unbind", "NULL",
            "dma_iommu_mapping#1 (kref 2)", "rebind", "iommu_ops", "dma_iommu_mapping#1 (kref 2)"));
    Divergence later = new Divergence(null, null, at(FILE, 29, "foo_remove", "kfree(priv->buf);"), hunk(1), true);
    RunDiff changed = new RunDiff("no-iommu", "default", "unbind", Verdict.CHANGED, List.of("probe", "unbind"),
        List.of(), List.of(), List.of(new Change("unbind", "state", "foo0 dma_ops", "arm_dma_ops", "NULL", "", later),
            new Change("unbind", "field", "foo0 archdata.users", Change.ABSENT, "1", "", null)),
        1.0, 1.0, List.of(), List.of());
    RunDiff same = new RunDiff("no-iommu", "default", "probe", Verdict.SAME, List.of("probe"), List.of(), List.of(),
        List.of(), 1.0, 1.0, List.of(), List.of());
    return List.of(regressed, changed, same);
  }

  /** Each patch of the series replayed on its own: the first changes nothing, the second fixes the run. */
  private static List<Report.PatchEntry> replayed(List<Report.PatchEntry> patches) {
    RunDiff same = new RunDiff("lager", "default", "rebind", Verdict.SAME, List.of("probe", "unbind", "rebind"),
        List.of(), List.of(), List.of(), 2.0, 2.0, List.of(), List.of());
    List<List<RunDiff>> replays = List.of(List.of(same), series());
    List<Report.PatchEntry> out = new ArrayList<>();
    for (int i = 0; i < patches.size(); i++) {
      Report.PatchEntry p = patches.get(i);
      out.add(new Report.PatchEntry(p.mail(), p.applied(), p.facts(), replays.get(Math.min(i, 1))));
    }
    return out;
  }

  private static List<RunDiff> series() {
    Divergence probe = new Divergence(at(FILE, 17, "foo_probe", "priv->buf = kzalloc(64, GFP_KERNEL);"),
        at(FILE, 18, "foo_probe", "priv->users = 1;"), at(FILE, 18, "foo_probe", "priv->users = 2;"), hunk(2), false);
    Fault uaf = new Fault(FaultKind.USE_AFTER_FREE, "read of 4 byte(s) at foo_priv#1 (freed by foo_remove)",
        new Span(FILE, 27, 6), "priv->users", "foo_remove", List.of("foo_remove (" + FILE + ":27)"), "foo_priv#1");
    Observation.FaultSeen fault = new Observation.FaultSeen("rebind", "unbind foo0", uaf);
    // A second fault, which the first patch's lines remove: its reply goes to that patch.
    Fault npd = new Fault(FaultKind.NULL_DEREFERENCE, "read through a NULL pointer", new Span(FILE, 30, 2),
        "priv->buf", "foo_remove", List.of("foo_remove (" + FILE + ":30)"), "");
    Observation.FaultSeen early = new Observation.FaultSeen("unbind", "unbind foo0", npd);
    RunDiff fixed = new RunDiff("lager", "default", "rebind", Verdict.FIXED, List.of("probe", "unbind", "rebind"),
        List.of(early, fault), List.of(), List.of(
            new Change("unbind", "fault", "NULL pointer dereference", early.text(), Change.ABSENT, early.location(),
                removeParts(1)),
            new Change("rebind", "fault", "use after free", fault.text(), Change.ABSENT, fault.location(), probe),
            new Change("unbind", "call", "kfree", "kfree(foo_priv#1)", Change.ABSENT, FILE + ":30",
                removeParts(1))),
        2.0, 2.0, List.of(), List.of());
    return List.of(fixed);
  }
}
