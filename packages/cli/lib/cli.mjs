// The maillage command: validate, convert, merge and export feeds. Every mistake of the user ends in one
// sentence on stderr and exit code 1 or 2, never a stack trace.
import { readFile } from 'node:fs/promises';
import { say } from './messages.mjs';

const FROM = ['openagenda', 'ics', 'jsonld', 'api-engagement', 'mobilizon', 'csv', 'maillage'];
const TO = ['ics', 'jsonld', 'geojson', 'rss'];
/** Inputs above this size, or more than one input, get progress lines on stderr. */
const LONG_INPUT = 1_000_000;

class UserError extends Error {
  constructor(message, code = 2) {
    super(message);
    this.code = code;
  }
}

export async function main(argv, io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }) {
  const lang = argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'fr' : 'fr';
  try {
    const modules = await loadFeed(lang);
    return await run(argv, lang, modules, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`${error.message}\n`);
      return error.code;
    }
    io.stderr.write(`${say(lang, 'crashed', error instanceof Error ? error.message : String(error))}\n`);
    return 3;
  }
}

async function loadFeed(lang) {
  try {
    const [feed, adapters] = await Promise.all([import('@maillage/feed'), import('@maillage/feed/adapters')]);
    return { feed, adapters };
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' || error?.code === 'MODULE_NOT_FOUND') throw new UserError(say(lang, 'notBuilt'));
    throw error;
  }
}

function parseArguments(argv, lang, allowed) {
  const options = {};
  const inputs = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-' || !arg.startsWith('-')) inputs.push(arg);
    else if (arg === '--json') options.json = true;
    else if (allowed.includes(arg)) {
      const value = argv[++i];
      if (value === undefined || (value.startsWith('--') && value !== '-')) throw new UserError(say(lang, 'missingValue', arg));
      options[arg.slice(2)] = value;
    } else throw new UserError(`${say(lang, 'unknownOption', arg)}\n\n${say(lang, 'usage')}`);
  }
  return { options, inputs };
}

async function run(argv, lang, modules, io) {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(`${say(lang, 'usage')}\n`);
    return command === undefined ? 2 : 0;
  }
  const commands = { validate, convert, merge, export: exportFeed };
  const handler = Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (handler === undefined) throw new UserError(`${say(lang, 'unknownCommand', command)}\n\n${say(lang, 'usage')}`);
  return handler(rest, lang, modules, io);
}

// --- Inputs ----------------------------------------------------------------------------------------------

async function readInput(path, lang, io) {
  let bytes;
  let contentType = '';
  if (path === '-') {
    const chunks = [];
    for await (const chunk of io.stdin) chunks.push(chunk);
    bytes = Buffer.concat(chunks);
  } else if (/^https?:\/\//i.test(path)) {
    let response;
    try {
      response = await fetch(path, { headers: { accept: 'application/json, text/calendar, text/csv, text/html;q=0.5' } });
    } catch (error) {
      throw new UserError(say(lang, 'unreadable', path, error.cause?.message ?? error.message));
    }
    if (!response.ok) throw new UserError(say(lang, 'httpStatus', path, response.status));
    contentType = response.headers.get('content-type') ?? '';
    bytes = Buffer.from(await response.arrayBuffer());
  } else {
    try {
      bytes = await readFile(path);
    } catch (error) {
      if (error.code === 'ENOENT') throw new UserError(say(lang, 'notFound', path));
      throw new UserError(say(lang, 'unreadable', path, error.code ?? error.message));
    }
  }
  const bytesView = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { path, bytes: bytesView, text: new TextDecoder().decode(bytesView), contentType };
}

async function readInputs(paths, lang, io) {
  const inputs = [];
  for (const [index, path] of paths.entries()) {
    if (paths.length > 1) io.stderr.write(`${say(lang, 'reading', path, index + 1, paths.length)}\n`);
    const input = await readInput(path, lang, io);
    if (paths.length === 1 && input.bytes.length > LONG_INPUT) io.stderr.write(`${say(lang, 'reading', path, 1, 1)}\n`);
    inputs.push(input);
  }
  return inputs;
}

