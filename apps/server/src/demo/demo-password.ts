/** Every demo account's password. It is printed at start and in the README: public, so no other account may use it. */
export const DEMO_PASSWORD = 'quorum-demo-2026';
