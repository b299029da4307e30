import type { Channel } from '../types';

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  news: 'News',
  social: 'Social media',
  phone: 'Phone calls',
  sitrep: 'Situation reports',
  sector_alert: 'Sector alerts',
  briefing: 'Briefings',
};

export const CHANNEL_ICONS: Record<Channel, string> = {
  email: '✉',
  news: '▤',
  social: '#',
  phone: '☎',
  sitrep: '≡',
  sector_alert: '⚠',
  briefing: '▣',
};

export function channelLabel(channel: string): string {
  return CHANNEL_LABELS[channel as Channel] ?? channel;
}

export function channelIcon(channel: string): string {
  return CHANNEL_ICONS[channel as Channel] ?? '•';
}
