package org.patchreview.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Holes and padding come from members' bit ranges, so a struct of 256 MiB costs what its members cost. */
class StructLayoutViewTest {
  @Test
  void aStructOf256MiBHasItsHoleCountedWithoutOverflow() {
    int far = 1 << 28;
    StructLayoutView v = new StructLayoutView("struct big", far + 8, 4, List.of(
        new StructLayoutView.Member("a", "int a;", 0, 4, -1, -1),
        new StructLayoutView.Member("b", "int b;", far, 4, -1, -1)));
    assertEquals(List.of(new StructLayoutView.Hole("a", 32, (far - 4) * 8L)), v.holes());
    assertEquals("268435452 bytes", v.holes().get(0).describe());
    assertEquals(4, v.padding());
  }

  @Test
  void bitfieldHolesAndTheHoleBeforeTheFirstMember() {
    StructLayoutView v = new StructLayoutView("struct s", 8, 4, List.of(
        new StructLayoutView.Member("x", "unsigned int x:3;", 0, 4, 2, 3),
        new StructLayoutView.Member("y", "char y;", 4, 1, -1, -1)));
    assertEquals(List.of(new StructLayoutView.Hole("", 0, 2), new StructLayoutView.Hole("x", 5, 27)), v.holes());
    assertEquals(3, v.padding());
  }
}
