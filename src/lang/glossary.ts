/**
 * Everyday English news words and their German counterparts, so an English question can
 * find a German article. Names and numbers need no entry: they are written alike.
 */
const GLOSSARY: Record<string, string> = {
  ally: 'Alliierte Verbündete', allies: 'Alliierte Verbündete', alliance: 'Bündnis Allianz', aid: 'Hilfe Unterstützung',
  help: 'Hilfe helfen', support: 'Unterstützung unterstützen', military: 'militärisch Militär', army: 'Armee Heer',
  weapon: 'Waffe', weapons: 'Waffen', war: 'Krieg', peace: 'Frieden', ceasefire: 'Waffenstillstand', truce: 'Waffenstillstand',
  money: 'Geld', billion: 'Milliarden', billions: 'Milliarden', million: 'Millionen', millions: 'Millionen', thousand: 'Tausend',
  euro: 'Euro', euros: 'Euro', dollar: 'Dollar', dollars: 'Dollar', percent: 'Prozent', year: 'Jahr', years: 'Jahre',
  month: 'Monat', months: 'Monate', week: 'Woche', day: 'Tag', days: 'Tage', quarter: 'Quartal', century: 'Jahrhundert',
  first: 'erste ersten', second: 'zweite', third: 'dritte', last: 'letzte vergangenen', next: 'nächste', new: 'neu neue',
  old: 'alt ehemalig', former: 'ehemalig ehemaligen früher', president: 'Präsident', chancellor: 'Kanzler', minister: 'Minister',
  ministers: 'Minister', foreign: 'Außen ausländisch', defense: 'Verteidigung', defence: 'Verteidigung', security: 'Sicherheit',
  secretary: 'Sekretär', general: 'General', leader: 'Führer Chef Leitung', head: 'Chef Leiter', chief: 'Chef',
  government: 'Regierung', state: 'Staat', states: 'Staaten', united: 'Vereinigte vereint', kingdom: 'Königreich',
  country: 'Land', countries: 'Länder Nationen', nation: 'Nation', nations: 'Nationen', city: 'Stadt', capital: 'Hauptstadt',
  headquarters: 'Hauptquartier Sitz', meeting: 'Treffen Sitzung', summit: 'Gipfel', conference: 'Konferenz',
  press: 'Presse', talks: 'Gespräche Verhandlungen', negotiations: 'Verhandlungen', negotiation: 'Verhandlung',
  agreement: 'Abkommen Vereinbarung', treaty: 'Vertrag', threat: 'Bedrohung', attack: 'Angriff angegriffen', attacked: 'angegriffen',
  forces: 'Streitkräfte Kräfte', troops: 'Truppen', soldiers: 'Soldaten', russian: 'russisch russischen', russia: 'Russland',
  ukraine: 'Ukraine', ukrainian: 'ukrainisch', american: 'amerikanisch', america: 'Amerika USA', us: 'USA', usa: 'USA',
  european: 'europäisch europäische', europe: 'Europa', germany: 'Deutschland', german: 'deutsch', france: 'Frankreich',
  french: 'französisch', britain: 'Großbritannien', british: 'britisch', uk: 'Königreich', netherlands: 'Niederlande',
  hague: 'Haag', brussels: 'Brüssel', spending: 'Ausgaben', spend: 'ausgeben Ausgaben', expenses: 'Ausgaben',
  budget: 'Budget Haushalt', increase: 'erhöhen Erhöhung steigern', increased: 'erhöht gestiegen', raise: 'erhöhen',
  decrease: 'verringern Reduzierung', reduce: 'reduzieren Reduzierung kürzen', reduction: 'Reduzierung Kürzung',
  cut: 'Kürzung kürzen', cuts: 'Kürzungen', goal: 'Ziel', goals: 'Ziele', target: 'Ziel Zielvorgabe', targets: 'Zielvorgaben Ziele',
  plan: 'Plan planen', planned: 'geplant', announce: 'ankündigen', announced: 'angekündigt', announcement: 'Ankündigung',
  confirm: 'bestätigen', confirmed: 'bestätigt', promise: 'zusagen versprechen', promised: 'zugesagt versprochen',
  pledge: 'Zusage zusagen', pledged: 'zugesagt', provide: 'bereitstellen liefern', provided: 'bereitgestellt geliefert',
  deliver: 'liefern', delivered: 'geliefert', mobilize: 'mobilisieren', mobilized: 'mobilisiert', coordinate: 'koordinieren',
  coordination: 'Koordinierung Koordination', concern: 'Sorge Bedenken', concerns: 'Bedenken Sorgen', worry: 'Sorge',
  guarantee: 'Garantie', guarantees: 'Garantien', effort: 'Bemühung', efforts: 'Bemühungen', role: 'Rolle', thank: 'danken',
  thanked: 'dankte', praise: 'loben', praised: 'lobte', stress: 'betonen', stressed: 'betonte', emphasize: 'betonen',
  emphasized: 'betonte', commitment: 'Engagement Verpflichtung', committed: 'verpflichtet', partner: 'Partner', partners: 'Partner',
  power: 'Macht', election: 'Wahl', elections: 'Wahlen', vote: 'Abstimmung Stimme', law: 'Gesetz', court: 'Gericht',
  police: 'Polizei', company: 'Unternehmen Firma', companies: 'Unternehmen', market: 'Markt', price: 'Preis', prices: 'Preise',
  cost: 'Kosten', costs: 'Kosten', tax: 'Steuer', taxes: 'Steuern', bank: 'Bank', economy: 'Wirtschaft', economic: 'wirtschaftlich',
  trade: 'Handel', energy: 'Energie', oil: 'Öl', gas: 'Gas', water: 'Wasser', school: 'Schule', university: 'Universität',
  student: 'Student', students: 'Studenten', people: 'Menschen Leute', population: 'Bevölkerung', children: 'Kinder',
  child: 'Kind', women: 'Frauen', men: 'Männer', family: 'Familie', church: 'Kirche', king: 'König', queen: 'Königin',
  emperor: 'Kaiser', empire: 'Reich', river: 'Fluss', sea: 'Meer', island: 'Insel', mountain: 'Berg', north: 'Nord Norden',
  south: 'Süd Süden', east: 'Ost Osten', west: 'West Westen', world: 'Welt', largest: 'größte', biggest: 'größte',
  large: 'groß', big: 'groß', small: 'klein', high: 'hoch', highest: 'höchste', long: 'lang', longest: 'längste',
  game: 'Spiel', games: 'Spiele', team: 'Mannschaft Team', season: 'Saison Spielzeit', player: 'Spieler', players: 'Spieler',
  win: 'gewinnen Sieg', won: 'gewann gewonnen', lose: 'verlieren', lost: 'verlor verloren', score: 'Punkte', points: 'Punkte',
  named: 'benannt genannt', called: 'genannt heißt', name: 'Name', built: 'gebaut errichtet', founded: 'gegründet',
  born: 'geboren', died: 'starb gestorben', death: 'Tod', began: 'begann', begin: 'beginnen', start: 'Beginn Start',
  started: 'begann gestartet', end: 'Ende', ended: 'endete', used: 'verwendet genutzt', use: 'Nutzung verwenden',
  known: 'bekannt', important: 'wichtig', reason: 'Grund', cause: 'Ursache', result: 'Ergebnis', problem: 'Problem',
  system: 'System', disease: 'Krankheit', doctor: 'Arzt', hospital: 'Krankenhaus', health: 'Gesundheit', air: 'Luft',
  weather: 'Wetter', climate: 'Klima', temperature: 'Temperatur', area: 'Fläche Gebiet', region: 'Region', border: 'Grenze',
  language: 'Sprache', languages: 'Sprachen', history: 'Geschichte', time: 'Zeit', period: 'Zeitraum Periode',
  share: 'Anteil', total: 'insgesamt gesamt', amount: 'Betrag Höhe', number: 'Zahl Anzahl', average: 'Durchschnitt',
  question: 'Frage', answer: 'Antwort', report: 'Bericht berichtet', reported: 'berichtet', news: 'Nachrichten',
  pressconference: 'Pressekonferenz', secretarygeneral: 'Generalsekretär',
};

const PHRASES: Array<[RegExp, string]> = [
  [/\bpress conference\b/gi, 'pressconference'],
  [/\bsecretary[- ]general\b/gi, 'secretarygeneral'],
  [/\bunited states\b/gi, 'USA'],
  [/\bunited kingdom\b/gi, 'Vereinigte Königreich'],
];

/** Joins English set phrases into single glossary words before tokenising. */
export function joinEnglishPhrases(text: string): string {
  return PHRASES.reduce((result, [pattern, joined]) => result.replace(pattern, joined), text);
}

/** The German words for an English word, or `undefined` when the glossary has none. */
export function translateToGerman(word: string): string[] | undefined {
  const lower = word.toLowerCase();
  const entry = GLOSSARY[lower] ?? (lower.endsWith('s') ? GLOSSARY[lower.slice(0, -1)] : undefined);
  return entry?.split(' ');
}
