package org.patchreview.hw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every construct of DeviceTree.g4, read from one fixture ({@code hw/all-constructs.dts}). */
class DtsGrammarTest {
  private static Board board;

  @BeforeAll
  static void read() {
    DtsReadResult result = DtsReader.readFile(Path.of("src/test/resources/hw/all-constructs.dts"));
    assertEquals(List.of(), result.diagnostics());
    board = result.board();
  }

  private static DtProperty prop(String path, String name) {
    return board.byPath(path).orElseThrow(() -> new AssertionError("no node " + path))
        .property(name).orElseThrow(() -> new AssertionError("no property " + name + " on " + path));
  }

  private static List<Long> cells(long... values) {
    return java.util.Arrays.stream(values).boxed().toList();
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  @Test
  void memreserveTakesNumbersAndExpressions() {
    assertEquals(List.of(new RegRange(0x10000000L, 0x4000), new RegRange(0x10000000L, 16384)),
        board.memoryReservations());
  }

  @Test
  void rootPropertiesAndStringEscapes() {
    assertEquals("Grammar \"coverage\"\tboard\n", board.model());
    assertEquals(List.of("test,all", "test,base"), board.compatible());
    assertEquals(List.of("model", "compatible", "#address-cells", "#size-cells"),
        board.root().properties().stream().map(DtProperty::name).toList());
  }

  @Test
  void includeAddsItsNodesWhereItStands() {
    assertEquals(List.of("/", "/from-include", "/clock-a", "/mmu@1000", "/device@2000", "/device@2000/child@0",
        "/device@2000/used-node"), board.nodes().stream().map(DtNode::path).toList());
    assertEquals(cells(1), prop("/from-include", "included").asCells());
  }

  @Test
  void nodesCarrySeveralLabelsAndUnitAddresses() {
    DtNode clock = board.byLabel("first").orElseThrow();
    assertEquals(List.of("clk", "first"), clock.labels());
    assertEquals("clock-a", clock.name());
    DtNode mmu = board.byLabel("iommu").orElseThrow();
    assertEquals("mmu", mmu.name());
    assertEquals("1000", mmu.unitAddress());
    assertEquals("/mmu@1000", mmu.path());
  }

  @Test
  void emptyPropertyAndNumbers() {
    assertTrue(prop("/device@2000", "dma-coherent").isEmpty());
    assertEquals(cells(15), prop("/device@2000", "octal").asCells());
    assertEquals(cells(0x2000, 0x100, 0x3000, 0x10), prop("/device@2000", "reg").asCells());
    assertEquals(List.of(new RegRange(0x2000, 0x100), new RegRange(0x3000, 0x10)),
        board.byPath("/device@2000").orElseThrow().reg());
  }

  @Test
  void characterLiterals() {
    assertEquals(cells('a', '\n', '\'', 0x41, 0x41), prop("/device@2000", "chars").asCells());
  }

  @Test
  void parenthesisedExpressions() {
    assertEquals(cells(8, 12, 42, 14, 2, 0x30, 0xff, 0xf0, 16, 0xffffffffL, 0xffffffffL, 6, 7, 9, 1, 1, 0, 1, 0,
        0, 1, 10, 16, 5), prop("/device@2000", "exprs").asCells());
  }

  @Test
  void bitsWidths() {
    assertEquals("12347a", hex(prop("/device@2000", "bits8").asBytes()));
    assertEquals("abcd0001", hex(prop("/device@2000", "bits16").asBytes()));
    assertEquals("1122334455667788", hex(prop("/device@2000", "bits64").asBytes()));
    assertEquals(cells(0x11223344L, 0x55667788L), prop("/device@2000", "bits64").asCells());
  }

  @Test
  void byteStrings() {
    assertEquals("001122", hex(prop("/device@2000", "bytes").asBytes()));
    assertEquals("aabbccdd", hex(prop("/device@2000", "packed-bytes").asBytes()));
  }

  @Test
  void mixedValueKeepsItsChunks() {
    DtProperty mixed = prop("/device@2000", "mixed");
    assertEquals(5, mixed.values().size());
    assertEquals("7465787400" + "0000000100000002" + "ff" + "2f636c6f636b2d6100" + "0003", hex(mixed.asBytes()));
    assertEquals(new DtValue.PathRef(new DtReference("clk", "/clock-a")), mixed.values().get(3));
  }

  @Test
  void wholeValueReferencesArePaths() {
    assertEquals(List.of("/mmu@1000"), prop("/device@2000", "path").asStrings());
    assertEquals(List.of("/mmu@1000"), prop("/device@2000", "path-by-path").asStrings());
  }

  @Test
  void cellReferencesBecomePhandlesNumberedLikeDtc() {
    DtNode clock = board.byLabel("clk").orElseThrow();
    DtNode mmu = board.byLabel("iommu").orElseThrow();
    DtNode used = board.byLabel("used").orElseThrow();
    assertEquals(1, clock.phandle());
    assertEquals(2, mmu.phandle());
    assertEquals(3, used.phandle());
    assertEquals(0, board.byPath("/device@2000").orElseThrow().phandle());
    assertEquals(cells(2, 7, 2, 8), prop("/device@2000", "iommus").asCells());
    assertEquals(Optional.of(mmu), board.byPhandle(2));
  }

  @Test
  void phandleArgsFollowTheTargetsCellCount() {
    DtNode dev = board.byLabel("dev").orElseThrow();
    PhandleArgsResult iommus = dev.phandleArgs("iommus", "#iommu-cells");
    assertEquals(List.of(), iommus.diagnostics());
    DtNode mmu = board.byLabel("iommu").orElseThrow();
    assertEquals(List.of(new PhandleArgs(mmu, List.of(7L)), new PhandleArgs(mmu, List.of(8L))), iommus.entries());
    assertEquals(List.of(new PhandleArgs(board.byLabel("clk").orElseThrow(), List.of())),
        dev.phandleArgs("clocks", "#clock-cells").entries());
    assertEquals(List.of(), dev.phandleArgs("no-such-list", "#clock-cells").entries());
  }

  @Test
  void deletionsAndOmissions() {
    DtNode dev = board.byLabel("dev").orElseThrow();
    assertFalse(dev.hasProperty("doomed-property"));
    assertTrue(board.byPath("/device@2000/doomed@1").isEmpty());
    assertTrue(board.byPath("/device@2000/unused-node").isEmpty());
    assertTrue(board.byLabel("unused").isEmpty());
    assertTrue(board.byPath("/to-delete").isEmpty());
    assertTrue(board.byPath("/omitted-by-ref").isEmpty());
    assertTrue(board.byPath("/device@2000/used-node").isPresent());
  }

  @Test
  void extendingByLabelAndByPathMergesProperties() {
    DtNode dev = board.byLabel("dev").orElseThrow();
    List<String> names = dev.properties().stream().map(DtProperty::name).toList();
    assertEquals("decimal", names.get(names.indexOf("iommus") + 1), "a redefined property keeps its place");
    assertEquals(cells(1), prop("/device@2000", "decimal").asCells());
    assertEquals("extended", names.get(names.size() - 1));
    assertEquals(List.of("yes"), prop("/device@2000", "extended").asStrings());
    assertTrue(prop("/mmu@1000", "extended-by-path").isEmpty());
    assertEquals(List.of("dev", "extra_label"), dev.labels(), "a label before &dev adds to its labels");
  }

  @Test
  void propertyAndValueLabelsAreAcceptedAndNamesMayLookLikeNumbers() {
    String text = "/dts-v1/;\n/ {\n\tplabel: prop = vlabel: <1>, v2: \"s\";\n\t0 { 1; };\n\tnode@0,1 { };\n};\n";
    DtsReadResult result = DtsReader.read("labels.dts", text, name -> Optional.empty());
    assertEquals(List.of(), result.diagnostics());
    assertEquals("00000001" + "7300", hex(result.board().root().property("prop").orElseThrow().asBytes()));
    assertTrue(result.board().byPath("/0").orElseThrow().hasProperty("1"));
    assertEquals("0,1", result.board().byPath("/node@0,1").orElseThrow().unitAddress());
  }

  @Test
  void defaultCellSizesComeFromTheSpecification() {
    String text = "/dts-v1/;\n/ {\n\tdev@0 { reg = <0x1 0x2000 0x100>; };\n};\n";
    DtNode dev = DtsReader.read("cells.dts", text, name -> Optional.empty()).board().byPath("/dev@0").orElseThrow();
    assertEquals(List.of(new RegRange(0x100002000L, 0x100)), dev.reg());
  }

  @Test
  void availabilityFollowsStatus() {
    String text = "/dts-v1/;\n/ { a { status = \"okay\"; }; b { status = \"disabled\"; }; c { }; d { status = \"ok\"; }; };";
    Board b = DtsReader.read("status.dts", text, name -> Optional.empty()).board();
    assertEquals(List.of(true, false, true, true),
        List.of("/a", "/b", "/c", "/d").stream().map(p -> b.byPath(p).orElseThrow().isAvailable()).toList());
  }

  @Test
  void explicitPhandlesAreKeptAndSkippedWhenNumbering() {
    String text = "/dts-v1/;\n/ { a: a { phandle = <1>; }; b: b { }; c { r = <&b &a>; }; };";
    Board b = DtsReader.read("ph.dts", text, name -> Optional.empty()).board();
    assertEquals(1, b.byLabel("a").orElseThrow().phandle());
    assertEquals(2, b.byLabel("b").orElseThrow().phandle());
    assertEquals(cells(2, 1), b.byPath("/c").orElseThrow().property("r").orElseThrow().asCells());
  }

  @Test
  void byteStringDataIsCopied() {
    byte[] data = {1, 2};
    DtValue.Bytes bytes = new DtValue.Bytes(data);
    data[0] = 9;
    assertArrayEquals(new byte[] {1, 2}, bytes.data());
    assertEquals(new DtValue.Bytes(new byte[] {1, 2}), bytes);
  }
}
