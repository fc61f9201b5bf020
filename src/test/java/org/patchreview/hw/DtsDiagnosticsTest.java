package org.patchreview.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.patchreview.diag.Diagnostic;

/** Bad Device Tree source is reported as {@code file:line:col: error: ...} with the line quoted, never thrown. */
class DtsDiagnosticsTest {

  private static DtsReadResult read(String text) {
    return DtsReader.read("bad.dts", text, name -> Optional.empty());
  }

  private static List<String> messages(DtsReadResult result) {
    return result.diagnostics().stream().map(Diagnostic::oneLine).toList();
  }

  @Test
  void syntaxErrorNamesFileLineAndColumnAndQuotesTheLine() {
    DtsReadResult result = read("/dts-v1/;\n/ {\n\ta = <1>\n\tb = <2>;\n};\n");
    assertEquals(List.of("bad.dts:4:2: error: unexpected name 'b' (expected ',' or ';')"), messages(result));
    assertEquals("\tb = <2>;", result.diagnostics().get(0).quotedLine());
    assertTrue(result.hasErrors());
    assertEquals(List.of("/"), result.board().nodes().stream().map(DtNode::path).toList(),
        "a file with syntax errors contributes no nodes");
  }

  @Test
  void missingSemicolonAtEndOfFile() {
    assertEquals(List.of("bad.dts:2:6: error: unexpected end of file (expected ';')"),
        messages(read("/dts-v1/;\n/ { }")));
  }

  @Test
  void aFailedChoiceSaysWhatCameBeforeAndPreprocessorLinesGetAHint() {
    assertEquals(List.of("bad.dts:3:6: error: unexpected name 'bar' after 'foo'"),
        messages(read("/dts-v1/;\n/ {\n\tfoo bar;\n};\n")));
    assertEquals(List.of("bad.dts:2:11: error: unexpected '<' after '#include'; C preprocessor lines are not read "
        + "here, use /include/ \"file\""), messages(read("/ {\n\t#include <x.h>\n};\n")));
  }

  @Test
  void anUnclosedParenthesisDoesNotHideTheRestOfTheFile() {
    assertEquals(List.of("bad.dts:3:11: error: unexpected ';' (expected '-' or '~' or '!' or '(' or a number or "
        + "a character literal)"), messages(read("/dts-v1/;\n/ {\n\ta = <(1 >;\n\tb-c = <2>;\n\tn-x { d; };\n};\n")));
  }

  @Test
  void unterminatedStringIsALexicalError() {
    List<String> messages = messages(read("/dts-v1/;\n/ {\n\tmodel = \"no end;\n};\n"));
    assertEquals("bad.dts:3:10: error: unterminated string", messages.get(0));
  }

  @Test
  void unresolvedLabelPointsAtTheProperty() {
    DtsReadResult result = read("/dts-v1/;\n/ {\n\tdev {\n\t\tclocks = <&nosuch>;\n\t};\n};\n");
    assertEquals(List.of("bad.dts:4:3: error: property 'clocks' refers to &nosuch, but no node has the label "
        + "'nosuch'"), messages(result));
    assertEquals("\t\tclocks = <&nosuch>;", result.diagnostics().get(0).quotedLine());
  }

  @Test
  void unresolvedPathAndWholeValueReferences() {
    assertEquals(List.of(
        "bad.dts:1:19: error: property 'a' refers to &{/nowhere}, but there is no such node",
        "bad.dts:1:38: error: property 'b' refers to &gone, but no node has the label 'gone'"),
        messages(read("/dts-v1/; / { n { a = <&{/nowhere}>; b = &gone; }; };")));
  }

  @Test
  void blockTargetsMustAlreadyBeDefined() {
    assertEquals(List.of(
        "bad.dts:2:1: error: cannot extend &later: no node defined so far has the label 'later'",
        "bad.dts:3:1: error: cannot delete &{/nowhere}: there is no such node"),
        messages(read("/dts-v1/;\n&later { x; };\n/delete-node/ &{/nowhere};\n/ { later: n { }; };\n")));
  }

