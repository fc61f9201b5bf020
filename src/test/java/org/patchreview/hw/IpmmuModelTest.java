package org.patchreview.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The IPMMU register model: events and state for a context enable, uTLB routing and disable. */
class IpmmuModelTest {
  private final List<HardwareEvent> events = new ArrayList<>();
  private final IpmmuModel ipmmu = new IpmmuModel("ipmmu_ds", 0x1000, events::add);

  private List<String> events() {
    List<String> seen = events.stream().map(HardwareEvent::toString).toList();
    events.clear();
    return seen;
  }

  private static Map<String, String> state(String... keyValues) {
    Map<String, String> state = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      state.put(keyValues[i], keyValues[i + 1]);
    }
    return state;
  }

  @Test
  void contextEnableRoutingAndDisable() {
    assertEquals(state("ctx0", "off"), ipmmu.state());

    ipmmu.write32(0x08, 0x80000000);            // IMTTBCR
    ipmmu.write32(0x10, 0x40004000);            // IMTTLBR0
    assertEquals(List.of(), events());
    ipmmu.write32(0x00, 0x1);                   // IMCTR.MMUEN
    assertEquals(List.of("ipmmu_ds: context 0 enabled, page table 0x40004000"), events());

    ipmmu.write32(0x300 + 16 * 1, 0x01);        // IMUCTR(1): MMUEN, TTSEL 0
    ipmmu.write32(0x300 + 16 * 0, 0x01);
    assertEquals(List.of("ipmmu_ds: uTLB 1 -> context 0", "ipmmu_ds: uTLB 0 -> context 0"), events());
    assertEquals(state("ctx0", "enabled, pt 0x40004000", "utlb0", "ctx0", "utlb1", "ctx0"), ipmmu.state());

    ipmmu.write32(0x300 + 16 * 1, 0x01);        // rewriting the same routing is not an event
    ipmmu.write32(0x300 + 16 * 1, 0x00);
    assertEquals(List.of("ipmmu_ds: uTLB 1 off"), events());

    ipmmu.write32(0x00, 0x0);
    assertEquals(List.of("ipmmu_ds: context 0 disabled"), events());
    // A uTLB switched off still shows, so that runs compare field by field.
    assertEquals(state("ctx0", "off", "utlb0", "ctx0", "utlb1", "off"), ipmmu.state());
  }

  @Test
  void flushClearsItselfSoTheDriversPollEnds() {
    ipmmu.write32(0x10, 0x40004000);
    ipmmu.write32(0x00, 0x1);
    events();
    ipmmu.write32(0x00, 0x1 | 0x4);
    assertEquals(0x1, ipmmu.read32(0x00));
    assertEquals(List.of(), events(), "a flush while enabled changes nothing visible");
  }

  @Test
  void routingToAnotherContextIsReportedAsWritten() {
    ipmmu.write32(0x300 + 16 * 3, 0x21);
    assertEquals(List.of("ipmmu_ds: uTLB 3 -> context 2"), events());
    assertEquals("ctx2", ipmmu.state().get("utlb3"));
  }

  @Test
  void otherOffsetsArePlainRegisters() {
    ipmmu.write32(0x308, 0x1234);               // IMUASID(0)
    ipmmu.write32(0x040, 0x1);                  // a second context, not modelled
    ipmmu.write32(0x300 + 16 * 32, 0x1);        // past the last uTLB
    assertEquals(List.of(), events());
    assertEquals(0x1234, ipmmu.read32(0x308));
    assertEquals(0x1, ipmmu.read32(0x040));
    assertEquals(state("ctx0", "off"), ipmmu.state());
  }
}
