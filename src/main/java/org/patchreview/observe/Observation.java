package org.patchreview.observe;

import java.util.List;
import org.patchreview.interp.Fault;

/**
 * One thing seen in a run, in the step it happened. {@link #key()} is what two runs are aligned and compared on: it
 * leaves out source line numbers, which a patch shifts without changing behaviour.
 */
public sealed interface Observation {
  String step();

  /** The report's word for the kind: call, state, hardware, log, warning, fault, leak. */
  String kind();

  String key();

  /** Where in the C it was seen ({@code file:line}), or empty. */
  String location();

  /** The text a report shows for it. */
  String text();

  /** What it is about, for pairing an observation before with one after (a function, a device, a fault kind). */
  default String what() {
    return kind();
  }

  /** What decides a verdict: faults, leaks, warnings and broken invariants. */
  sealed interface Problem extends Observation {}

  /** The kinds ({@link #kind()}) of the {@link Problem}s. */
  java.util.Set<String> PROBLEM_KINDS = java.util.Set.of("fault", "leak", "warning", Violation.ISOLATION_LOST,
      Violation.REFERENCES_NOT_RETURNED);

  /** A traced call into the DMA or IOMMU layers, with its arguments and result as the report names them. */
  record Call(String step, int depth, String function, List<String> args, String result, String location)
      implements Observation {
    public String kind() {
      return "call";
    }

    public String key() {
      return "call " + text();
    }

    public String text() {
      return function + "(" + String.join(", ", args) + ")" + (result.isEmpty() ? "" : " = " + result);
    }

    @Override
    public String what() {
      return function;
    }

    public Call returning(String value) {
      return new Call(step, depth, function, args, value, location);
    }
  }

  /** A device's (or IOMMU's) state after a step: one field and its value. */
  record State(String step, String device, String field, String value) implements Observation {
    public String kind() {
      return "state";
    }

    public String key() {
      return "state " + device + " " + field + " = " + value;
    }

    public String location() {
      return "";
    }

    public String text() {
      return device + " " + field + " = " + value;
    }
  }

  /** What a register model saw: an IOMMU context enabled, a master routed to a context. */
  record Hardware(String step, String device, String event) implements Observation {
    public String kind() {
      return "hardware";
    }

    @Override
    public String what() {
      return device;
    }

    public String key() {
      return "hardware " + device + ": " + event;
    }

    public String location() {
      return "";
    }

    public String text() {
      return device + ": " + event;
    }
  }

  record Log(String step, int level, String message, String location) implements Observation {
    public String kind() {
      return "log";
    }

    public String key() {
      return "log " + level + " " + message;
    }

    public String text() {
      return message;
    }
  }

  /** {@code WARN_ON} fired. */
  record Warning(String step, String action, Fault fault) implements Problem {
    public String kind() {
      return "warning";
    }

    public String key() {
      return "warning " + fault.function() + " " + fault.expression() + " during " + action;
    }

    public String location() {
      return fault.span().fileLine();
    }

    public String text() {
      String what = fault.expression().startsWith("__warn_printf(")
          ? "WARN \"" + fault.message().substring(fault.message().indexOf(' ') + 1) + "\""
          : "WARN_ON(" + condition() + ")";
      return what + " in " + fault.function() + " at " + fault.span().fileLine() + " during " + action;
    }

    /** The condition as written inside WARN_ON, without the {@code __warn_on(!!(...))} it expands to. */
    public String condition() {
      String e = fault.expression();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^__warn_on\\(!\\(!\\((.*)\\)\\)\\)$").matcher(e);
      return m.matches() ? m.group(1) : e;
    }
  }

  /** A fault in the C: which kind, where, in which action of the step. */
  record FaultSeen(String step, String action, Fault fault) implements Problem {
    public String kind() {
      return "fault";
    }

    @Override
    public String what() {
      return fault.kind().words;
    }

    public String key() {
      return "fault " + signature();
    }

    /** Kind, function, expression and action: what makes two faults the same fault across runs. */
    public String signature() {
      return fault.kind().words + " in " + fault.function() + " (" + fault.expression() + ") during " + action;
    }

    public String location() {
      return fault.span().fileLine();
    }

    public String text() {
      return fault.kind().words + " in " + fault.function() + " at " + fault.span().fileLine() + " during "
          + action + ": " + fault.message();
    }
  }

  /** An object still allocated at the end of the run that nothing points to any more. */
  record Leak(String step, String object, String type, int size, String allocatedBy, String location)
      implements Problem {
    public String kind() {
      return "leak";
    }

    @Override
    public String what() {
      return type;
    }

    public String key() {
      return "leak " + signature();
    }

    public String signature() {
      return type + " allocated by " + allocatedBy;
    }

    public String text() {
      return object + " (" + size + " bytes, allocated by " + allocatedBy + " at " + location + ")";
    }
  }

  /**
   * An invariant of the modelled system broken after a step. {@link #ISOLATION_LOST}: a bound master whose firmware
   * names an IOMMU does DMA around it ({@code reason} says how: ops that are not the IOMMU's, or the IOMMU hardware
   * not translating for it), which no fault shows. {@code detail} is what was seen.
   */
  record Violation(String step, String invariant, String device, String iommu, String reason, String detail)
      implements Problem {
    public static final String ISOLATION_LOST = "isolation lost";
    /** For this invariant {@code device} names the counted object and {@code iommu} who holds pointers to it. */
    public static final String REFERENCES_NOT_RETURNED = "references not returned";

    public String kind() {
      return invariant;
    }

    @Override
    public String what() {
      return device;
    }

    /** The invariant, the device and the IOMMU: isolation lost one way and then another is the same problem. */
    public String key() {
      return invariant + " " + device + " behind " + iommu;
    }

    public String location() {
      return "";
    }

    public String text() {
      if (invariant.equals(REFERENCES_NOT_RETURNED)) {
        return device + " " + reason + " (" + detail + ")";
      }
      return device + " (behind " + iommu + ") " + reason + ": " + detail;
    }
  }
}
