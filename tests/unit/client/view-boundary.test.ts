// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../../client/src/i18n/index.ts';
import { ViewBoundary } from '../../../client/src/shell/ViewBoundary.tsx';

// A view that throws while drawing leaves a message where it was, not a blank page, and opens
// again from its retry button.

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  act(() => setLang('en'));
});

describe('a view that fails while drawing', () => {
  it('says so in Dutch where the view was, with the cause folded away, and draws the view again on retry', () => {
    // React reports the caught error on the console; the test needs no noise from it.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    act(() => setLang('nl'));
    let broken = true;
    const View = () => {
      if (broken) throw new Error('cannot read the legend of an empty scene');
      return createElement('p', null, 'the view');
    };
    render(createElement('div', null, createElement('nav', null, 'Verkenner'), createElement(ViewBoundary, null, createElement(View))));

    const alert = screen.getByTestId('view-error');
    expect(alert.querySelector('.ui-error-title')?.textContent).toBe('Deze weergave kon niet worden getoond');
    expect(alert.querySelector('.ui-error-what')?.textContent).toContain('andere weergave');
    expect(screen.getByTestId('error-details').textContent).toContain('cannot read the legend of an empty scene');
    expect(screen.getByText('Verkenner')).toBeTruthy();

    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(screen.getByText('the view')).toBeTruthy();
    expect(screen.queryByTestId('view-error')).toBeNull();
  });
});
