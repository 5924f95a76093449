/** Formats the loop's results as plain-text tables for the terminal. */
import type { LoopResult } from './advocacy-loop.ts';

const integer = new Intl.NumberFormat('en-US');
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

function money(value: number | null, currency: string): string {
  return value === null ? 'n/a' : new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(value);
}

function ratio(value: number | null): string {
  return value === null ? 'n/a' : percent.format(value);
}

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');

  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function formatReport(result: LoopResult): string {
  const { campaign } = result;
  const metrics = campaign.metrics;
  const out: string[] = [];
  const report = result.importReport;
  out.push(
    `Import: ${report.rowCount} rows, ${report.createdCount} created, ${report.mergedCount} merged, ${report.rejectedCount} rejected`,
  );
  for (const row of report.rejectedRows) out.push(`  rejected record ${row.record} (line ${row.line}): ${row.reason}`);
  out.push('', `Sample LinkedIn post (${result.samplePost.characterCount} characters):`, `  ${result.samplePost.text}`, '');

  if (!metrics) {
    out.push('Metrics are not available.');
    return out.join('\n');
  }
  out.push(`Campaign: ${campaign.name}`);
  out.push(
    table(
      ['Metric', 'Value'],
      [
        ['Invited', integer.format(metrics.invited)],
        ['Activated (shared at least once)', integer.format(metrics.activated)],
        ['Activation rate', `${ratio(metrics.activationRate)} (target ${ratio(metrics.activationTarget)}, ${metrics.targetMet ? 'met' : 'not met'})`],
        ['Shares', integer.format(metrics.shares)],
        ['Potential reach', integer.format(metrics.potentialReach)],
        ['Clicks', integer.format(metrics.clicks)],
        ['Unique clicks', integer.format(metrics.uniqueClicks)],
        ['Previews (not counted as clicks)', integer.format(metrics.previews)],
        ['Clicks per share', metrics.clicksPerShare === null ? 'n/a' : metrics.clicksPerShare.toFixed(2)],
        ['Click-through rate on reach', metrics.clickThroughRate === null ? 'n/a' : `${(metrics.clickThroughRate * 100).toFixed(3)}%`],
        ['Registrations', integer.format(metrics.registrations)],
        ['Attendances', integer.format(metrics.attendances)],
        ['Registration-to-attendance rate', ratio(metrics.registrationToAttendanceRate)],
        ['Campaign cost', money(campaign.cost, campaign.currency)],
        ['Cost per registration', money(metrics.costPerRegistration, campaign.currency)],
        ['Cost per attendee', money(metrics.costPerAttendee, campaign.currency)],
      ],
    ),
  );
  out.push('', 'Leaderboard');
  out.push(
    table(
      ['Rank', 'Advocate', 'Points', 'Score', 'Shares', 'Reach', 'Unique clicks', 'Conversions'],
      campaign.leaderboard.map((entry) => [
        String(entry.rank),
        [entry.participant.firstName, entry.participant.lastName].filter(Boolean).join(' ') || entry.participant.email,
        entry.points.toFixed(2),
        entry.participant.score ? entry.participant.score.score.toFixed(1) : 'n/a',
        integer.format(entry.shares),
        integer.format(entry.potentialReach),
        integer.format(entry.uniqueClicks),
        integer.format(entry.conversions),
      ]),
    ),
  );
  const fromAdvocacy = result.registrants.nodes.filter((node) => node.lineage.origin === 'CONVERSION').length;
  out.push('', `New participants created by this campaign's registrations: ${fromAdvocacy} (ecosystem "Prospects from advocacy")`);

  return out.join('\n');
}
