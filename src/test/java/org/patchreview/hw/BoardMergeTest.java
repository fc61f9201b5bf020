package org.patchreview.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A config's fragment merged into a board by path. */
class BoardMergeTest {

  private static Board read(String name, String text) {
    DtsReadResult result = DtsReader.read(name, text, n -> Optional.empty());
    assertEquals(List.of(), result.diagnostics());
    return result.board();
  }

  @Test
  void xenFragmentAddsTheHypervisorNode() {
    Board lager = BundledBoardsTest.board("lager");
    DtsReadResult xen = DtsReader.readFile(Path.of("corpus/configs/xen-dom0.dtsi"));
    assertEquals(List.of(), xen.diagnostics());
    Board merged = lager.merge(xen.board());

    assertEquals("lager", merged.name());
    assertEquals(lager.model(), merged.model());
    DtNode hypervisor = merged.byPath("/hypervisor").orElseThrow();
    assertEquals(List.of("xen,xen"), hypervisor.compatible());
    assertEquals(merged.root(), hypervisor.parent().orElseThrow());
    List<String> before = lager.nodes().stream().map(DtNode::path).toList();
    List<String> after = merged.nodes().stream().map(DtNode::path).toList();
    assertEquals(before, after.subList(0, before.size()));
    assertEquals("/hypervisor", after.get(after.size() - 1));
    assertTrue(lager.byPath("/hypervisor").isEmpty(), "merging leaves the board itself alone");
  }

  @Test
  void phandlesAndReferencesSurviveTheMerge() {
    Board lager = BundledBoardsTest.board("lager");
    Board merged = lager.merge(DtsReader.readFile(Path.of("corpus/configs/xen-dom0.dtsi")).board());
    for (DtNode node : lager.nodes()) {
      assertEquals(node.phandle(), merged.byPath(node.path()).orElseThrow().phandle(), node.path());
    }
    DtNode sata = merged.byLabel("sata0").orElseThrow();
    assertEquals(List.of(new PhandleArgs(merged.byLabel("ipmmu_ds").orElseThrow(), List.of(0L))),
        sata.phandleArgs("iommus", "#iommu-cells").entries());
  }

  @Test
  void fragmentPropertiesReplaceAndAddInPlace() {
    Board base = read("base.dts", "/dts-v1/;\n/ { model = \"base\"; a: a { x = <1>; y = <2>; }; };");
    Board fragment = read("frag.dtsi", "/dts-v1/;\n/ { a { y = <3>; z; }; b { }; };");
    Board merged = base.merge(fragment);
    DtNode a = merged.byPath("/a").orElseThrow();
    assertEquals(List.of("x", "y", "z"), a.properties().stream().map(DtProperty::name).toList());
    assertEquals(List.of(3L), a.property("y").orElseThrow().asCells());
    assertEquals(List.of("a"), a.labels());
    assertEquals(List.of("/", "/a", "/b"), merged.nodes().stream().map(DtNode::path).toList());
  }

  @Test
  void aFragmentPhandleThatCollidesIsRenumberedAndItsReferencesFollow() {
    Board base = read("base.dts", "/dts-v1/;\n/ { p: p { }; q { r = <&p>; }; };");
    Board fragment = read("frag.dtsi", "/dts-v1/;\n/ { f: f { }; g { r = <&f 5>; }; };");
    assertEquals(1, base.byPath("/p").orElseThrow().phandle());
    assertEquals(1, fragment.byPath("/f").orElseThrow().phandle());
    Board merged = base.merge(fragment);
    assertEquals(1, merged.byPath("/p").orElseThrow().phandle());
    assertEquals(2, merged.byPath("/f").orElseThrow().phandle());
    assertEquals(List.of(2L, 5L), merged.byPath("/g").orElseThrow().property("r").orElseThrow().asCells());
  }
}
