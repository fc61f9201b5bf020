package org.patchreview.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The boards in {@code corpus/boards} and the configs' fragments read cleanly and say what the model brief says. */
class BundledBoardsTest {

  static Board board(String name) {
    DtsReadResult result = DtsReader.readFile(Path.of("corpus/boards", name + ".dts"));
    assertEquals(List.of(), result.diagnostics());
    return result.board();
  }

  static Stream<Path> sources() throws IOException {
    List<Path> all = new ArrayList<>();
    for (String folder : List.of("corpus/boards", "corpus/configs")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        files.filter(p -> p.toString().endsWith(".dts") || p.toString().endsWith(".dtsi")).sorted().forEach(all::add);
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("sources")
  void everySourceReadsWithoutDiagnostics(Path file) {
    assertEquals(List.of(), DtsReader.readFile(file).diagnostics());
  }

  @ParameterizedTest
  @MethodSource("sources")
  void boardsFollowTheCorpusConventions(Path file) {
    if (!file.toString().endsWith(".dts")) {
      return;
    }
    Board board = DtsReader.readFile(file).board();
    assertFalse(board.model().isEmpty(), "model on the root");
    assertFalse(board.compatible().isEmpty(), "compatible on the root");
    assertEquals(List.of(1L), board.root().property("#address-cells").orElseThrow().asCells());
    assertEquals(List.of(1L), board.root().property("#size-cells").orElseThrow().asCells());
    for (DtNode node : board.root().children()) {
      assertTrue(node.children().isEmpty(), node + " is a device node directly under /");
    }
  }

  @Test
  void lagerSharesOneIpmmuBetweenItsMasters() {
    Board lager = board("lager");
    assertEquals("lager", lager.name());
    assertEquals(List.of("/", "/clock-sata", "/clock-mmcif", "/mmu@e6740000", "/sata@ee300000", "/mmc@ee200000"),
        lager.nodes().stream().map(DtNode::path).toList());
    DtNode ipmmu = lager.byLabel("ipmmu_ds").orElseThrow();
    assertEquals(List.of("renesas,ipmmu-r8a7790", "renesas,ipmmu-vmsa"), ipmmu.compatible());
    assertEquals(List.of(new RegRange(0xe6740000L, 0x1000)), ipmmu.reg());
    DtNode sata = lager.byLabel("sata0").orElseThrow();
    DtNode mmc = lager.byLabel("mmcif0").orElseThrow();
    assertEquals(List.of(new PhandleArgs(ipmmu, List.of(0L))), sata.phandleArgs("iommus", "#iommu-cells").entries());
    assertEquals(List.of(new PhandleArgs(ipmmu, List.of(1L))), mmc.phandleArgs("iommus", "#iommu-cells").entries());
    assertEquals(List.of(new PhandleArgs(lager.byLabel("sata_clk").orElseThrow(), List.of())),
        sata.phandleArgs("clocks", "#clock-cells").entries());
    assertEquals(List.of(new PhandleArgs(lager.byLabel("mmcif_clk").orElseThrow(), List.of())),
        mmc.phandleArgs("clocks", "#clock-cells").entries());
    assertEquals(List.of(new RegRange(0xee200000L, 0x80)), mmc.reg());
  }

  @Test
  void privateIommuGivesEachMasterItsOwnSysmmu() {
    Board board = board("private-iommu");
    DtNode g2d = board.byLabel("g2d").orElseThrow();
    DtNode jpeg = board.byLabel("jpeg").orElseThrow();
    assertEquals("/jpeg-codec@11840000", jpeg.path());
    assertEquals(List.of(new PhandleArgs(board.byLabel("sysmmu_g2d").orElseThrow(), List.of())),
        g2d.phandleArgs("iommus", "#iommu-cells").entries());
    assertEquals(List.of(new PhandleArgs(board.byLabel("sysmmu_jpeg").orElseThrow(), List.of())),
        jpeg.phandleArgs("iommus", "#iommu-cells").entries());
    assertEquals(List.of(new PhandleArgs(board.byLabel("jpeg_clk").orElseThrow(), List.of())),
        jpeg.phandleArgs("clocks", "#clock-cells").entries());
    assertTrue(board.byLabel("sysmmu_jpeg").orElseThrow().isCompatible("samsung,exynos-sysmmu"));
  }

  @Test
  void noIommuHasTheMastersWithoutIommus() {
    Board board = board("no-iommu");
    assertEquals(List.of("/", "/clock-sata", "/clock-mmcif", "/sata@ee300000", "/mmc@ee200000"),
        board.nodes().stream().map(DtNode::path).toList());
    assertTrue(board.nodes().stream().noneMatch(n -> n.hasProperty("iommus") || n.hasProperty("#iommu-cells")));
    assertEquals(1, board.byLabel("sata0").orElseThrow().phandleArgs("clocks", "#clock-cells").entries().size());
  }

  @Test
  void hardwareModelsFollowTheCompatibles() {
    Hardware lager = Hardware.of(board("lager"), e -> { });
    assertEquals(List.of("IpmmuModel:ipmmu_ds", "RegisterFileModel:sata0", "RegisterFileModel:mmcif0"),
        lager.models().stream().map(m -> m.getClass().getSimpleName() + ":" + m.name()).toList());
    Hardware exynos = Hardware.of(board("private-iommu"), e -> { });
    assertEquals(List.of("SysmmuModel:sysmmu_g2d", "SysmmuModel:sysmmu_jpeg", "RegisterFileModel:g2d",
        "RegisterFileModel:jpeg"),
        exynos.models().stream().map(m -> m.getClass().getSimpleName() + ":" + m.name()).toList());
  }
}
