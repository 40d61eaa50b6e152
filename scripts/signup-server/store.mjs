// The sign-ups, in one SQLite table. Every value is bound as a parameter: nothing typed by a volunteer is
// ever part of SQL text.
import Database from 'better-sqlite3';

/** The columns of the table and of the CSV export, in order. */
export const COLUMNS = [
  'id',
  'received_at',
  'mission_id',
  'mission_title',
  'organization_id',
  'feed_url',
  'name',
  'email',
  'phone',
  'availability',
  'message',
  'consent',
  'sent_at',
  'lang',
  'origin',
];

export function openStore(path) {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS signups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    received_at TEXT NOT NULL,
    mission_id TEXT NOT NULL,
    mission_title TEXT NOT NULL DEFAULT '',
    organization_id TEXT NOT NULL DEFAULT '',
    feed_url TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    availability TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    consent INTEGER NOT NULL,
    sent_at TEXT NOT NULL,
    lang TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT ''
  )`);
  const insert = db.prepare(`INSERT INTO signups
    (received_at, mission_id, mission_title, organization_id, feed_url, name, email, phone, availability, message, consent, sent_at, lang, origin)
    VALUES (@receivedAt, @missionId, @missionTitle, @organizationId, @feedUrl, @name, @email, @phone, @availability, @message, 1, @sentAt, @lang, @origin)`);
  const all = db.prepare(`SELECT ${COLUMNS.join(', ')} FROM signups ORDER BY id`);
  const count = db.prepare('SELECT COUNT(*) AS n FROM signups');
  return {
    columns: COLUMNS,
    /** Stores a valid payload; returns its row id. */
    insert(payload, { receivedAt, origin }) {
      const result = insert.run({
        receivedAt,
        origin,
        missionId: payload.missionId,
        missionTitle: payload.missionTitle ?? '',
        organizationId: payload.organizationId ?? '',
        feedUrl: payload.feedUrl,
        name: payload.name,
        email: payload.email ?? '',
        phone: payload.phone ?? '',
        availability: payload.availability,
        message: payload.message,
        sentAt: payload.sentAt,
        lang: payload.lang ?? '',
      });
      return Number(result.lastInsertRowid);
    },
    all: () => all.all(),
    count: () => count.get().n,
    close: () => db.close(),
  };
}
