package org.patchreview.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON reports agree with the schema documented in {@code docs/report-schema.json}: every report model's JSON
 * validates, and (stricter than the schema, which lets readers meet fields it does not know) every field the
 * renderer writes is documented there. The b4 check results follow b4's protocol.
 */
class ReportSchemaTest {
  private static final Map<String, Object> SCHEMA = schema();

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schema() {
    try {
      return (Map<String, Object>) Json.parse(Files.readString(Path.of("docs/report-schema.json")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<String> models() {
    return ReportModels.names().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void theJsonReportFollowsTheDocumentedSchema(String model) {
    List<String> problems = new ArrayList<>();
    validate(Json.parse(JsonRenderer.render(ReportModels.report(model))), SCHEMA, "$", problems);
    assertEquals(List.of(), problems);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void theFullJsonReportFollowsTheSchemaAndListsWhatTheDefaultCounts(String model) {
    Report report = ReportModels.report(model);
    Map<?, ?> full = (Map<?, ?>) Json.parse(JsonRenderer.renderFull(report));
    List<String> problems = new ArrayList<>();
    validate(full, SCHEMA, "$", problems);
    assertEquals(List.of(), problems);
    Map<?, ?> findings = (Map<?, ?>) full.get("findings");
    Map<?, ?> counted = (Map<?, ?>) ((Map<?, ?>) Json.parse(JsonRenderer.render(report))).get("findings");
    long traced = ((List<?>) findings.get("changed")).stream()
        .filter(f -> List.of("call", "log").contains(((Map<?, ?>) f).get("kind"))).count();
    assertEquals(traced, ((Number) counted.get("call_and_log_lines")).longValue());
    assertEquals(traced, ((Number) findings.get("call_and_log_lines")).longValue());
    assertEquals(((List<?>) findings.get("changed")).size() - traced, ((List<?>) counted.get("changed")).size());
    assertEquals(findings.get("new"), counted.get("new"));
  }

  @Test
  void theValidatorCatchesWhatTheSchemaDoesNotSay() {
    List<String> problems = new ArrayList<>();
    validate(Json.parse("{\"schema\": 1, \"base\": 1, \"extra\": true}"), def("report"), "$", problems);
    assertTrue(problems.contains("$.schema: must be 4"), problems.toString());
    assertTrue(problems.contains("$.base: not a string"), problems.toString());
    assertTrue(problems.contains("$.extra: not documented"), problems.toString());
    assertTrue(problems.contains("$: lacks runs"), problems.toString());
    problems.clear();
    validate(Json.parse("{\"schema\": 4}"), SCHEMA, "$", problems);
    assertEquals(List.of("$: matches 0 of the oneOf options"), problems, "neither a report nor an error");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> def(String name) {
    return (Map<String, Object>) ((Map<String, Object>) SCHEMA.get("$defs")).get(name);
  }

  /** The schema itself: a relative $id (it resolves beside the report), a version, every object closed. */
  @Test
  void theSchemaIsVersionedClosedAndResolvesWhereItIs() throws Exception {
    assertEquals("report-schema.json", SCHEMA.get("$id"));
    assertEquals((long) JsonRenderer.SCHEMA, SCHEMA.get("version"));
    String text = Files.readString(Path.of("docs/report-schema.json"));
    long objects = text.split("\"properties\"", -1).length - 1;
    long closed = text.split("\"additionalProperties\": false", -1).length - 1;
    assertEquals(objects, closed, "every object with properties says additionalProperties: false");
  }

  /** Every golden JSON report of the history replay, and what a failed review prints, validate too. */
  @Test
  void everyGoldenJsonReportValidates() throws Exception {
    List<Path> goldens;
    try (Stream<Path> entries = Files.list(Path.of("corpus/history"))) {
      goldens = entries.map(e -> e.resolve("expected.json")).filter(Files::exists).sorted().toList();
    }
    assertTrue(goldens.size() >= 10, goldens.toString());
    for (Path golden : goldens) {
      List<String> problems = new ArrayList<>();
      validate(Json.parse(Files.readString(golden)), SCHEMA, "$", problems);
      assertEquals(List.of(), problems, golden.toString());
    }
    List<String> problems = new ArrayList<>();
    validate(Json.parse(JsonRenderer.error(3, List.of(new org.patchreview.diag.Diagnostic(
        org.patchreview.diag.Diagnostic.Severity.ERROR, "arch/arm/mm/dma-mapping.c", 698, 2, "syntax error", "")))),
        SCHEMA, "$", problems);
    assertEquals(List.of(), problems);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @SuppressWarnings("unchecked")
  void checkResultsAreWhatB4Reads(String model) {
    List<Object> results = (List<Object>) Json.parse(ChecksRenderer.render(ReportModels.report(model)));
    assertTrue(results.size() >= 2, "behaviour and message at least: " + results);
    java.util.Set<Object> tools = new java.util.HashSet<>();
    for (Object o : results) {
      Map<String, Object> r = (Map<String, Object>) o;
      assertTrue(((String) r.get("tool")).startsWith("review/"), r.toString());
      assertTrue(tools.add(r.get("tool")), "b4 keeps one result per message and tool: " + results);
      assertTrue(List.of("pass", "warn", "fail").contains(r.get("status")), r.toString());
      assertTrue(r.get("summary") instanceof String s && !s.contains("\n"), "a one-line summary: " + r);
      assertTrue(List.of("tool", "status", "summary", "details").containsAll(r.keySet()), r.keySet().toString());
      for (Object f : (List<Object>) Json.parse((String) r.get("details"))) {
        assertTrue(((Map<String, Object>) f).keySet().containsAll(List.of("status", "description", "location")),
            f.toString());
      }
    }
  }

  /** Draft 2020-12, the keywords the schema uses: type, const, enum, properties, required, items, $ref, oneOf. */
  @SuppressWarnings("unchecked")
  private static void validate(Object value, Map<String, Object> schema, String at, List<String> problems) {
    if (schema.containsKey("$ref")) {
      String name = ((String) schema.get("$ref")).substring("#/$defs/".length());
      validate(value, (Map<String, Object>) ((Map<String, Object>) SCHEMA.get("$defs")).get(name), at, problems);
    }
    if (schema.containsKey("oneOf")) {
      int matches = 0;
      for (Object option : (List<Object>) schema.get("oneOf")) {
        List<String> mine = new ArrayList<>();
        validate(value, (Map<String, Object>) option, at, mine);
        matches += mine.isEmpty() ? 1 : 0;
      }
      if (matches != 1) {
        problems.add(at + ": matches " + matches + " of the oneOf options");
      }
    }
    if (schema.containsKey("const") && !schema.get("const").equals(value)) {
      problems.add(at + ": must be " + schema.get("const"));
    }
    if (schema.containsKey("enum") && !((List<Object>) schema.get("enum")).contains(value)) {
      problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
    }
    Object type = schema.get("type");
    if (type != null) {
      List<Object> types = type instanceof List<?> l ? (List<Object>) l : List.of(type);
      if (types.stream().noneMatch(t -> is(value, (String) t))) {
        problems.add(at + ": not " + (types.size() == 1 ? "a" + (types.get(0).equals("integer") ? "n " : " ")
            + types.get(0) : "any of " + types));
        return;
      }
    }
    if (schema.containsKey("minimum") && value instanceof Long n && n < (Long) schema.get("minimum")) {
      problems.add(at + ": below " + schema.get("minimum"));
    }
    if (value instanceof List<?> list && schema.containsKey("items")) {
      for (int i = 0; i < list.size(); i++) {
        validate(list.get(i), (Map<String, Object>) schema.get("items"), at + "[" + i + "]", problems);
      }
    }
    if (value instanceof Map<?, ?> object && schema.containsKey("properties")) {
      Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
      for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
        if (!object.containsKey(required)) {
          problems.add(at + ": lacks " + required);
        }
      }
      for (Map.Entry<?, ?> e : object.entrySet()) {
        Object sub = properties.get(e.getKey());
        if (sub == null) {
          problems.add(at + "." + e.getKey() + ": not documented");
        } else {
          validate(e.getValue(), (Map<String, Object>) sub, at + "." + e.getKey(), problems);
        }
      }
    }
  }

  private static boolean is(Object v, String type) {
    return switch (type) {
      case "object" -> v instanceof Map;
      case "array" -> v instanceof List;
      case "string" -> v instanceof String;
      case "integer" -> v instanceof Long;
      case "number" -> v instanceof Long || v instanceof Double;
      case "boolean" -> v instanceof Boolean;
      case "null" -> v == null;
      default -> false;
    };
  }
}
