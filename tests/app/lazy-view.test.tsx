import { Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, test } from 'vitest';
import { lazyView } from '../../src/app/ui/lazy-view.tsx';

function Greeting() {
  return <p>Hello from a chunk</p>;
}

test('a lazy view renders its fallback until loaded, and at once after preload (as the server needs)', async () => {
  let loads = 0;
  const view = lazyView(
    async () => {
      loads += 1;
      return { Greeting };
    },
    (module) => module.Greeting,
  );
  const page = () => renderToString(<Suspense fallback={<p>Loading</p>}><view.View /></Suspense>);
  expect(page()).toContain('Loading');
  await view.preload();
  await view.preload();
  expect(loads).toBe(1);
  expect(page()).toContain('Hello from a chunk');
});

test('preloaded before any render, the view never suspends', async () => {
  const view = lazyView(async () => ({ Greeting }), (module) => module.Greeting);
  await view.preload();
  expect(renderToString(<Suspense fallback={<p>Loading</p>}><view.View /></Suspense>)).toContain('Hello from a chunk');
});
