import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { LogInPage } from './auth/log-in-page';
import { NotificationsPage } from './notifications/notifications-page';
import { RequireSignIn } from './auth/require-sign-in';
import { SignUpPage } from './auth/sign-up-page';
import { ActivityPage } from './activity/activity-page';
import { DashboardPage } from './entries/dashboard-page';
import { EvidencePage } from './evidence/evidence-page';
import { ExportPage } from './export/export-page';
import { MetricPage } from './evidence/metric-page';
import { NewMetricPage } from './evidence/new-metric-page';
import { NewEntryPage } from './entries/new-entry-page';
import { InvitationPage } from './invitations/invitation-page';
import { Layout } from './layout/layout';
import { Loading } from './layout/loading';
import { NotFoundPage } from './layout/not-found-page';
import { TeamPage } from './team/team-page';
import { AccountPage } from './account/account-page';
import { ForgotPasswordPage } from './account/forgot-password-page';
import { ResetPasswordPage } from './account/reset-password-page';
import { UnsubscribePage } from './account/unsubscribe-page';

// The entry page carries the editor (Tiptap, ProseMirror, Yjs): loaded when first opened, so
// that the log-in page and the dashboard stay small.
const loadEntryPage = () => import('./entries/entry-page');
const EntryPage = lazy(() => loadEntryPage().then((m) => ({ default: m.EntryPage })));
// Opened at an entry's address: fetch it while the session is being checked, not after.
if (/^\/entries\/(?!new$)[^/]+/.test(window.location.pathname)) void loadEntryPage();
// The whole entry, every section's editor on one page: the editor's chunk too.
const WholeEntryPage = lazy(() => import('./entries/whole-entry-page').then((m) => ({ default: m.WholeEntryPage })));
// Review mode (comments, sign-off, the read-only editor): also a lazy route.
const loadReviewPage = () => import('./review/review-page');
const ReviewPage = lazy(() => loadReviewPage().then((m) => ({ default: m.ReviewPage })));
if (/^\/entries\/[^/]+\/review(\/|$)/.test(window.location.pathname)) void loadReviewPage();

const signedIn = (page: React.ReactNode) => <RequireSignIn>{page}</RequireSignIn>;
const reviewPage = signedIn(
  <Suspense fallback={<Loading what="entry" />}>
    <ReviewPage />
  </Suspense>,
);
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
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password/:token" element={<ResetPasswordPage />} />
        <Route path="unsubscribe/:token" element={<UnsubscribePage />} />
        <Route path="account" element={signedIn(<AccountPage />)} />
        <Route path="notifications" element={signedIn(<NotificationsPage />)} />
        <Route path="invitations/:token" element={<InvitationPage />} />
        <Route path="entries/new" element={signedIn(<NewEntryPage />)} />
        <Route path="entries/:entryId" element={entryPage} />
        <Route path="entries/:entryId/sections/:sectionId" element={entryPage} />
        <Route
          path="entries/:entryId/whole"
          element={signedIn(
            <Suspense fallback={<Loading what="entry" />}>
              <WholeEntryPage />
            </Suspense>,
          )}
        />
        <Route path="entries/:entryId/review" element={reviewPage} />
        <Route path="entries/:entryId/review/:sectionId" element={reviewPage} />
        <Route path="entries/:entryId/team" element={signedIn(<TeamPage />)} />
        <Route path="entries/:entryId/activity" element={signedIn(<ActivityPage />)} />
        <Route path="entries/:entryId/export" element={signedIn(<ExportPage />)} />
        <Route path="entries/:entryId/evidence" element={signedIn(<EvidencePage />)} />
        <Route path="entries/:entryId/evidence/metrics/new" element={signedIn(<NewMetricPage />)} />
        <Route path="entries/:entryId/evidence/metrics/:metricId" element={signedIn(<MetricPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
