namespace ExerciseServer.Reports;

/// <summary>
/// The HTML report's only stylesheet, inlined so the file stands alone. Screen: a calm, readable page. Print: A4,
/// no wasted ink (white backgrounds, thin rules), charts and tables kept whole, headings kept with what follows.
/// </summary>
internal static class ReportStylesheet
{
    public const string Css = """
        :root {
          --ink: #1d2733; --muted: #5b6675; --line: #d9dfe6; --soft: #f5f7fa; --accent: #1f4e79;
          --met: #117733; --met-soft: #e7f4ea; --missed: #b3261e; --missed-soft: #fdeceb;
          --pending: #8a5a00; --pending-soft: #fff4db;
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; color: var(--ink); background: #fff;
          font: 15px/1.55 "Segoe UI", "Helvetica Neue", Helvetica, Arial, system-ui, sans-serif; }
        main { max-width: 1120px; margin: 0 auto; padding: 36px 44px 64px; }
        a { color: var(--accent); }
        header.cover { border-top: 6px solid var(--accent); padding-top: 22px; }
        .eyebrow { margin: 0; font-size: 12px; letter-spacing: .12em; text-transform: uppercase; color: var(--muted); }
        h1 { margin: 6px 0 4px; font-size: 32px; line-height: 1.15; letter-spacing: -.01em; }
        .subtitle { margin: 0 0 8px; font-size: 19px; color: var(--muted); }
        h2 { margin: 44px 0 14px; padding-bottom: 6px; font-size: 22px; border-bottom: 2px solid var(--line); }
        h2 .num { color: var(--accent); font-weight: 400; margin-right: 8px; }
        h3 { margin: 26px 0 8px; font-size: 17px; }
        h4 { margin: 14px 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
        p { margin: 6px 0; }
        .muted, figcaption { color: var(--muted); }
        .small { font-size: 12.5px; }
        .none { color: var(--muted); font-style: italic; }
        .prewrap { white-space: pre-wrap; overflow-wrap: anywhere; }
        .nowrap { white-space: nowrap; }
        .time { white-space: nowrap; font-variant-numeric: tabular-nums; }
        nav.toc { margin: 24px 0 8px; padding: 14px 20px; border: 1px solid var(--line); border-radius: 8px; }
        nav.toc h2 { margin: 0 0 6px; padding: 0; border: 0; font-size: 13px; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); }
        nav.toc ol { margin: 0; padding-left: 22px; columns: 2; column-gap: 40px; }
        nav.toc li { padding: 1px 0; }
        nav.toc a { text-decoration: none; }
        nav.toc a:hover { text-decoration: underline; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 20px; margin: 10px 0; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        .summary { max-width: 75ch; }
        .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; }
        .figure { padding: 12px 14px; border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px; }
        .figure .value { font-size: 26px; font-weight: 600; line-height: 1.2; font-variant-numeric: tabular-nums; }
        .figure .label { font-size: 13px; font-weight: 600; }
        .figure .note { font-size: 12.5px; color: var(--muted); }
        .figure.bad { border-left-color: var(--missed); }
        .figure.bad .value { color: var(--missed); }
        .figure.good { border-left-color: var(--met); }
        table { width: 100%; margin: 8px 0 18px; border-collapse: collapse; font-size: 13.5px; }
        th, td { padding: 6px 8px; text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); }
        th { font-size: 11.5px; font-weight: 600; letter-spacing: .05em; text-transform: uppercase; color: var(--muted); border-bottom: 2px solid var(--line); }
        tbody tr:nth-child(even) td { background: #fafbfc; }
        table.msel { font-size: 12.5px; }
        .badge { display: inline-block; padding: 0 8px; border: 1px solid var(--line); border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; color: var(--muted); background: #fff; }
        .badge.met, .badge.answered, .badge.action-met { color: var(--met); border-color: #9fd0ab; background: var(--met-soft); }
        .badge.missed, .badge.action-missed { color: #fff; border-color: var(--missed); background: var(--missed); }
        .badge.pending, .badge.held, .badge.due { color: var(--pending); border-color: #e9c77a; background: var(--pending-soft); }
        .badge.released, .badge.received { color: #005a8c; border-color: #9cc7e4; background: #eaf4fb; }
        .badge.decided { color: #8a3a6d; border-color: #e3b4d1; background: #fbeef6; }
        .badge.message-sent, .badge.message-received { color: #7a5200; border-color: #f0cf85; background: #fff7e3; }
        tr.missed td, tr.action-missed td { background: var(--missed-soft) !important; }
        tr.missed td:first-child, tr.action-missed td:first-child { box-shadow: inset 4px 0 0 var(--missed); }
        .rating { display: inline-block; min-width: 1.8em; padding: 0 6px; border-radius: 4px; text-align: center; font-weight: 700; color: #fff; background: var(--accent); }
        figure.chart { margin: 10px 0 14px; padding: 10px 10px 4px; border: 1px solid var(--line); border-radius: 8px; }
        figure.chart figcaption { font-size: 12.5px; margin: 2px 4px 4px; }
        svg.chart { display: block; width: 100%; height: auto; }
        svg.chart text { font-family: inherit; font-size: 11.5px; fill: #3b4654; }
        svg.chart text.lane { font-size: 12.5px; font-weight: 600; fill: var(--ink); }
        svg.chart text.tag { font-size: 11px; font-weight: 700; }
        .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 28px; }
        ul.plain { margin: 4px 0; padding-left: 18px; }
        ul.plain li { margin: 2px 0; }
        article.objective, article.question, article.sector { margin-bottom: 18px; }
        article.objective { padding: 4px 16px 8px; border: 1px solid var(--line); border-radius: 8px; }
        ul.findings { margin: 6px 0; padding: 0; list-style: none; }
        ul.findings li { margin: 8px 0; padding: 8px 12px; border-left: 4px solid var(--line); background: var(--soft); }
        ul.findings.strength li { border-left-color: var(--met); }
        ul.findings.area-for-improvement li { border-left-color: var(--pending); }
        dl.answers dt { margin-top: 8px; font-weight: 600; }
        dl.answers dd { margin: 2px 0 0 0; padding-left: 12px; border-left: 3px solid var(--line); }
        footer { margin-top: 48px; padding-top: 10px; border-top: 1px solid var(--line); font-size: 12px; color: var(--muted); }
        @media (max-width: 720px) {
          main { padding: 20px 16px 40px; }
          .columns { grid-template-columns: 1fr; }
          nav.toc ol { columns: 1; }
        }
        @page { size: A4; margin: 16mm 13mm 18mm; }
        @media print {
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          body { font-size: 10pt; line-height: 1.45; }
          main { max-width: none; padding: 0; }
          a { color: inherit; text-decoration: none; }
          nav.toc { break-after: page; }
          h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
          h2 { margin-top: 28px; }
          figure, svg, table, .figure, article.objective, article.question, ul.findings li, dl.facts { break-inside: avoid; page-break-inside: avoid; }
          tr, li, dt, dd { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          table { font-size: 8.5pt; }
          table.msel { font-size: 8pt; }
          tbody tr:nth-child(even) td { background: none; }
          figure.chart, nav.toc, article.objective { border-color: #bbb; }
          .figures { grid-template-columns: repeat(4, 1fr); gap: 8px; }
          .figure { padding: 6px 8px; }
          .figure .value { font-size: 16pt; }
          ul.findings li { background: none; }
          footer { border-top-color: #bbb; }
        }
        """;
}
