package org.patchreview.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Session's renumbering of objects (by hand, for speed) renames exactly what the regular expression it stands for
 * does: on state lines as runs print them and on random lines over the characters that matter.
 */
class RenumberedTest {
  private static final Pattern NUMBERED = Pattern.compile("([A-Za-z_][\\w@]*)#(\\d+)");

  /** The definition: each match of the expression, left to right, renumbered per name in order of appearance. */
  private static List<String> byExpression(List<String> lines) {
    Map<String, String> names = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      Matcher m = NUMBERED.matcher(line);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        String name = names.computeIfAbsent(m.group(), k -> m.group(1) + "#"
            + counts.merge(m.group(1), 1, Integer::sum));
        m.appendReplacement(b, Matcher.quoteReplacement(name));
      }
      m.appendTail(b);
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void stateLinesAreRenumberedInOrderOfAppearance() {
    List<String> lines = List.of("sata0 archdata.mapping = dma_iommu_mapping#3 (kref 2)",
        "mmcif0 archdata.mapping = dma_iommu_mapping#3 (kref 2)", "ipmmu_ds domain = &ipmmu_vmsa_domain#7.io_domain",
        "x = kmalloc@ipmmu_probe#4+16", "y = dma_iommu_mapping#1", "9abc#12 a#12b#3 @foo#1 x# #5 _#0");
    List<String> expected = byExpression(lines);
    assertEquals(expected, Session.renumbered(lines));
    assertEquals("sata0 archdata.mapping = dma_iommu_mapping#1 (kref 2)", expected.get(0));
    assertEquals("y = dma_iommu_mapping#2", expected.get(4));
  }

  @Test
  void randomLinesAreRenumberedAsTheExpressionDoes() {
    Random random = new Random(15);
    String alphabet = "ab_Z09@#1 .&+-#";
    for (int n = 0; n < 2000; n++) {
      List<String> lines = new ArrayList<>();
      for (int l = random.nextInt(4); l >= 0; l--) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(24); i > 0; i--) {
          b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        lines.add(b.toString());
      }
      assertEquals(byExpression(lines), Session.renumbered(lines), lines.toString());
    }
  }
}
