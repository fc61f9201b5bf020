package org.patchreview.mail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.MimeException;
import org.patchreview.diag.Diagnostic;

/**
 * The second reading: from the envelopes of the whole input, picks the patches to review (a series version, or the
 * diff a reply quotes), reads just those messages again and decodes them whole, and gathers what the report shows
 * about them: trailers from replies, message checks, the cover letter.
 */
final class SeriesAssembler {
  private final String input;
  private final List<Envelope> envelopes;
  private final List<Diagnostic> diagnostics;

  /** The messages to review, read again: their envelopes, patches, undecoded bytes and quoting repairs. */
  private record Chosen(List<Envelope> envelopes, List<PatchMail> mails, List<RawMessage> raws,
      List<List<Diagnostic>> repairs) {}

  SeriesAssembler(String input, List<Envelope> envelopes, List<Diagnostic> diagnostics) {
    this.input = input;
    this.envelopes = envelopes;
    this.diagnostics = diagnostics;
  }

  /** Decodes a message again: under its own file's name, without repeating what the first reading reported. */
  private static MailMessage decode(Envelope e, RawMessage raw) throws IOException, MimeException {
    return new MessageDecoder(e.source(), new ArrayList<>()).decode(raw);
  }

  MailReadResult assemble(ReadOptions options, String noPatch) {
    boolean anyPatch = envelopes.stream().anyMatch(e -> e.kind() == Envelope.Kind.PATCH);
    SeriesSelector.Selection selection;
    if (options.fromReply() || !anyPatch) {
      Envelope reply = envelopes.stream().filter(e -> e.kind() == Envelope.Kind.REPLY_WITH_DIFF).findFirst()
          .orElse(null);
      if (reply == null) {
        diagnostics.add(Diagnostic.error(input, 0, options.fromReply() && anyPatch
            ? "--from-reply: no reply in the input carries a diff, quoted or not" : noPatch));
        return result(List.of(), List.of(), Series.NONE);
      }
      selection = new SeriesSelector.Selection(List.of(reply), null, 1, 0, List.of(), List.of(), "", List.of());
    } else {
      selection = SeriesSelector.select(envelopes, options.version(), input);
      diagnostics.addAll(selection.diagnostics());
      if (selection.chosen().isEmpty()) {
        return result(List.of(), List.of(), Series.NONE);
      }
    }
    Chosen chosen = read(selection.chosen());
    if (chosen == null) {
      return result(List.of(), List.of(), Series.NONE);
    }
    List<PatchFacts> facts = facts(chosen, selection.cover());
    return result(chosen.mails(), facts, series(selection, chosen));
  }

  private MailReadResult result(List<PatchMail> patches, List<PatchFacts> facts, Series series) {
    List<MailMessage> others = envelopes.stream().filter(e -> e.kind() != Envelope.Kind.PATCH)
        .map(Envelope::headersOnly).toList();
    return new MailReadResult(patches, others, diagnostics, series, facts);
  }

  /** Reads the chosen messages again; null (with an error) when one of them cannot be read. */
  private Chosen read(List<Envelope> chosen) {
    Chosen out = new Chosen(chosen, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Envelope e : chosen) {
      try {
        RawMessage raw = e.location().read();
        MailMessage m = decode(e, raw);
        List<Diagnostic> repairs = new ArrayList<>();
        PatchMail mail = e.kind() == Envelope.Kind.PATCH
            ? PatchExtractor.extract(m, raw).orElseThrow(() -> new IOException("it no longer carries a diff"))
            : fromReply(e, m, raw, repairs);
        out.mails().add(mail);
        out.raws().add(raw);
        out.repairs().add(repairs);
        diagnostics.addAll(repairs);
        if (repairs.stream().noneMatch(Diagnostic::isError)) {
          // When the quote was cut, JGit would only say the same thing less clearly.
          diagnostics.addAll(ParsedDiff.of(mail).diagnostics());
        }
      } catch (IOException | MimeException ex) {
        diagnostics.add(Diagnostic.error(e.source(), e.line(), "cannot read this message again: " + ex.getMessage()));
        return null;
      }
    }
    return out;
  }

