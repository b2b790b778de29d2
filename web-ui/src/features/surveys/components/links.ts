import type { SurveyInvitationLink } from '@/features/surveys/api/create-survey-invitations';

/** The address a resident opens: the public page on this SPA's own origin. */
export function publicSurveyUrl(origin: string, token: string): string {
  return `${origin}/s/${token}`;
}

const byLabel = new Intl.Collator('zh-CN', { numeric: true });

/** Units in reading order: building by building, units by label (1-201 before 1-1201). */
export function sortByPlace<T extends { buildingName: string; unitLabel: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => byLabel.compare(a.buildingName, b.buildingName) || byLabel.compare(a.unitLabel, b.unitLabel));
}

export type LinkGroup = { buildingId: string; buildingName: string; links: SurveyInvitationLink[] };

export function groupByBuilding(links: readonly SurveyInvitationLink[]): LinkGroup[] {
  const groups = new Map<string, LinkGroup>();
  for (const link of sortByPlace(links)) {
    const group = groups.get(link.buildingId) ?? { buildingId: link.buildingId, buildingName: link.buildingName, links: [] };
    group.links.push(link);
    groups.set(link.buildingId, group);
  }
  return [...groups.values()];
}

function csvCell(value: string): string {
  // Quote every cell; a leading =, +, - or @ would make Excel run it as a formula.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/**
 * The links just generated as CSV, for a mail merge or an SMS tool: building, unit, full URL. UTF-8
 * with a byte-order mark and CRLF line ends, so that Excel opens the Chinese names correctly.
 */
export function linksCsv(links: readonly SurveyInvitationLink[], origin: string, headers: { building: string; unit: string; url: string }): string {
  const rows = [
    [headers.building, headers.unit, headers.url],
    ...sortByPlace(links).map((link) => [link.buildingName, link.unitLabel, publicSurveyUrl(origin, link.token)]),
  ];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export type LinkCounts = { fresh: number; existing: number; answered: number };

/**
 * For the units of these buildings: how many have no link and no answer (a new link each), how many have a live link
 * but no answer (kept, or replaced when the manager chooses to), and how many have answered (left alone).
 */
export function linkCounts(units: readonly { buildingId: string; invited: boolean; answered: boolean }[], buildingIds: readonly string[]): LinkCounts {
  const counts: LinkCounts = { fresh: 0, existing: 0, answered: 0 };
  for (const unit of units) {
    if (!buildingIds.includes(unit.buildingId)) continue;
    if (unit.answered) counts.answered += 1;
    else if (unit.invited) counts.existing += 1;
    else counts.fresh += 1;
  }
  return counts;
}