  @Test
  void valueProblems() {
    String text = "/dts-v1/;\n/ {\n"
        + "\ta = /bits/ 12 <1>;\n"
        + "\tb = /bits/ 8 <256 (-1) &x>;\n"
        + "\tc = <(1 / 0)>;\n"
        + "\td = [001];\n"
        + "\te = <'ab'>;\n"
        + "\tf = <099>;\n"
        + "\tx: x { };\n};\n";
    assertEquals(List.of(
        "bad.dts:3:13: error: /bits/ must be 8, 16, 32 or 64, not 12",
        "bad.dts:4:16: error: value 0x100 does not fit in a 8-bit cell",
        "bad.dts:4:25: error: references are only allowed in arrays of 32-bit cells, not /bits/ 8",
        "bad.dts:5:10: error: division by zero in an integer expression",
        "bad.dts:6:6: error: byte string group '001' has an odd number of hexadecimal digits",
        "bad.dts:7:7: error: character literal 'ab' must hold exactly one character",
        "bad.dts:8:7: error: '099' is not an octal number (a leading 0 means octal)"),
        messages(read(text)));
  }

  @Test
  void duplicateLabelsAndPhandles() {
    assertEquals(List.of(
        "bad.dts:1:40: error: phandle 0x5 is already used by /a",
        "bad.dts:1:62: error: label 'l' is already on /a; a label names one node"),
        messages(read("/dts-v1/; / { l: a { phandle = <5>; }; b { phandle = <5>; }; l: c { }; };")).stream()
            .sorted().toList());
  }

  @Test
  void includesThatAreMissingOrCyclic() {
    Map<String, String> files = Map.of(
        "a.dtsi", "/include/ \"b.dtsi\"\n",
        "b.dtsi", "/ { };\n/include/ \"a.dtsi\"\n");
    DtsReadResult result = DtsReader.read("main.dts", "/dts-v1/;\n/include/ \"a.dtsi\"\n/include/ \"none.dtsi\"\n",
        name -> Optional.ofNullable(files.get(name)));
    assertEquals(List.of(
        "b.dtsi:2:1: error: /include/ \"a.dtsi\" includes itself (through b.dtsi <- a.dtsi <- main.dts)",
        "main.dts:3:1: error: cannot find the included file \"none.dtsi\""), messages(result));
    assertEquals("/include/ \"a.dtsi\"", result.diagnostics().get(0).quotedLine());
  }

  @Test
  void syntaxErrorsInAnIncludedFileNameThatFile() {
    DtsReadResult result = DtsReader.read("main.dts", "/dts-v1/;\n/include/ \"inc.dtsi\"\n",
        name -> Optional.of("/ {\n\tx = ;\n};\n"));
    // Seven kinds of value could stand here: too many to list usefully.
    assertEquals(List.of("inc.dtsi:2:6: error: unexpected ';'"), messages(result));
    assertEquals("\tx = ;", result.diagnostics().get(0).quotedLine());
  }

  @Test
  void phandleListProblems() {
    String text = "/dts-v1/;\n/ {\n\tm: m { };\n\tk: k { #k-cells = <2>; };\n"
        + "\tu {\n\t\tno-cells = <&m>;\n\t\tshort = <&k 1>;\n\t\tunknown = <7>;\n\t};\n};\n";
    DtNode user = read(text).board().byPath("/u").orElseThrow();
    assertEquals(List.of("bad.dts:6:3: error: no-cells of /u names /m, which has no #k-cells property"),
        user.phandleArgs("no-cells", "#k-cells").diagnostics().stream().map(Diagnostic::oneLine).toList());
    PhandleArgsResult shortList = user.phandleArgs("short", "#k-cells");
    assertEquals(List.of("bad.dts:7:3: error: short of /u ends after 2 cells, but its entry for /k needs 2 "
        + "argument cells (#k-cells)"), shortList.diagnostics().stream().map(Diagnostic::oneLine).toList());
    assertEquals(List.of(), shortList.entries());
    assertEquals(List.of("bad.dts:8:3: error: unknown of /u: cell 0 is phandle 0x7, which no node has"),
        user.phandleArgs("unknown", "#k-cells").diagnostics().stream().map(Diagnostic::oneLine).toList());
  }
}
