package org.patchreview.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A run's hardware built from a board: which nodes get models, lookup by physical address, shared event sink. */
class HardwareTest {

  @Test
  void physicalAddressesReachTheirWindow() {
    List<HardwareEvent> events = new ArrayList<>();
    Board lager = BundledBoardsTest.board("lager");
    Hardware hw = Hardware.of(lager, events::add);
    MmioWindow hit = hw.at(0xe6740010L).orElseThrow();
    assertEquals(lager.byLabel("ipmmu_ds").orElseThrow(), hit.node());
    assertEquals(0xe6740000L, hit.base());
    assertEquals(0x10, hit.offset());
    assertTrue(hw.at(0xe6741000L).isEmpty(), "one past the window");
    assertEquals(0x7c, hw.at(0xee20007cL).orElseThrow().offset());
    assertTrue(hw.at(0x0).isEmpty());

    hit.device().write32(0x10, 0x40004000);
    hit.device().write32(0x00, 1);
    assertEquals(List.of(new HardwareEvent("ipmmu_ds", "context 0 enabled, page table 0x40004000")), events);
    assertEquals(Optional.of(hit.device()), hw.mmioFor(lager.byLabel("ipmmu_ds").orElseThrow()));
    assertTrue(hw.mmioFor(lager.byLabel("sata_clk").orElseThrow()).isEmpty(), "a fixed clock has no registers");
  }

  @Test
  void unlabelledNodesAreNamedWithTheirUnitAddressAndRegisterFilesReadBack() {
    String text = "/dts-v1/;\n/ { #address-cells = <1>; #size-cells = <1>;\n"
        + "  mmu@1000 { compatible = \"samsung,exynos-sysmmu\"; reg = <0x1000 0x100>; };\n"
        + "  dev@2000 { compatible = \"vendor,thing\"; reg = <0x2000 0x100>; };\n"
        + "  bus { #address-cells = <1>; #size-cells = <1>; ranges; inner@3000 { reg = <0x3000 0x10>; }; };\n"
        + "  xlat { #address-cells = <1>; #size-cells = <1>; ranges = <0 0x8000 0x100>; far@0 { reg = <0 4>; }; };\n"
        + "  cpus { #address-cells = <1>; #size-cells = <0>; cpu@0 { reg = <0>; }; };\n"
        + "};\n";
    DtsReadResult read = DtsReader.read("hw.dts", text, n -> Optional.empty());
    assertEquals(List.of(), read.diagnostics());
    List<HardwareEvent> events = new ArrayList<>();
    Hardware hw = Hardware.of(read.board(), events::add);
    assertEquals(List.of("mmu@1000", "dev@2000", "inner@3000"), hw.models().stream().map(MmioDevice::name).toList());

    hw.at(0x1000).orElseThrow().device().write32(0, 1);
    assertEquals(List.of(new HardwareEvent("mmu@1000", "enabled, page table 0x00000000")), events);

    MmioDevice dev = hw.at(0x2000).orElseThrow().device();
    assertEquals(0, dev.read32(0x10));
    dev.write32(0x10, 0xdeadbeef);
    assertEquals(0xdeadbeef, dev.read32(0x10));
    assertEquals(Map.of("0x010", "0xdeadbeef"), dev.state());
    assertEquals(0x10, hw.at(0x3004).orElseThrow().device().size());
  }
}