function formatOf(input, from, lang, adapters) {
  if (from !== undefined) {
    if (!FROM.includes(from)) throw new UserError(say(lang, 'badFrom', from));
    return from;
  }
  if (/\.csv$/i.test(input.path)) return 'csv';
  const detected = adapters.detectFormat(input.text, input.contentType);
  if (detected === 'unknown') throw new UserError(say(lang, 'undetected', input.path));
  return detected;
}

/** The feed of one or several inputs of the same format, with the problems of conversion and of reading. */
function convertInputs(inputs, format, options, modules) {
  const { feed: lib, adapters } = modules;
  const adapterOptions = options.title === undefined ? {} : { title: options.title };
  const problems = [];
  if (format === 'csv') {
    const result = adapters.csvFilesToFeed(inputs.map((input) => ({ name: baseName(input.path), content: input.bytes })), adapterOptions);
    problems.push(...result.problems.map((problem) => ({ ...problem, source: problem.file })));
    const parsed = lib.parseFeed(result.feed);
    for (const problem of parsed.problems) problems.push(locateCsv(problem, result.origins));
    return { feed: parsed.feed, problems };
  }
  const feeds = [];
  for (const input of inputs) {
    let raw;
    if (format === 'maillage') {
      const parsed = lib.parseFeedText(input.text, { source: input.path });
      problems.push(...parsed.problems);
      if (parsed.feed !== null) feeds.push({ source: input.path, feed: parsed.feed });
      continue;
    }
    const adapter = {
      ics: adapters.icsToFeed,
      jsonld: adapters.jsonLdToFeed,
      openagenda: adapters.openAgendaToFeed,
      'api-engagement': adapters.apiEngagementToFeed,
      mobilizon: (text, opts) =>
        text.replace(/^\ufeff/, '').trimStart().startsWith('BEGIN:VCALENDAR') ? adapters.icsToFeed(text, opts) : adapters.mobilizonToFeed(text, opts),
    }[format];
    raw = adapter(input.text, adapterOptions);
    problems.push(...raw.problems.map((problem) => ({ ...problem, source: input.path })));
    if (raw.feed === null) continue;
    const parsed = lib.parseFeed(raw.feed, { source: input.path });
    problems.push(...parsed.problems);
    if (parsed.feed !== null) feeds.push({ source: input.path, feed: parsed.feed });
  }
  if (feeds.length === 0) return { feed: null, problems };
  return { feed: feeds.length === 1 ? feeds[0].feed : lib.mergeFeeds(feeds), problems };
}

