package org.patchreview.report;

import java.util.List;
import org.patchreview.diag.Diagnostic;

/**
 * The answer b4's review check protocol expects from a per-patch check command ({@code b4 review}, b4 0.15 and
 * later, {@code b4.review-perpatch-check-cmd}): a JSON array with one result per {@link Aspect} of the patch, each
 * {@code {"tool", "status", "summary", "details"}}, where {@code tool} is {@code review/ASPECT} (b4 keeps one result
 * per message and tool) and {@code details} a JSON list of the findings behind it, as b4's own checkpatch wrapper
 * writes them ({@code status}, {@code description}, and ours: {@code kind}, {@code direction}, {@code location},
 * {@code runs}, {@code witness}). A message with no patch (a cover letter, a reply that only quotes) gives {@code []}.
 */
public final class ChecksRenderer {
  public static final String TOOL = "review";

  private ChecksRenderer() {}

  public static String render(Report r) {
    return render(Aspect.of(r));
  }

  /** Nothing to check: the message holds no patch. */
  public static String nothing() {
    return "[]\n";
  }

  /** The patch could not be replayed: it does not apply to the model, or its C does not compile. */
  public static String notReplayed(List<Diagnostic> errors) {
    return render(Aspect.failed(errors));
  }

  private static String render(List<Aspect> aspects) {
    JsonWriter w = new JsonWriter().beginArray();
    for (Aspect a : aspects) {
      w.beginObject().field("tool", TOOL + "/" + a.name()).field("status", a.status().word())
          .field("summary", a.summary()).field("details", details(a)).endObject();
    }
    return w.endArray().toString();
  }

  /** The findings as one line of JSON, the way b4 stores {@code details}. */
  static String details(Aspect a) {
    StringBuilder b = new StringBuilder("[");
    for (Aspect.Item i : a.items()) {
      if (b.length() > 1) {
        b.append(", ");
      }
      b.append("{\"status\": ").append(q(i.status().word())).append(", \"description\": ").append(q(i.description()));
      Finding f = i.finding();
      if (f != null) {
        b.append(", \"kind\": ").append(q(f.kind())).append(", \"direction\": ").append(q(f.direction().word()))
            .append(", \"runs\": ").append(f.runs().size()).append(", \"witness\": ").append(q(f.witness().name()));
      }
      b.append(", \"location\": ");
      if (i.location() == null) {
        b.append("null");
      } else {
        b.append("{\"file\": ").append(q(i.location().file())).append(", \"line\": ").append(i.location().line())
            .append('}');
      }
      b.append('}');
    }
    return b.append(']').toString();
  }

  private static String q(String s) {
    return "\"" + JsonWriter.escape(s) + "\"";
  }
}
