package org.patchreview.report;

/** The HTML report's style sheet, inline in the page (no file or network to fetch). */
final class HtmlStyle {
  static final String CSS = """
      body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #1d2125; background: #fbfbfa; }
      header { padding: 16px 24px; background: #fff; border-bottom: 1px solid #ddd; }
      h1 { font-size: 20px; margin: 0 0 4px; }
      h2 { font-size: 16px; margin: 0 0 8px; }
      h3 { font-size: 13px; margin: 16px 0 6px; }
      .meta, .summary { margin: 4px 0; }
      pre.mail { margin: 4px 0; font-size: 12px; white-space: pre-wrap; }
      .summary { font-weight: 600; }
      table.files td { padding: 0 16px 0 0; }
      nav a { margin-right: 6px; }
      .page { display: flex; gap: 16px; padding: 16px 24px; align-items: flex-start; }
      main { flex: 3 1 0; min-width: 0; }
      aside.patch { flex: 2 1 0; min-width: 0; position: sticky; top: 0; max-height: 100vh; overflow: auto; }
      section { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 12px 16px; margin-bottom: 16px; }
      section:target, li:target, .hunk:target { outline: 3px solid #f0b429; }
      .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; color: #fff;
        text-decoration: none; background: #6b7280; }
      .badge.regressed { background: #c62828; color: #fff; } .badge.fixed { background: #2e7d32; color: #fff; }
      .badge.changed { background: #b7791f; color: #fff; }
      .scroll { overflow-x: auto; margin-bottom: 8px; }
      svg.timeline { font: 10px ui-monospace, monospace; max-width: 100%; height: auto; }
      section.findings ul { margin: 4px 0 8px; padding-left: 20px; }
      section.findings li { font-family: ui-monospace, monospace; font-size: 12px; word-break: break-word; }
      section.findings li.new { color: #b71c1c; font-weight: 600; } section.findings li.gone { color: #1b5e20; }
      .legend { font-size: 12px; color: #444; } .legend svg { vertical-align: middle; }
      svg .step { font-weight: 700; fill: #333; }
      svg .sep { stroke: #ddd; }
      svg .lane.before { fill: #f6f7f9; } svg .lane.after { fill: #eef6f0; }
      svg .lane-label { font-weight: 700; fill: #555; }
      svg .dev { fill: #333; } svg .dev.sub { fill: #555; } svg .dev.chg { fill: #9a3412; font-weight: 700; }
      svg .mark circle { fill: #c62828; } svg .mark path { fill: #ea580c; } svg .mark rect { fill: #7c3aed; }
      svg .mark.same { opacity: 0.35; }
      ol.findings { padding-left: 22px; margin: 0; }
      ol.findings li { margin: 2px 0; font-family: ui-monospace, monospace; font-size: 12px; word-break: break-word; }
      li.problem.new { color: #b71c1c; font-weight: 600; } li.problem.gone { color: #1b5e20; }
      p.why { margin: 2px 0 4px; color: #0e7490; font-family: system-ui, sans-serif; }
      table.members { border-collapse: collapse; font-size: 12px; }
      table.members td, table.members th { padding: 1px 8px; text-align: left; }
      tr.differs { background: #fff4e5; }
      .hunk { background: #fff; border: 1px solid #ddd; border-radius: 6px; margin-bottom: 10px; }
      .hunk pre { margin: 0; padding: 6px 8px; font-size: 12px; overflow-x: auto; }
      .hunk span { display: block; white-space: pre; }
      .hh { color: #6b21a8; } .add { background: #e6ffec; } .del { background: #ffebe9; }
      .part { box-shadow: inset 4px 0 #f0b429; font-weight: 700; }
      p.causes { margin: 0; padding: 4px 8px 8px; font-size: 12px; }
      a.regressed { color: #c62828; } a.fixed { color: #2e7d32; } a.changed { color: #b7791f; }
      """;

  private HtmlStyle() {}
}
