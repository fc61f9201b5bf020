package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patchreview.c.Decl;
import org.patchreview.c.SourceParser;
import org.patchreview.corpus.Corpus;
import org.patchreview.testing.LinuxSource;

/**
 * The real changes between Linux 6.1 and 6.12 of the modelled functions of {@code arch/arm/mm/dma-mapping.c}, taken
 * from Debian's two trees at test time: each function both define once and the model defines too, where 6.12's text
 * differs, becomes one hunk replacing 6.1's definition by 6.12's, and the mail is replayed with {@code --tree} on
 * 6.1. Skipped without either package.
 */
class RealChangesTest {
  private static final String DMA = "arch/arm/mm/dma-mapping.c";

  /** Function definitions of a file read as it is: name to first and last line (names defined once only). */
  private static Map<String, int[]> functions(String text) {
    Map<String, int[]> out = new LinkedHashMap<>();
    List<String> twice = new ArrayList<>();
    for (Decl d : SourceParser.parse(DMA, text, null).unit().decls()) {
      if (d instanceof Decl.Function f && f.isDefinition()) {
        if (out.put(f.name(), new int[] {f.span().line(), f.end().line()}) != null) {
          twice.add(f.name());
        }
      }
    }
    twice.forEach(out::remove);
    return out;
  }

  /** The mail: one hunk per changed function, 6.1's definition out and 6.12's in, in 6.1's line order. */
  static String mail(String old, String neu, List<String> modelled, List<String> changed) {
    List<String> a = old.lines().toList();
    List<String> b = neu.lines().toList();
    Map<String, int[]> fa = functions(old);
    Map<String, int[]> fb = functions(neu);
    List<String> names = new ArrayList<>(fa.keySet());
    names.removeIf(n -> !fb.containsKey(n) || !modelled.contains(n));
    StringBuilder hunks = new StringBuilder();
    int shift = 0;
    for (String n : names) {
      int[] x = fa.get(n);
      int[] y = fb.get(n);
      List<String> out = a.subList(x[0] - 1, x[1]);
      List<String> in = b.subList(y[0] - 1, y[1]);
      if (out.equals(in)) {
        continue;
      }
      changed.add(n);
      hunks.append("@@ -").append(x[0]).append(',').append(out.size()).append(" +").append(x[0] + shift).append(',')
          .append(in.size()).append(" @@\n");
      out.forEach(l -> hunks.append('-').append(l).append('\n'));
      in.forEach(l -> hunks.append('+').append(l).append('\n'));
      shift += in.size() - out.size();
    }
    return "From: Test <t@example.org>\nSubject: [PATCH] ARM: dma-mapping: the modelled functions as Linux 6.12 has "
        + "them\nDate: Sun, 6 Dec 2026 12:00:00 +0000\n\nMade at test time from Debian's linux-source-6.1 and "
        + "linux-source-6.12.\n\nSigned-off-by: Test <t@example.org>\n---\n--- a/" + DMA + "\n+++ b/" + DMA + "\n"
        + hunks;
  }

  @Test
  void theChangesOf612ReplayedOn61() throws IOException {
    Path old = LinuxSource.tree("6.1");
    Path neu = LinuxSource.tree("6.12");
    List<String> modelled = new ArrayList<>(functions(Corpus.bundled().kernel().readString(DMA).orElseThrow())
        .keySet());
    List<String> changed = new ArrayList<>();
    // Kept in target/ (never committed) so that the README's figures can be reproduced with bin/review.
    Path mail = Files.createDirectories(Path.of("target", "real-changes")).resolve("6.1-to-6.12.mbox");
    Files.writeString(mail, mail(Files.readString(old.resolve(DMA)), Files.readString(neu.resolve(DMA)), modelled,
        changed));
    CommandLineRun r = CommandLineRun.of("apply", "--full", "--tree", old.toString(), mail.toString());
    assertTrue(changed.containsAll(List.of("arm_iommu_create_mapping", "arm_setup_iommu_dma_ops",
        "arch_setup_dma_ops")), "changed: " + changed);
    // 6.12's arm_iommu_create_mapping() takes the device and asks iommu_paging_domain_alloc() for its domain; the
    // model's IPMMU driver still passes the platform bus, as 6.1's callers did: the domain is looked up through a
    // bus read as a device, and the IPMMU's masters are left without their IOMMU.
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.out().contains("behaviour replayed on the modelled kernel at v5.19 "), r.out());
    assertTrue(r.out().contains("fault new: out-of-bounds access in iommu_paging_domain_alloc at "
        + "drivers/iommu/iommu.c:"), r.out());
    assertTrue(r.out().contains("isolation lost new: sata0 (behind ipmmu_ds)"), r.out());
    assertTrue(r.out().contains("call iommu_paging_domain_alloc(platform_bus_type) = ERR_PTR(-19) at " + DMA + ":"),
        r.out());
    assertTrue(r.err().contains(DMA + ": note: "), r.err());
  }
}
