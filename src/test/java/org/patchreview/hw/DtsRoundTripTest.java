package org.patchreview.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Random trees printed as source and read back have the same nodes, labels, properties and values. */
class DtsRoundTripTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void printedTreesReadBackUnchanged(long seed) {
    RandomDts generated = new RandomDts(seed);
    String text = generated.print();
    DtsReadResult result = DtsReader.read("random-" + seed + ".dts", text, name -> Optional.empty());
    assertEquals(List.of(), result.diagnostics(), text);
    Board board = result.board();

    assertEquals(generated.nodes().stream().map(n -> n.path).toList(),
        board.nodes().stream().map(DtNode::path).toList(), text);
    for (RandomDts.Node expected : generated.nodes()) {
      DtNode actual = board.byPath(expected.path).orElseThrow();
      assertEquals(expected.labels, actual.labels(), expected.path);
      assertEquals(List.copyOf(expected.properties.keySet()),
          actual.properties().stream().map(DtProperty::name).toList(), expected.path);
      for (DtProperty property : actual.properties()) {
        assertEquals(expected.properties.get(property.name()), withoutPhandles(property.values(), board),
            expected.path + " " + property.name() + "\n" + text);
      }
    }
    checkPhandlesAreDistinct(board);
  }

  // Phandle numbers depend on dtc's numbering order; check each against its target and compare the rest.
  private static List<DtValue> withoutPhandles(List<DtValue> values, Board board) {
    List<DtValue> normalised = new ArrayList<>();
    for (DtValue value : values) {
      if (value instanceof DtValue.Cells cells) {
        List<DtCell> plain = new ArrayList<>();
        for (DtCell cell : cells.cells()) {
          cell.reference().ifPresent(ref -> assertEquals(board.byPath(ref.path()).orElseThrow().phandle(),
              cell.value(), ref.written()));
          plain.add(cell.reference().map(DtCell::ref).orElse(cell));
        }
        normalised.add(new DtValue.Cells(cells.bits(), plain));
      } else {
        normalised.add(value);
      }
    }
    return normalised;
  }

  private static void checkPhandlesAreDistinct(Board board) {
    Set<Long> seen = new HashSet<>();
    for (DtNode node : board.nodes()) {
      if (node.phandle() != 0) {
        assertEquals(true, seen.add(node.phandle()), "phandle " + node.phandle() + " given twice");
        assertEquals(Optional.of(node), board.byPhandle(node.phandle()));
        assertNotEquals(0xffffffffL, node.phandle());
      }
    }
  }
}
