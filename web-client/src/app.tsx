import { useEffect } from 'preact/hooks';
import { t } from './i18n';
import { route, navigate } from './state/router';
import { homeFor, loadMe, me } from './state/session';
import { Control } from './views/Control';
import { Landing } from './views/Landing';
import { Observer } from './views/Observer';
import { Participant } from './views/Participant';
import { ReviewPage } from './review/ReviewPage';

export function App() {
  useEffect(() => {
    void loadMe().then((who) => {
      // A signed-in participant arriving at the landing page goes straight to their exercise.
      if (who && route.value.name === 'landing' && who.role !== 'control') navigate(homeFor(who));
    });
  }, []);

  const r = route.value;
  const who = me.value;
  if (who === undefined) {
    return (
      <p class="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (r.name !== 'landing' && who === null) {
    return <Landing />;
  }
  switch (r.name) {
    case 'control':
      return <Control key={`${r.id}:${who?.language ?? ''}`} exerciseId={r.id} />;
    case 'play':
      // A new reading language is a new sign-in cookie: a fresh store connects with it.
      return <Participant key={`${r.id}:${who?.language ?? ''}`} exerciseId={r.id} />;
    case 'observe':
      return <Observer key={`${r.id}:${who?.language ?? ''}`} exerciseId={r.id} />;
    case 'review':
      return <ReviewPage key={r.id} exerciseId={r.id} />;
    default:
      return <Landing />;
  }
}
