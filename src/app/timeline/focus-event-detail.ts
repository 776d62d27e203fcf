/**
 * On a phone the event detail opens below the list that selected it, about a screen and a half
 * down: once its heading is on the page (its code may still be loading), scroll it into view and
 * move focus to it, so the reader, and a screen reader, land on what they opened.
 */
const MAX_FRAMES = 120;

export function focusEventDetailWhenShown(eventId: string): void {
  let frames = 0;
  const tryFocus = () => {
    const heading = [...document.querySelectorAll<HTMLElement>('[data-event-detail-heading]')].find(
      (element) => element.dataset.eventDetailHeading === eventId,
    );
    if (heading) {
      (heading.closest('section') ?? heading).scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    } else if (++frames < MAX_FRAMES) requestAnimationFrame(tryFocus);
  };
  requestAnimationFrame(tryFocus);
}
