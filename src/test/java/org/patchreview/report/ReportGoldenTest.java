package org.patchreview.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every renderer over every report model ({@link ReportModels}): the output must equal {@code NAME.FORMAT.expected}
 * beside the model. {@code -Dcorpus.bless=true} rewrites the files after a deliberate change.
 */
class ReportGoldenTest {
  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String model : ReportModels.names()) {
      for (String format : List.of("text", "text-full", "json", "md", "mail", "mail-full", "checks", "checkpatch", "html")) {
        out.add(Arguments.of(model, format));
      }
      if (ReportModels.settings(model).containsKey("colour")) {
        out.add(Arguments.of(model, "text-colour"));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void rendersAsExpected(String model, String format) {
    Report r = ReportModels.report(model);
    String out = switch (format) {
      case "text" -> TextRenderer.render(r);
      case "text-full" -> TextRenderer.renderFull(r);
      case "text-colour" -> TextRenderer.render(r, new TextRenderer.Style(true,
          Integer.parseInt(ReportModels.settings(model).get("colour"))));
      case "json" -> JsonRenderer.render(r);
      case "md" -> MarkdownRenderer.render(r);
      case "mail" -> MailRenderer.render(r);
      case "mail-full" -> MailRenderer.renderFull(r);
      case "checks" -> ChecksRenderer.render(r);
      case "checkpatch" -> CheckpatchRenderer.render(r);
      case "html" -> HtmlRenderer.render(r);
      default -> throw new IllegalArgumentException(format);
    };
    Golden.check(ReportModels.DIR.resolve(model + "." + format + ".expected"), out);
  }
}
