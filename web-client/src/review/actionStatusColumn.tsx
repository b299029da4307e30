import type { StoryFrame } from '../clock';
import type { Column } from '../components/DataTable';
import { moment, words } from './format';

/** The status of an expected action and when it was judged, as the review and the replay show it. */
export function actionStatusColumn<T extends { status: string; judgedAt: string | null }>(frame: StoryFrame | null): Column<T> {
  return {
    key: 'status',
    header: 'Status',
    class: (a) => `status-${a.status}`,
    cell: (a) => (
      <>
        {words(a.status)}
        {a.judgedAt ? ` at ${moment(frame, a.judgedAt)}` : ''}
      </>
    ),
  };
}
