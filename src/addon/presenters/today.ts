// This file is the sidebar's Today view of the Today list: one line per item in plain words with the people's names,
// what one click opens, and the program's health line.
import { formatDay } from '../../domain/dates';
import type { TodayItem, TodayKind, TodayList } from '../../domain/today';
import { TODAY_KINDS } from '../../domain/today';
import type { WorkbookModel } from '../../domain/workbook-reader';
import type { TodayLine, TodayView } from '../../shared/rpc-contract';
import { consumerName, mentorName } from './people';

const TITLES: Record<TodayKind, string> = {
  application: 'Applications to decide',
  intro: 'Intro meetings this week',
  'review-due': 'Reviews and check-ins due',
  'no-contact': 'No contact for too long',
  'training-lapsing': 'Training runs out soon',
  'lapsed-with-matches': 'Lapsed mentors with active matches',
  'waiting-no-mentor': 'Waiting, with no mentor to suggest',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function inDays(days: number): string {
  return days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
}

function lineOf(item: TodayItem, model: WorkbookModel): TodayLine {
  const pair = (m: { consumerId: string; mentorId: string }) => `${consumerName(model, m.consumerId)} with ${mentorName(model, m.mentorId)}`;
  switch (item.kind) {
    case 'application':
      return {
        text: `${item.name || 'An applicant'}: ${item.form || 'application'}, ${item.submittedOn ? `waiting ${plural(item.daysWaiting ?? 0, 'day')}` : 'date not readable'}`,
        open: { view: 'applications' },
      };
    case 'intro':
      return { text: `${pair(item)}: intro ${inDays(item.daysUntil)} (${formatDay(item.introOn)})`, open: { view: 'detail', arg: item.matchId } };
    case 'review-due': {
      const what = item.reviewKind === 'review' ? 'Three-way review' : 'Check-in';
      const when = item.daysOverdue > 0 ? `${plural(item.daysOverdue, 'day')} overdue` : `due ${inDays(-item.daysOverdue)}`;
      return { text: `${what} for ${pair(item)}: ${when}`, open: { view: 'reviews', arg: item.matchId } };
    }
    case 'no-contact':
      return { text: `${pair(item)}: no contact logged for ${plural(item.daysSinceContact, 'day')} (last ${formatDay(item.lastContactOn)})`, open: { view: 'reviews', arg: item.matchId } };
    case 'training-lapsing': {
      const next = item.nextSession
        ? `next session ${formatDay(item.nextSession.date)}${item.nextSession.start ? ` at ${item.nextSession.start}` : ''}${item.nextSession.beforeLapse ? '' : ', after it runs out'}`
        : 'no session planned yet';
      return { text: `${mentorName(model, item.mentorId)}: current until ${formatDay(item.currentUntil)}; ${next}`, open: { view: 'training' } };
    }
    case 'lapsed-with-matches':
      return {
        text: `${mentorName(model, item.mentorId)}: training ${item.currentUntil ? `ran out ${formatDay(item.currentUntil)}` : 'not done'}; ${plural(item.matchIds.length, 'active match', 'active matches')}`,
        open: { view: 'detail', arg: item.matchIds[0]! },
      };
    case 'waiting-no-mentor':
      return {
        text: `${consumerName(model, item.consumerId)}: ${item.daysWaiting === null ? 'waiting' : `waiting ${plural(item.daysWaiting, 'day')}`}; ${item.reason.replace(/\.$/, '')}`,
        open: { view: 'match', arg: item.consumerId },
      };
  }
}

export function presentToday(list: TodayList, model: WorkbookModel): TodayView {
  const sections = TODAY_KINDS.map((kind) => ({ kind, title: TITLES[kind], lines: list.items.filter((i) => i.kind === kind).map((i) => lineOf(i, model)) })).filter((s) => s.lines.length);
  const h = list.health;
  const reviews = h.reviewsThisQuarter;
  return {
    sections,
    count: list.items.length,
    health: [
      plural(h.activeMatches, 'active match', 'active matches'),
      `${plural(h.peopleWaiting, 'person', 'people')} waiting${h.medianDaysWaiting === null ? '' : `, for ${plural(h.medianDaysWaiting, 'day')} (median)`}`,
      reviews.due ? `${reviews.onTime} of ${plural(reviews.due, 'review')} on time since ${formatDay(reviews.from)}` : `No reviews due since ${formatDay(reviews.from)}`,
    ],
  };
}
