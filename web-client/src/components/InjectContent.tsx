import type { StoryFrame } from '../clock';
import { moment } from '../review/format';
import { renderMarkdown } from '../markdown';
import type { InjectDetail } from '../types';
import { channelIcon, channelLabel } from './channels';
import { MediaAttachments } from './MediaAttachments';
import { t } from '../i18n';

interface Props {
  exerciseId: string;
  inject: InjectDetail;
  /** The story clock the release time is told in; without it the game offset alone. */
  frame: StoryFrame | null;
  sectorName: (id: string | null) => string;
  teamName: (id: string) => string;
}

function handleFor(from: string | null): string {
  if (!from) return '@unknown';
  if (from.startsWith('@')) return from;
  return `@${from.replace(/\s+/g, '_').replace(/[^\w]/g, '').toLowerCase() || 'unknown'}`;
}

/** The body of an inject, styled as the medium it arrives through. */
export function InjectContent({ exerciseId, inject, frame, sectorName, teamName }: Props) {
  const media = inject.media ?? [];
  const body = (
    <div class="md">
      {renderMarkdown(inject.body, { exerciseId, names: media })}
      <MediaAttachments exerciseId={exerciseId} media={media} body={inject.body} />
    </div>
  );
  const when = inject.releasedAt ? moment(frame, inject.releasedAt) : '';
  const to = inject.recipients.map(teamName).join(', ');
  switch (inject.channel) {
    case 'email':
      return (
        <article class="medium medium-email">
          <dl class="email-head">
            <dt>{t('inject.from')}</dt>
            <dd>{inject.from ?? t('inject.unknownSender')}</dd>
            <dt>{t('inject.to')}</dt>
            <dd>{to}</dd>
            <dt>{t('inject.subject')}</dt>
            <dd class="email-subject">{inject.title}</dd>
            {when && (
              <>
                <dt>{t('inject.sent')}</dt>
                <dd>{when}</dd>
              </>
            )}
          </dl>
          {body}
        </article>
      );
    case 'news':
      return (
        <article class="medium medium-news">
          <p class="news-source">{inject.from ?? t('inject.news')} · {when}</p>
          <h3 class="news-headline">{inject.title}</h3>
          {body}
        </article>
      );
    case 'social':
      return (
        <article class="medium medium-social">
          <header class="social-head">
            <span class="avatar" aria-hidden="true">
              {(inject.from ?? '?').replace('@', '').slice(0, 1).toUpperCase()}
            </span>
            <span>
              <strong>{inject.from?.replace(/^@/, '') ?? t('inject.unknown')}</strong> <span class="muted">{handleFor(inject.from)}</span>
            </span>
          </header>
          <p class="social-title">{inject.title}</p>
          {body}
          <p class="muted small">{when}</p>
        </article>
      );
    case 'phone':
      return (
        <article class="medium medium-phone">
          <p class="phone-head">
            <span aria-hidden="true">☎ </span>
            {t('inject.callFrom')} <strong>{inject.from ?? t('inject.unknownCaller')}</strong> {when && `· ${when}`}
          </p>
          <h3>{inject.title}</h3>
          <div class="transcript">{body}</div>
        </article>
      );
    case 'sector_alert':
      return (
        <article class="medium medium-alert" aria-label={t('inject.sectorAlert')}>
          <p class="alert-head">
            <span aria-hidden="true">⚠ </span>
            {t('inject.sectorAlert')}
            {inject.sector ? `: ${sectorName(inject.sector)}` : ''}
          </p>
          <h3>{inject.title}</h3>
          {body}
          <p class="muted small">{[inject.from, when].filter(Boolean).join(' · ')}</p>
        </article>
      );
    case 'sitrep':
    case 'briefing':
    default:
      return (
        <article class={`medium medium-${inject.channel === 'sitrep' ? 'sitrep' : 'briefing'}`}>
          <p class="doc-kind">
            <span aria-hidden="true">{channelIcon(inject.channel)} </span>
            {channelLabel(inject.channel)}
            {inject.from ? ` · ${inject.from}` : ''}
            {when ? ` · ${when}` : ''}
          </p>
          <h3>{inject.title}</h3>
          {body}
        </article>
      );
  }
}
