import type { Channel } from '../types';
import { t } from '../i18n';

/** The catalogue key of each channel's label (channels.email, …). */
export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'channels.email',
  news: 'channels.news',
  social: 'channels.social',
  phone: 'channels.phone',
  sitrep: 'channels.sitrep',
  sector_alert: 'channels.sector_alert',
  briefing: 'channels.briefing',
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
  const key = CHANNEL_LABELS[channel as Channel];
  return key ? t(key) : channel;
}

export function channelIcon(channel: string): string {
  return CHANNEL_ICONS[channel as Channel] ?? '•';
}
