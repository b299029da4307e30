import { imagesNamedIn } from '../markdown';
import { mediaKind, mediaUrl } from '../media';

interface Props {
  exerciseId: string;
  media: readonly string[];
  /** The body, so an image it already shows is not shown twice. */
  body: string;
}

/** An inject's media files under its body: images inline, documents as downloads, audio with a player. */
export function MediaAttachments({ exerciseId, media, body }: Props) {
  if (media.length === 0) return null;
  const shown = imagesNamedIn(body, media);
  const rest = media.filter((name) => !shown.has(name));
  if (rest.length === 0) return null;
  return (
    <div class="media-attachments">
      {rest.map((name) => {
        const url = mediaUrl(exerciseId, name);
        switch (mediaKind(name)) {
          case 'image':
            return (
              <figure key={name} class="media-image">
                <img src={url} alt={name} loading="lazy" />
                <figcaption class="muted small">{name}</figcaption>
              </figure>
            );
          case 'audio':
            return (
              <figure key={name} class="media-audio">
                <audio controls preload="none" src={url} aria-label={name} />
                <figcaption class="muted small">{name}</figcaption>
              </figure>
            );
          default:
            return (
              <p key={name} class="media-document">
                <a href={url} download={name}>
                  <span aria-hidden="true">📄 </span>
                  {name}
                </a>
              </p>
            );
        }
      })}
    </div>
  );
}
