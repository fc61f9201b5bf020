package org.patchreview.observe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patchreview.c.Span;
import org.patchreview.interp.Fault;
import org.patchreview.interp.FaultKind;
import org.patchreview.interp.StatementLog;

/** Traces read back as they were written: every kind of observation, shared ones once, absent fields as null. */
class TraceCodecTest {
  @Test
  void everyKindOfObservationReadsBackEqual() throws IOException {
    Fault fault = new Fault(FaultKind.USE_AFTER_FREE, "freed at a.c:3", new Span("a.c", 7, 2), "m->bits",
        "__free_iova", List.of("__free_iova", "arm_iommu_unmap_page"), "dma_iommu_mapping#1");
    Observation call = new Observation.Call("probe", 1, "arm_iommu_attach_device", List.of("sata0", "mapping#1"),
        "0", "arch/arm/mm/dma-mapping.c:2210");
    List<Observation> seen = List.of(call,
        new Observation.State("probe", "sata0", "dma_ops", "iommu_ops"),
        new Observation.Hardware("probe", "ipmmu_ds", "ctx0 on"),
        new Observation.Log("probe", 7, "Adding to IOMMU failed: -19", "drivers/iommu/of_iommu.c:86"),
        new Observation.Warning("unbind", "unbind sata0", new Fault(FaultKind.BUG, "WARN_ON", Span.NONE, "x", "f",
            List.of(), null)),
        new Observation.FaultSeen("unbind", "unbind sata0", fault),
        new Observation.Leak("end", "kmalloc#3", "struct dma_iommu_mapping", 64, "arm_iommu_create_mapping", "a.c:9"),
        new Observation.Violation("rebind", "isolation lost", "sata0", "ipmmu_ds", "no translation", "ctx0 off"));
    Trace first = new Trace("lager", "default", "probe", List.of("probe"), List.of(call), 1234, null);
    Trace second = new Trace("lager", "default", "rebind", List.of("probe", "unbind", "rebind"), seen, 5678,
        Trace.hungIn("rebind"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TraceCodec.Writer w = new TraceCodec.Writer(new DataOutputStream(bytes));
    w.traces(List.of(first, second));
    w.place(new Span("drivers/base/dd.c", 410, 9));
    w.bytes(new byte[] {1, 2, 3});
    TraceCodec.Reader r = new TraceCodec.Reader(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    List<Trace> back = r.traces();
    assertEquals(List.of(first, second), back);
    assertSame(back.get(0).observations().get(0), back.get(1).observations().get(0), "a shared call is read once");
    assertEquals(new Span("drivers/base/dd.c", 410, 9), r.place());
    assertArrayEquals(new byte[] {1, 2, 3}, r.bytes());
  }

  @Test
  void aTraceWithItsStatementsIsRefused() {
    Trace recorded = new Trace("b", "c", "s", List.of(), List.of(), 0, null,
        new Execution(new StatementLog(), 0, new int[0], new int[0]));
    TraceCodec.Writer w = new TraceCodec.Writer(new DataOutputStream(new ByteArrayOutputStream()));
    assertThrows(IOException.class, () -> w.traces(List.of(recorded)));
  }
}
