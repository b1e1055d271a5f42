/**
 * The engine's reasons, in French. The engine words why a code, a log or a session code is refused
 * in English (its verification reasons are shared with the command line); the teacher page shows
 * them in its own language through this table: each English reason, matched whole, and its French.
 * A reason no line here knows (a newer engine's) shows in English rather than not at all.
 */
type Line = [RegExp, (...m: string[]) => string];

const SECTIONS: Line[] = [
  [/^the order of the sides, items, events or counterparts$/, () => 'l’ordre des camps, des questions, des événements ou des adversaires'],
  [/^the rules \(deadline, opener, partial statements\)$/, () => 'les règles (échéance, ouverture, déclarations partielles)'],
  [/^side "(.*)" \(its priorities, walk-away or red lines\)$/s, (id) => `le camp « ${id} » (ses priorités, sa solution de repli ou ses lignes rouges)`],
  [/^item "(.*)" \(its options, values or effects\)$/s, (id) => `la question « ${id} » (ses options, ses valeurs ou ses effets)`],
  [/^the list of third parties$/, () => 'la liste des tiers'],
  [/^event "(.*)" \(its chance, trigger or effects\)$/s, (id) => `l’événement « ${id} » (sa probabilité, son déclencheur ou ses effets)`],
  [/^counterpart "(.*)" \(its strategy or settings\)$/s, (id) => `l’adversaire « ${id} » (sa stratégie ou ses réglages)`],
  [/^something was removed \(an item, an event or a counterpart\)$/, () => 'quelque chose a été retiré (une question, un événement ou un adversaire)'],
];

/** What changed in a scenario ("changed since: a; b"), part by part. */
function change(words: string): string {
  if (words === 'its play data (values, rules or events) changed') return 'ses données de jeu (valeurs, règles ou événements) ont changé';
  if (words === 'its play data changed') return 'ses données de jeu ont changé';
  const parts = /^changed since: (.*)$/s.exec(words);
  if (!parts) return words;
  return `changé depuis : ${parts[1]
    .split('; ')
    .map((p) => match(SECTIONS, p) ?? p)
    .join(' ; ')}`;
}

