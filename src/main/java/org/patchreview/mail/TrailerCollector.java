package org.patchreview.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Attaches the trailers given in replies to the patch they answer, following In-Reply-To (then References, newest
 * first) up the thread to the nearest patch or cover letter. A trailer given to the cover letter is given to every
 * patch of the series, as b4 reads it. A trailer whose address is not the reply's own is not collected: anyone can
 * type someone else's name.
 */
final class TrailerCollector {
  private static final int MAX_DEPTH = 200;

  private final Map<String, Envelope> byId = new HashMap<>();
  private final List<Envelope> chosen;
  private final Envelope cover;

  TrailerCollector(List<Envelope> envelopes, List<Envelope> chosen, Envelope cover) {
    for (Envelope e : envelopes) {
      if (!e.messageId().isEmpty()) {
        byId.putIfAbsent(e.messageId(), e);
      }
    }
    this.chosen = chosen;
    this.cover = cover;
  }

  /** For each chosen patch (in order), the trailers replies gave it; {@code own} are the patches' own trailers. */
  List<List<CollectedTrailer>> collect(List<Envelope> envelopes, List<List<Trailer>> own) {
    List<List<CollectedTrailer>> out = new ArrayList<>();
    List<Set<String>> seen = new ArrayList<>();
    for (List<Trailer> trailers : own) {
      out.add(new ArrayList<>());
      Set<String> keys = new HashSet<>();
      trailers.forEach(t -> keys.add(identity(t)));
      seen.add(keys);
    }
    for (Envelope reply : envelopes) {
      if (reply.given().isEmpty()) {
        continue;
      }
      Envelope target = isChosen(reply) ? reply : answered(reply);
      for (int i = 0; i < chosen.size(); i++) {
        Envelope patch = chosen.get(i);
        String otherVersion = otherVersion(target, patch);
        if (target == patch || (target != null && target == cover) || otherVersion != null) {
          for (Envelope.GivenTrailer g : reply.given()) {
            add(out.get(i), seen.get(i), reply, g, otherVersion);
          }
        }
      }
    }
    return out;
  }

  /** The patch or cover letter a reply answers, or null when the thread does not lead to one in the input. */
  private Envelope answered(Envelope reply) {
    Envelope e = parent(reply);
    for (int depth = 0; e != null && depth < MAX_DEPTH; depth++) {
      if (e.kind() == Envelope.Kind.PATCH || e.kind() == Envelope.Kind.COVER_LETTER || isChosen(e)) {
        return e;
      }
      e = parent(e);
    }
    return null;
  }

  /** By identity: two messages of an input are never the same message, whatever their fields. */
  private boolean isChosen(Envelope e) {
    for (Envelope c : chosen) {
      if (c == e) {
        return true;
      }
    }
    return false;
  }

  /** The patch mail a reply answers however deep in the thread, or null when the input does not hold it. */
  Envelope answeredPatch(Envelope reply) {
    Envelope e = parent(reply);
    for (int depth = 0; e != null && depth < MAX_DEPTH; depth++) {
      if (e.kind() == Envelope.Kind.PATCH) {
        return e;
      }
      e = parent(e);
    }
    return null;
  }

  private Envelope parent(Envelope e) {
    Envelope p = byId.get(e.inReplyTo());
    for (int i = e.references().size() - 1; p == null && i >= 0; i--) {
      p = byId.get(e.references().get(i));
    }
    return p == e ? null : p;
  }

  /** Why a trailer given to another version's patch at the same position does not carry over; null otherwise. */
  private static String otherVersion(Envelope target, Envelope patch) {
    if (target == null || target == patch || target.kind() != Envelope.Kind.PATCH
        || target.prefix().version() == patch.prefix().version() || !patch.prefix().inSeries()
        || target.prefix().index() != patch.prefix().index()) {
      return null;
    }
    return "given on " + target.position() + ", not on the version reviewed (v" + patch.prefix().version() + ")";
  }

  private static void add(List<CollectedTrailer> out, Set<String> seen, Envelope reply, Envelope.GivenTrailer g,
      String refused) {
    Trailer t = g.trailer();
    String[] who = MessageDecoder.splitAddress(t.value());
    String reason = refused != null ? refused
        : who[1].isEmpty() ? "no address in the tag"
        : !sameMailbox(who[1], reply.authorEmail()) ? "given in a mail from " + shown(reply.authorEmail())
            + ", not from " + who[1]
        : "";
    if (reason.isEmpty() && !seen.add(identity(t))) {
      return;
    }
    out.add(new CollectedTrailer(t.key(), t.value(), who[0], who[1], reply.authorName(), reply.authorEmail(),
        reply.messageId(), reply.source(), g.line(), reason.isEmpty(), reason));
  }

  private static String shown(String email) {
    return email.isEmpty() ? "an unknown address" : email;
  }

  /** Two addresses are one mailbox when they differ only in case or in a {@code +tag} of the local part. */
  static boolean sameMailbox(String a, String b) {
    return !a.isEmpty() && mailbox(a).equals(mailbox(b));
  }

  private static String mailbox(String address) {
    String lower = address.strip().toLowerCase(Locale.ROOT);
    int at = lower.lastIndexOf('@');
    int plus = lower.indexOf('+');
    return plus > 0 && plus < at ? lower.substring(0, plus) + lower.substring(at) : lower;
  }

  private static String identity(Trailer t) {
    String[] who = MessageDecoder.splitAddress(t.value());
    return t.key().toLowerCase(Locale.ROOT) + "\u0000" + (who[1].isEmpty() ? t.value() : mailbox(who[1]));
  }
}