  /**
   * The patch a reply carries: its own diff if it has one, else the diff it quotes, credited to the author of the
   * patch it answers (or to whom its attribution line names).
   */
  private PatchMail fromReply(Envelope e, MailMessage m, RawMessage raw, List<Diagnostic> repairs)
      throws IOException {
    PatchMail direct = PatchExtractor.extract(m, raw).orElse(null);
    if (direct != null) {
      note(e, "the diff is the one this reply carries, not a patch mail's");
      return direct;
    }
    QuotedDiff.Recovered r = QuotedDiff.recover(m.body(), m.bodyLine(), m.source());
    if (r == null) {
      throw new IOException("it no longer quotes a diff");
    }
    repairs.addAll(r.diagnostics());
    note(e, "the diff is recovered from this reply, which quotes it" + (r.diagnostics().isEmpty()
        ? " intact" : "; " + r.diagnostics().size() + " place(s) damaged by the quoting are listed"));
    PatchMail quoted = PatchExtractor.build(m, r.message(), r.diff(), r.diffLine());
    Envelope original = new TrailerCollector(envelopes, List.of(), null).answeredPatch(e);
    if (original != null) {
      return quoted.withAuthor(original.authorName(), original.authorEmail());
    }
    return quoted.withAuthor(r.quotedName(), r.quotedEmail());
  }

  private void note(Envelope e, String message) {
    diagnostics.add(new Diagnostic(Diagnostic.Severity.NOTE, e.source(), e.line(), 0,
        message + " (Message-Id <" + e.messageId() + ">, from " + e.authorName() + ")", ""));
  }

  private List<PatchFacts> facts(Chosen chosen, Envelope cover) {
    List<List<Trailer>> own = chosen.mails().stream().map(PatchMail::trailers).toList();
    List<List<CollectedTrailer>> given = new TrailerCollector(envelopes, chosen.envelopes(), cover)
        .collect(envelopes, own);
    List<PatchFacts> out = new ArrayList<>();
    for (int i = 0; i < chosen.mails().size(); i++) {
      RawMessage raw = chosen.raws().get(i);
      int headerEnd = Math.max(0, raw.headerEndIndex());
      List<MessageCheck> checks = MessageChecker.check(chosen.mails().get(i), text -> raw.findLine(text, headerEnd));
      trojanToDiagnostics(checks);
      Envelope e = chosen.envelopes().get(i);
      String from = e.kind() == Envelope.Kind.PATCH ? "" : e.messageId().isEmpty() ? e.source() : e.messageId();
      out.add(new PatchFacts(given.get(i), checks, from, chosen.repairs().get(i)));
    }
    return out;
  }

  private void trojanToDiagnostics(List<MessageCheck> checks) {
    for (MessageCheck c : checks) {
      if (c.check().equals("trojan-source")) {
        diagnostics.add(Diagnostic.warning(c.source(), c.line(), c.message()));
      }
    }
  }

  private Series series(SeriesSelector.Selection s, Chosen chosen) {
    PatchMail first = chosen.mails().get(0);
    CoverLetter cover = s.cover() == null ? null : cover(s.cover());
    SubjectPrefix prefix = s.cover() != null ? s.cover().prefix() : first.prefix();
    return new Series(s.version(), s.total(), prefix.rfc(), prefix.tags(), cover, s.missing(), s.versions(),
        s.because());
  }

  private CoverLetter cover(Envelope e) {
    try {
      RawMessage raw = e.location().read();
      MailMessage m = decode(e, raw);
      String body = m.body();
      int signature = body.indexOf("\n-- \n");
      body = (signature < 0 ? body : body.substring(0, signature)).strip();
      CoverLetter c = new CoverLetter(SubjectParser.parse(m.rawSubject()).subject(), m.rawSubject(),
          m.authorName(), m.authorEmail(), m.messageId(), body, m.source(), m.sourceLine(), List.of());
      List<MessageCheck> checks = MessageChecker.checkCover(c);
      trojanToDiagnostics(checks);
      return new CoverLetter(c.subject(), c.rawSubject(), c.authorName(), c.authorEmail(), c.messageId(), c.body(),
          c.source(), c.line(), checks);
    } catch (IOException | MimeException ex) {
      diagnostics.add(Diagnostic.warning(e.source(), e.line(), "cannot read the cover letter again: "
          + ex.getMessage()));
      return null;
    }
  }
}
