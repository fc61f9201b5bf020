package org.patchreview.report;

import org.patchreview.diag.Diagnostic;
import org.patchreview.mail.CollectedTrailer;
import org.patchreview.mail.CoverLetter;
import org.patchreview.mail.MessageCheck;
import org.patchreview.mail.PatchFacts;
import org.patchreview.mail.PatchMail;
import org.patchreview.mail.Series;

/**
 * The JSON fields the mail stage adds (documented in README.md, "Inputs"): {@code series} at the top, and per patch
 * its position, the trailers replies gave it, the message checks and, for a diff taken from a reply, the repairs.
 */
final class MailJson {

  private MailJson() {}

  static void series(JsonWriter w, Series s) {
    w.name("series").beginObject();
    w.field("version", s.version()).field("total", s.total());
    w.name("rfc").bool(s.rfc());
    w.name("tags").beginArray();
    s.tags().forEach(w::string);
    w.endArray();
    w.field("chosen_because", s.chosenBecause());
    w.name("complete").bool(s.complete());
    w.name("missing").beginArray();
    s.missing().forEach(w::string);
    w.endArray();
    w.name("versions").beginArray();
    for (Series.VersionSeen v : s.versions()) {
      w.beginObject().field("version", v.version()).field("patches", v.patches()).field("total", v.total());
      w.name("complete").bool(v.complete()).endObject();
    }
    w.endArray();
    w.name("cover_letter");
    cover(w, s.cover());
    w.endObject();
  }

  private static void cover(JsonWriter w, CoverLetter c) {
    if (c == null) {
      w.nil();
      return;
    }
    w.beginObject().field("subject", c.subject()).field("author", c.authorName()).field("email", c.authorEmail())
        .field("message_id", c.messageId()).field("body", c.body());
    checks(w, c.checks());
    w.endObject();
  }

  /** The fields of one patch object that come from its mail: written inside the patch's object. */
  static void patch(JsonWriter w, PatchMail m, PatchFacts f) {
    w.field("version", m.prefix().version()).field("index", m.prefix().index());
    w.field("recovered_from_reply", f.recoveredFrom());
    w.name("quote_repairs").beginArray();
    f.quoteRepairs().stream().map(d -> JsonFindings.relative(d.oneLine())).forEach(w::string);
    w.endArray();
    w.name("collected_trailers").beginArray();
    f.collected().forEach(t -> trailer(w, t));
    w.endArray();
    w.name("uncollected_trailers").beginArray();
    f.notCollected().forEach(t -> trailer(w, t));
    w.endArray();
    checks(w, f.checks());
  }

  private static void trailer(JsonWriter w, CollectedTrailer t) {
    w.beginObject().field("key", t.key()).field("value", t.value()).field("name", t.name())
        .field("email", t.email()).field("given_by", t.givenBy()).field("given_by_email", t.givenByEmail())
        .field("message_id", t.messageId()).field("location", JsonFindings.relative(t.source()) + ":" + t.line());
    if (!t.collected()) {
      w.field("reason", t.reason());
    }
    w.endObject();
  }

  private static void checks(JsonWriter w, java.util.List<MessageCheck> checks) {
    w.name("checks").beginArray();
    for (MessageCheck c : checks) {
      w.beginObject().field("check", c.check()).field("level", c.level().label()).field("message", c.message())
          .field("location", JsonFindings.relative(c.location())).endObject();
    }
    w.endArray();
  }
}
