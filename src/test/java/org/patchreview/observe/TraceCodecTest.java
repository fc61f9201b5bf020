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

  /**
   * What two chains executed, numbered in one table of statements written after both: every statement with its
   * function in order (a statement seen in two functions is two entries, jumps back and far forward read back),
   * a log two traces share read once, where observations and actions fell, and statements not kept.
   */
  @Test
  void executionsReadBackWithTheirStatementsInOrder() throws IOException {
    Span a = new Span("a.c", 1, 1);
    Span b = new Span("a.c", 2, 1);
    Span macro = new Span("m.h", 9, 3);
    StatementLog shared = new StatementLog();
    shared.add(a, "f");
    shared.add(b, "f");
    shared.add(macro, "f");
    shared.add(a, "f");
    shared.add(macro, "g");
    for (int i = 0; i < 300; i++) {
      shared.add(new Span("far.c", i, 1), "h");
    }
    shared.add(b, "f");
    StatementLog other = new StatementLog();
    other.add(macro, "g");
    other.add(new Span("other.c", 4, 2), "");
    Trace t1 = new Trace("lager", "default", "probe", List.of("probe"), List.of(), 1, null,
        new Execution(shared, 3, new int[] {1, 3}, new int[] {0, 2}));
    Trace t2 = new Trace("lager", "default", "rebind", List.of("probe", "rebind"), List.of(), 2, null,
        new Execution(shared, shared.size(), new int[] {1, 3, 304}, new int[] {0, 2, 5}));
    Trace t3 = new Trace("lager", "xen-dom0", "probe", List.of("probe"), List.of(), 3, null,
        new Execution(other, 2, new int[] {}, new int[] {0}));
    TraceCodec.Sites sites = new TraceCodec.Sites();
    ByteArrayOutputStream chain1 = new ByteArrayOutputStream();
    new TraceCodec.Writer(new DataOutputStream(chain1)).executions(List.of(t1, t2), sites);
    ByteArrayOutputStream chain2 = new ByteArrayOutputStream();
    new TraceCodec.Writer(new DataOutputStream(chain2)).executions(List.of(t3), sites);
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    new TraceCodec.Writer(new DataOutputStream(table)).sites(sites);

    TraceCodec.SiteTable read = reader(table).sites();
    assertEquals(305, read.spans().length, "each place once per function it ran in");
    List<Trace> back = reader(chain1).executions(List.of(t1.withoutExecution(), t2.withoutExecution()), read);
    assertSame(back.get(0).execution().log(), back.get(1).execution().log(), "a shared log is read once");
    assertSameExecution(t1.execution(), back.get(0).execution());
    assertSameExecution(t2.execution(), back.get(1).execution());
    assertEquals(t2.withoutExecution(), back.get(1).withoutExecution());
    assertSameExecution(t3.execution(), reader(chain2).executions(List.of(t3.withoutExecution()), read).get(0)
        .execution());
  }

  @Test
  void executionsForAnotherNumberOfTracesAreRefused() throws IOException {
    StatementLog log = new StatementLog();
    log.add(new Span("a.c", 1, 1), "f");
    Trace t = new Trace("b", "c", "s", List.of(), List.of(), 0, null, new Execution(log, 1, new int[0], new int[0]));
    TraceCodec.Sites sites = new TraceCodec.Sites();
    ByteArrayOutputStream chain = new ByteArrayOutputStream();
    new TraceCodec.Writer(new DataOutputStream(chain)).executions(List.of(t), sites);
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    new TraceCodec.Writer(new DataOutputStream(table)).sites(sites);
    TraceCodec.SiteTable read = reader(table).sites();
    assertThrows(IOException.class, () -> reader(chain).executions(List.of(), read));
    TraceCodec.SiteTable empty = new TraceCodec.SiteTable(new Span[0], new String[0]);
    assertThrows(IOException.class, () -> reader(chain).executions(List.of(t.withoutExecution()), empty),
        "a statement outside the table");
  }

  private static TraceCodec.Reader reader(ByteArrayOutputStream bytes) {
    return new TraceCodec.Reader(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
  }

  private static void assertSameExecution(Execution expected, Execution actual) {
    assertEquals(expected.end(), actual.end());
    assertArrayEquals(expected.positions(), actual.positions());
    assertArrayEquals(expected.actionStarts(), actual.actionStarts());
    assertEquals(expected.log().size(), actual.log().size());
    assertEquals(expected.log().dropped(), actual.log().dropped());
    for (int i = 0; i < expected.log().size(); i++) {
      assertEquals(expected.log().span(i), actual.log().span(i), "statement " + i);
      assertEquals(expected.log().function(i), actual.log().function(i), "statement " + i);
    }
  }
}
