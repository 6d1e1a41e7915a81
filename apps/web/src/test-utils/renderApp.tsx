import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../routes';

// The first render of a lazy page transforms it (and recharts) on demand, which can take
// longer than testing-library's 1 s default on a busy machine; real failures still fail, only later.
configure({ asyncUtilTimeout: 5000 });

/** The whole app (real routes, session, lazy pages, query hooks) at `path`, in memory. */
export function renderApp(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
