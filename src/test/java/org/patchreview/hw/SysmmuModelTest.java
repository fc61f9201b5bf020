package org.patchreview.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Exynos System MMU register model: enable with a page table, flush, disable. */
class SysmmuModelTest {
  private final List<HardwareEvent> events = new ArrayList<>();
  private final SysmmuModel sysmmu = new SysmmuModel("sysmmu_g2d", 0x1000, events::add);

  @Test
  void enableFlushDisable() {
    assertEquals(Map.of("mmu", "off"), sysmmu.state());
    sysmmu.write32(0x014, 0x6f000000);          // MMU_PT_BASE
    sysmmu.write32(0x000, 1);                   // MMU_CTRL enable
    assertEquals(Map.of("mmu", "enabled, pt 0x6f000000"), sysmmu.state());
    sysmmu.write32(0x00c, 1);                   // MMU_FLUSH
    assertEquals(0, sysmmu.read32(0x00c));
    sysmmu.write32(0x000, 1);                   // already enabled: no event
    sysmmu.write32(0x000, 0);
    assertEquals(Map.of("mmu", "off"), sysmmu.state());
    assertEquals(List.of(
        new HardwareEvent("sysmmu_g2d", "enabled, page table 0x6f000000"),
        new HardwareEvent("sysmmu_g2d", "disabled")), events);
  }

  @Test
  void registersReadBack() {
    sysmmu.write32(0x014, 0x1000);
    assertEquals(0x1000, sysmmu.read32(0x014));
    assertEquals(0, sysmmu.read32(0x020));
  }
}