const REASONS: Line[] = [
  // Result codes (engine/log/result-code.ts, engine/class/class-results.ts).
  [/^a result code is text$/, () => 'un code de résultat est du texte'],
  [/^this is far longer than any result code \((\d+) characters\)$/, (n) => `c’est bien plus long que tout code de résultat (${n} caractères)`],
  [/^this is not a Summit result code \(they start with "S"\)$/, () => 'ce n’est pas un code de résultat Summit (ils commencent par « S »)'],
  [/^the code contains characters no result code uses — check for a typo$/, () => 'le code contient des caractères qu’aucun code de résultat n’utilise — vérifiez la saisie'],
  [/^the code is too short: part of it is missing$/, () => 'le code est trop court : il en manque une partie'],
  [/^the code does not check out: a character is mistyped, missing or changed$/, () => 'le code n’est pas valide : un caractère est mal tapé, manquant ou modifié'],
  [
    /^this code was made by an earlier version of Summit \(result code version (\d+)\), .*$/s,
    (v) =>
      `ce code vient d’une version antérieure de Summit (version de code ${v}), dont cette version ne peut pas vérifier les parties : les nouvelles et l’enregistrement d’une partie ont changé depuis`,
  ],
  [/^result code version (\d+) is not supported by this version of Summit$/, (v) => `la version de code de résultat ${v} n’est pas prise en charge par cette version de Summit`],
  [/^the code is cut short$/, () => 'le code est tronqué'],
  [/^the code is for scenario "(.*)", not "(.*)"$/s, (a, b) => `le code est pour le scénario « ${a} », pas « ${b} »`],
  [/^the code is for scenario "(.*)", which this page does not have$/s, (a) => `le code est pour le scénario « ${a} », que cette page n’a pas`],
  [
    /^the code was played on another version of "(.*)", whose rules or numbers differ: (.*)$/s,
    (id, what) => `le code a été joué sur une autre version de « ${id} », aux règles ou aux chiffres différents : ${change(what)}`,
  ],
  [/^the code is damaged: it claims more moves than it holds$/, () => 'le code est endommagé : il annonce plus de coups qu’il n’en contient'],
  [/^the code is damaged: a move cannot be read$/, () => 'le code est endommagé : un coup est illisible'],
  [/^the code is damaged: its ending cannot be read$/, () => 'le code est endommagé : sa fin est illisible'],
  [/^the game was not finished$/, () => 'la partie n’était pas terminée'],
  // Game logs (engine/log/game-log.ts).
  [/^this is not a Summit game log$/, () => 'ce n’est pas un journal de partie Summit'],
  [
    /^the log holds (\d+) events, more than a game can make \((\d+)\): it was not made by Summit$/,
    (n, max) => `le journal contient ${n} événements, plus qu’une partie n’en produit (${max}) : il ne vient pas de Summit`,
  ],
  [/^the log is damaged: event (\d+) is not a move of the game$/, (k) => `le journal est endommagé : l’événement ${k} n’est pas un coup de la partie`],
  [/^this is not a Summit game log: it has no log format$/, () => 'ce n’est pas un journal de partie Summit : il n’a pas de format de journal'],
  [
    /^this game was saved by an earlier version of Summit \(log format 1\), .*$/s,
    () =>
      'cette partie a été enregistrée par une version antérieure de Summit (format de journal 1), dont cette version ne peut pas vérifier les parties : les nouvelles et l’enregistrement d’une partie ont changé depuis',
  ],
  [/^log format (.*) is not supported \(expected (.*)\)$/, (a, b) => `le format de journal ${a} n’est pas pris en charge (attendu : ${b})`],
  [/^this is not a Summit game log: it does not say how the game ended$/, () => 'ce n’est pas un journal de partie Summit : il ne dit pas comment la partie s’est terminée'],
  [/^the log does not say which scenario it was played on$/, () => 'le journal ne dit pas sur quel scénario la partie a été jouée'],
  [/^the log is for scenario "(.*)", not "(.*)"$/s, (a, b) => `le journal est pour le scénario « ${a} », pas « ${b} »`],
  [
    /^the game was played on another version of "(.*)", whose rules or numbers differ: (.*)$/s,
    (id, what) => `la partie a été jouée sur une autre version de « ${id} », aux règles ou aux chiffres différents : ${change(what)}`,
  ],
  [/^the log has been altered: its checksum does not match its contents$/, () => 'le journal a été modifié : sa somme de contrôle ne correspond pas à son contenu'],
  [/^the log is damaged: one of its moves cannot be replayed$/, () => 'le journal est endommagé : l’un de ses coups ne peut pas être rejoué'],
  [
    /^the replay does not reproduce the logged result \(it was played on engine (.*), whose computer counterpart played differently; this is engine (.*)\)$/s,
    (a, b) => `la partie rejouée ne redonne pas le résultat enregistré (elle a été jouée avec le moteur ${a}, dont l’adversaire ordinateur jouait autrement ; ceci est le moteur ${b})`,
  ],
  [/^the replay does not reproduce the logged result$/, () => 'la partie rejouée ne redonne pas le résultat enregistré'],
  // Session codes (engine/session/class-session.ts).
  [/^this is not a Summit session code$/, () => 'ce n’est pas un code de séance Summit'],
  [/^this is not a Summit session code \(they start with "C"\)$/, () => 'ce n’est pas un code de séance Summit (ils commencent par « C »)'],
  [/^the session code is incomplete or contains characters codes never use$/, () => 'le code de séance est incomplet ou contient des caractères que les codes n’utilisent jamais'],
  [/^the session code does not check out: a character is mistyped or missing$/, () => 'le code de séance n’est pas valide : un caractère est mal tapé ou manquant'],
  [/^this session code comes from a newer version of Summit$/, () => 'ce code de séance vient d’une version plus récente de Summit'],
  [/^the session code is damaged$/, () => 'le code de séance est endommagé'],
  // The class server (server/live/class-room.ts).
  [/^the class settings are not valid$/, () => 'les réglages de la classe ne sont pas valides'],
  [/^there is no scenario "(.*)" on this server$/s, (id) => `il n’y a pas de scénario « ${id} » sur ce serveur`],
  [/^no such student$/, () => 'élève introuvable'],
  [/^that table is already negotiating$/, () => 'cette table négocie déjà'],
];

function match(lines: readonly Line[], text: string): string | null {
  for (const [re, words] of lines) {
    const m = re.exec(text);
    if (m) return words(...m.slice(1));
  }
  return null;
}

/** The engine's English reason in French; null when no line knows it. */
export function reasonFr(reason: string): string | null {
  return match(REASONS, reason);
}
