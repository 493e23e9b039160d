import type { OwnerWords } from './index';

/** The workspace's words in English, for a specialist who chose English; same keys as ./owner.nl.ts. */
export const ownerEn: OwnerWords = {
  shell: {
    brand: 'Steward · Workspace',
    navLabel: 'Workspace',
    today: 'Today',
    estates: 'Estates',
    post: 'Post',
    dashboard: 'Dashboard',
    accounts: 'Accounts',
    providers: 'Providers',
    signOut: 'Sign out',
    switchTo: 'Nederlands',
  },

  notices: {
    created: 'The estate was opened.',
    contract: 'The contract was added to the inventory.',
    document: 'The document was uploaded.',
    sent: 'The requests were sent.',
    handedOver: 'The estate was handed over. It is no longer on your list; you can undo the handover below for 24 hours.',
    undone: 'The handover was undone; the estate is back with its previous case owner.',
    closed: 'The estate was closed; the final report goes to the family.',
    saved: 'Saved.',
    corrected: 'Corrected; the change is on the timeline.',
    retried: 'The letter will be produced again and checked against the rules.',
    'step-retried': 'The automatic step will be tried again within a minute.',
    handled: 'Marked as handled.',
    printed: 'Every waiting letter is in a print batch.',
    statement: 'The bank statement was read. Only its recurring payments were kept.',
    drafts: 'The draft contracts were made; they are in the inventory.',
    seen: 'Marked as seen.',
    replayed: 'The event is being sent again, with the same event id.',
    removed: 'The endpoint was removed; nothing more is sent to it.',
    progressReport: 'The progress report is being written to the family; it appears under the letters in a moment.',
    language: 'The workspace now speaks English.',
  },

  today: {
  },

  dashboard: {
  },

  estate: {
  },

  contract: {
  },

  correction: {
  },

  statement: {
  },

  print: {
  },

  privacy: {
  },

  admin: {
  },

  login: {
  },

  errors: {
  },

  mail: {
    handoverSubject: (deceased: string, reference: string) => `Handed over to you: the estate of ${deceased} (${reference})`,
    greeting: (name: string) => `Dear ${name},`,
    handedOver: (from: string, deceased: string, reference: string, date: string) => `${from} handed the estate of ${deceased} (${reference}) over to you on ${date}.`,
    reason: (reason: string) => `Reason: ${reason}`,
    openIt: (url: string) => `It stays at the top of your Today list until you open it: ${url}`,
  },

  timeline: {
    handedOver: (to: string, from: string, reason: string) => `${to} is now the case owner (taking over from ${from}). Reason: ${reason}`,
    handoverUndone: (back: string, instead: string) => `Handover undone: ${back} is the case owner again (instead of ${instead}).`,
    letterSent: (title: string, recipient: string, channel: string) => `Letter "${title}" sent to ${recipient} (${channel}).`,
    letterBlocked: (title: string, rules: string) => `Letter "${title}" blocked: ${rules}`,
    channels: { email: 'email', post: 'post', portal: "provider's desk", family: 'family portal' },
    estateStatus: (status: string) => `Estate: ${status}`,
  },
};
