// A small stand-in for @testing-library/react, whose peer @testing-library/dom is not installed:
// render into a container, find things the way a person would (by label, role, text), and act.
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ApiContext, apiContextFor } from '../apollo/api-context';
import { createConnectionStore, type ConnectionStore } from '../connection/connection-status';
import { Announcer } from '../layout/announcer';

const mounted: { root: Root; container: HTMLElement }[] = [];

export interface RenderOptions {
  mocks?: MockLink.MockedResponse[];
  /** The address to start at, and the route pattern the element is mounted on. */
  at?: string;
  path?: string;
  connection?: ConnectionStore;
}

export async function render(ui: ReactNode, { mocks = [], at = '/', path = '*', connection = createConnectionStore() }: RenderOptions = {}) {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  mounted.push({ root, container });
  await act(async () =>
    root.render(
      <MockedProvider mocks={mocks}>
        <ApiContext.Provider value={apiContextFor(connection)}>
          <MemoryRouter initialEntries={[at]}>
            <Announcer>
              <Routes>
                <Route path={path} element={ui} />
                <Route path="*" element={<p>Elsewhere</p>} />
              </Routes>
            </Announcer>
          </MemoryRouter>
        </ApiContext.Provider>
      </MockedProvider>,
    ),
  );
  return container;
}

export function cleanup() {
  for (const { root, container } of mounted.splice(0)) {
    act(() => root.unmount());
    container.remove();
  }
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The control a <label> with this text names. */
export function getByLabel(label: string | RegExp, scope: ParentNode = document): HTMLElement {
  const match = (t: string) => (typeof label === 'string' ? t === label : label.test(t));
  const found = [...scope.querySelectorAll('label')].find((l) => match(text(l)));
  const control = found && document.getElementById(found.htmlFor);
  if (!control) throw new Error(`No control labelled ${label}`);
  return control;
}

/** A button or link whose accessible text (visible plus visually hidden) matches. */
export function getByRole(role: 'button' | 'link' | 'heading', name: string | RegExp, scope: ParentNode = document): HTMLElement {
  const selector = { button: 'button', link: 'a[href]', heading: 'h1,h2,h3,h4' }[role];
  const match = (t: string) => (typeof name === 'string' ? t === name : name.test(t));
  const found = [...scope.querySelectorAll<HTMLElement>(selector)].find((el) => match(el.getAttribute('aria-label') ?? text(el)));
  if (!found) throw new Error(`No ${role} named ${name}`);
  return found;
}

export const queryByRole = (...args: Parameters<typeof getByRole>) => {
  try {
    return getByRole(...args);
  } catch {
    return null;
  }
};

export const getText = (selector: string, scope: ParentNode = document) => {
  const el = scope.querySelector(selector);
  if (!el) throw new Error(`Nothing matches ${selector}`);
  return text(el);
};

/** Retries an expectation while React and the mocked network settle. */
export async function waitFor<T>(expectation: () => T, timeout = 2000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return expectation();
    } catch (error) {
      if (Date.now() - started > timeout) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }
}

/** Types into an input or select the way React hears it (its onChange listens for input events). */
export async function fill(control: HTMLElement, value: string) {
  const proto = control instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(control, value);
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

export async function click(element: HTMLElement) {
  await act(async () => element.click());
}
