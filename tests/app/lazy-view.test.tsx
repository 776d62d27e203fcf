import { Suspense, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { RegionBoundary } from '../../src/app/ui/region-boundary.tsx';
import { lazyView } from '../../src/app/ui/lazy-view.tsx';

function Greeting() {
  return <p>Hello from a chunk</p>;
}

/** A lazy view whose first load fails as a chunk fetched offline does, and whose later loads succeed. */
function lazyViewFailingOnce() {
  let attempts = 0;
  const view = lazyView(
    async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('Failed to fetch dynamically imported module');
      return { Greeting };
    },
    (module) => module.Greeting,
  );
  return { view, attempts: () => attempts };
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
  const page = () =>
    renderToString(
      <Suspense fallback={<p>Loading</p>}>
        <view.View />
      </Suspense>,
    );
  expect(page()).toContain('Loading');
  await view.preload();
  await view.preload();
  expect(loads).toBe(1);
  expect(page()).toContain('Hello from a chunk');
});

test('preloaded before any render, the view never suspends', async () => {
  const view = lazyView(
    async () => ({ Greeting }),
    (module) => module.Greeting,
  );
  await view.preload();
  expect(
    renderToString(
      <Suspense fallback={<p>Loading</p>}>
        <view.View />
      </Suspense>,
    ),
  ).toContain('Hello from a chunk');
});

test('a chunk that fails to load shows the region error, and Try again loads it afresh', async () => {
  const { view, attempts } = lazyViewFailingOnce();
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    // The load settles outside React; async act lets the suspended view retry once it has (as in a page).
    await act(async () => {
      render(
        <RegionBoundary label="The greeting" onRetry={view.forgetFailure}>
          <Suspense fallback={<p>Loading</p>}>
            <view.View />
          </Suspense>
        </RegionBoundary>,
      );
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The greeting could not be shown.');
    expect(alert.textContent).toContain('Failed to fetch dynamically imported module');
    await act(async () => userEvent.click(screen.getByRole('button', { name: 'Try again' })));
    expect(await screen.findByText('Hello from a chunk')).toBeTruthy();
    expect(attempts()).toBe(2);
  } finally {
    consoleError.mockRestore();
    cleanup();
  }
});

test('a new reset key (another event selected) retries a chunk that failed, as Try again does', async () => {
  const { view, attempts } = lazyViewFailingOnce();
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const region = (key: string) => (
    <RegionBoundary label="The greeting" resetKey={key} onRetry={view.forgetFailure}>
      <Suspense fallback={<p>Loading</p>}>
        <view.View />
      </Suspense>
    </RegionBoundary>
  );
  try {
    let rerender: (ui: ReactNode) => void = () => undefined;
    await act(async () => {
      rerender = render(region('first')).rerender;
    });
    await screen.findByRole('alert');
    await act(async () => rerender(region('second')));
    expect(await screen.findByText('Hello from a chunk')).toBeTruthy();
    expect(attempts()).toBe(2);
  } finally {
    consoleError.mockRestore();
    cleanup();
  }
});

test('settled() resolves once the view has mounted, not when its code has merely loaded', async () => {
  const view = lazyView(
    async () => ({ Greeting }),
    (module) => module.Greeting,
  );
  let settled = false;
  void view.settled().then(() => (settled = true));
  await view.preload();
  await Promise.resolve();
  expect(settled).toBe(false);
  render(
    <Suspense fallback={null}>
      <view.View />
    </Suspense>,
  );
  await screen.findByText('Hello from a chunk');
  await act(() => view.settled());
  expect(settled).toBe(true);
  cleanup();
});

test('a view whose code lands while it is suspended renders once it lands, and settles', async () => {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const view = lazyView(
    async () => {
      await gate;
      return { Greeting };
    },
    (module) => module.Greeting,
  );
  await act(async () => {
    render(
      <Suspense fallback={<p>Loading</p>}>
        <view.View />
      </Suspense>,
    );
  });
  expect(screen.getByText('Loading')).toBeTruthy();
  await act(async () => release());
  await screen.findByText('Hello from a chunk');
  await act(() => view.settled());
  cleanup();
});

test('settled() resolves when the code fails to load, so nothing waits on a region that shows an error', async () => {
  const { view } = lazyViewFailingOnce();
  await view.preload().catch(() => {});
  await expect(view.settled()).resolves.toBeUndefined();
});

test('a view that throws while rendering settles through its region, so nothing waits for it to mount', async () => {
  function Broken(): never {
    throw new Error('broken view');
  }
  const view = lazyView(
    async () => ({ Broken }),
    (module) => module.Broken,
  );
  await view.preload();
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  render(
    <RegionBoundary label="The broken view" onError={view.markFailed}>
      <Suspense fallback={null}>
        <view.View />
      </Suspense>
    </RegionBoundary>,
  );
  expect(screen.getByRole('alert').textContent).toMatch(/The broken view could not be shown/);
  await expect(view.settled()).resolves.toBeUndefined();
  quiet.mockRestore();
  cleanup();
});