/** A problem of the parser on a feed made from CSV files, pointed at the file, row and column. */
function locateCsv(problem, origins) {
  let path = problem.path;
  while (path !== '') {
    const origin = origins[path];
    if (origin !== undefined) return { ...problem, source: origin.file, row: origin.row, column: origin.column };
    path = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (!/[.[]/.test(path) && origins[path] === undefined) break;
  }
  return problem;
}

const baseName = (path) => path.split(/[\\/]/).pop() ?? path;

// --- Commands --------------------------------------------------------------------------------------------

async function validate(argv, lang, modules, io) {
  const { options, inputs: paths } = parseArguments(argv, lang, ['--lang', '--from']);
  if (paths.length === 0) throw new UserError(say(lang, 'needInput'));
  const inputs = await readInputs(paths, lang, io);
  const format = formatOf(inputs[0], options.from, lang, modules.adapters);
  const { feed, problems } = convertInputs(inputs, format, options, modules);
  if (feed === null && !problems.some((problem) => problem.severity === 'error')) {
    problems.push({ severity: 'error', path: '', message: { fr: say('fr', 'notFeed', paths[0]), en: say('en', 'notFeed', paths[0]) } });
  }
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ valid: errors === 0, format, problems }, null, 2)}\n`);
  } else {
    for (const problem of problems) io.stdout.write(`${problemLine(problem, lang)}\n`);
    io.stdout.write(`${problems.length === 0 ? say(lang, 'valid') : say(lang, 'summary', errors, problems.length - errors)}\n`);
  }
  return errors === 0 ? 0 : 1;
}

function problemLine(problem, lang) {
  const where = [];
  if (problem.source !== undefined) where.push(problem.source);
  if (problem.row !== undefined) where.push(lang === 'en' ? `row ${problem.row}` : `ligne ${problem.row}`);
  if (problem.column !== undefined) where.push(lang === 'en' ? `column ${problem.column}` : `colonne ${problem.column}`);
  if (problem.path) where.push(problem.path);
  const severity = say(lang, problem.severity === 'error' ? 'error' : 'warning');
  return `${severity.padEnd(lang === 'en' ? 7 : 13)} ${where.join(', ')}${where.length > 0 ? (lang === 'en' ? ': ' : ' : ') : ''}${problem.message[lang === 'en' ? 'en' : 'fr']}`;
}

async function convert(argv, lang, modules, io) {
  const { options, inputs: paths } = parseArguments(argv, lang, ['--lang', '--from', '--title']);
  if (paths.length === 0) throw new UserError(say(lang, 'needInput'));
  const inputs = await readInputs(paths, lang, io);
  const format = formatOf(inputs[0], options.from, lang, modules.adapters);
  const { feed, problems } = convertInputs(inputs, format, options, modules);
  for (const problem of problems) io.stderr.write(`${problemLine(problem, lang)}\n`);
  if (feed === null) return 1;
  io.stdout.write(`${JSON.stringify(feed, null, 2)}\n`);
  return 0;
}

async function merge(argv, lang, modules, io) {
  const { inputs: paths } = parseArguments(argv, lang, ['--lang']);
  if (paths.length === 0) throw new UserError(say(lang, 'needInput'));
  const feeds = [];
  // A feed that cannot be read tonight must not empty the commune's merged feed: the others still go.
  for (const [index, path] of paths.entries()) {
    if (paths.length > 1) io.stderr.write(`${say(lang, 'reading', path, index + 1, paths.length)}\n`);
    let input;
    let format;
    try {
      input = await readInput(path, lang, io);
      format = /^\s*[{[]/.test(input.text) ? (modules.adapters.detectFormat(input.text) === 'unknown' ? 'maillage' : modules.adapters.detectFormat(input.text)) : formatOf(input, undefined, lang, modules.adapters);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      io.stderr.write(`${error.message}\n`);
      continue;
    }
    const { feed, problems } = convertInputs([input], format, {}, modules);
    for (const problem of problems.filter((p) => p.severity === 'error')) io.stderr.write(`${problemLine({ source: input.path, ...problem }, lang)}\n`);
    if (feed === null) io.stderr.write(`${say(lang, 'notFeed', input.path)}\n`);
    else feeds.push({ source: input.path, feed });
  }
  if (feeds.length === 0) return 1;
  io.stdout.write(`${JSON.stringify(modules.feed.mergeFeeds(feeds), null, 2)}\n`);
  return feeds.length === paths.length ? 0 : 1;
}

async function exportFeed(argv, lang, modules, io) {
  const { options, inputs: paths } = parseArguments(argv, lang, ['--lang', '--to']);
  if (!TO.includes(options.to)) throw new UserError(say(lang, 'badTo', options.to ?? ''));
  if (paths.length !== 1) throw new UserError(say(lang, paths.length === 0 ? 'needInput' : 'oneInput'));
  const [input] = await readInputs(paths, lang, io);
  const { feed, problems } = modules.feed.parseFeedText(input.text, { source: input.path });
  if (feed === null) {
    for (const problem of problems) io.stderr.write(`${problemLine(problem, lang)}\n`);
    throw new UserError(say(lang, 'notFeed', input.path), 1);
  }
  const exportLang = options.lang ?? feed.language;
  const { adapters } = modules;
  const output = {
    ics: () => adapters.feedToIcs(feed, { lang: exportLang }),
    jsonld: () => `${JSON.stringify(adapters.feedToJsonLd(feed, { lang: exportLang }), null, 2)}\n`,
    geojson: () => `${JSON.stringify(adapters.feedToGeoJson(feed, { lang: exportLang }), null, 2)}\n`,
    rss: () => adapters.feedToRss(feed, { lang: exportLang }),
  }[options.to]();
  io.stdout.write(output);
  return 0;
}
