import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { LogInPage } from './auth/log-in-page';
import { RequireSignIn } from './auth/require-sign-in';
import { SignUpPage } from './auth/sign-up-page';
import { DashboardPage } from './entries/dashboard-page';
import { EvidencePage } from './evidence/evidence-page';
import { MetricPage } from './evidence/metric-page';
import { NewMetricPage } from './evidence/new-metric-page';
import { NewEntryPage } from './entries/new-entry-page';
import { InvitationPage } from './invitations/invitation-page';
import { Layout } from './layout/layout';
import { Loading } from './layout/loading';
import { NotFoundPage } from './layout/not-found-page';
import { TeamPage } from './team/team-page';

// The entry page carries the editor (Tiptap, ProseMirror, Yjs): loaded when first opened, so
// that the log-in page and the dashboard stay small.
const loadEntryPage = () => import('./entries/entry-page');
const EntryPage = lazy(() => loadEntryPage().then((m) => ({ default: m.EntryPage })));
// Opened at an entry's address: fetch it while the session is being checked, not after.
if (/^\/entries\/(?!new$)[^/]+/.test(window.location.pathname)) void loadEntryPage();

const signedIn = (page: React.ReactNode) => <RequireSignIn>{page}</RequireSignIn>;
const entryPage = signedIn(
  <Suspense fallback={<Loading what="entry" />}>
    <EntryPage />
  </Suspense>,
);

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={signedIn(<DashboardPage />)} />
        <Route path="log-in" element={<LogInPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="invitations/:token" element={<InvitationPage />} />
        <Route path="entries/new" element={signedIn(<NewEntryPage />)} />
        <Route path="entries/:entryId" element={entryPage} />
        <Route path="entries/:entryId/sections/:sectionId" element={entryPage} />
        <Route path="entries/:entryId/team" element={signedIn(<TeamPage />)} />
        <Route path="entries/:entryId/evidence" element={signedIn(<EvidencePage />)} />
        <Route path="entries/:entryId/evidence/metrics/new" element={signedIn(<NewMetricPage />)} />
        <Route path="entries/:entryId/evidence/metrics/:metricId" element={signedIn(<MetricPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
