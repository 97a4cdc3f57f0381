// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../client/src/api/retry.ts';
import { setLang } from '../../../client/src/i18n/index.ts';
import { PeriodControl } from '../../../client/src/shell/PeriodControl.tsx';

// The period bar offers the data's years only once it knows them: while they are read, or when
// they cannot be, it says so instead of a slider over made-up years.

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
  act(() => setLang('en'));
});

const show = () => render(createElement(QueryClientProvider, { client: createQueryClient() }, createElement(PeriodControl)));
const years = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status === 200 ? 'application/json' : 'application/problem+json' } });

describe('the period bar', () => {
  it('says in Dutch that the years are being read, then offers exactly the years of the data', async () => {
    act(() => setLang('nl'));
    let answer: (r: Response) => void = () => undefined;
    vi.stubGlobal('fetch', () => new Promise<Response>((resolve) => (answer = resolve)));
    show();
    expect(screen.getByRole('status').textContent).toBe('De jaren van de gegevens worden gelezen…');
    expect(screen.queryByTestId('period-from')).toBeNull();

    answer(years({ years: [{ year: 2014, projects: 38, participations: 572 }, { year: 2019, projects: 2807, participations: 38000 }], undated: { projects: 0, participations: 0 } }));
    await waitFor(() => expect(screen.queryByTestId('period-from')).not.toBeNull());
    expect(screen.queryByRole('status')).toBeNull();
    expect((screen.getByTestId('period-from') as HTMLInputElement).value).toBe('2014');
    expect((screen.getByTestId('period-to') as HTMLInputElement).value).toBe('2019');
  });

  it('says so when the years cannot be read, and offers no slider', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(years({ title: 'Bad request', status: 400, detail: 'no' }, 400)));
    show();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The years of the data could not be read: the views show all years.'), { timeout: 10_000 });
    expect(screen.queryByTestId('period-slider')).toBeNull();
  });

  it('keeps the period of the link when the years cannot be read, and says the slider offers only its years', async () => {
    act(() => setLang('nl'));
    window.history.replaceState(null, '', '/?period=2016-2018');
    vi.stubGlobal('fetch', () => Promise.resolve(years({ title: 'Bad request', status: 400, detail: 'no' }, 400)));
    show();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('De jaren van de gegevens konden niet gelezen worden: de schuifregelaar biedt alleen de jaren van deze periode.'), { timeout: 10_000 });
    expect((screen.getByTestId('period-from') as HTMLInputElement).value).toBe('2016');
    expect((screen.getByTestId('period-to') as HTMLInputElement).value).toBe('2018');
  });
});
