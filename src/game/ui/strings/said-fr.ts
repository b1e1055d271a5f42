/**
 * French words for the engine's records (see said-en.ts). French typography: a no-break space
 * before : ; ? ! and inside « »; an item is a « question », a side a « camp ».
 */
// Not the engine's index: it would bring the whole engine (zod too) into the first chunk.
import { DIFFICULTIES } from '../../../engine/scenario/difficulties.ts';
import { STRATEGIES } from '../../../engine/strategy/registry.ts';
import type { SaidWords, StrategyNames } from './said-names.ts';

const et = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} et ${xs[xs.length - 1]}`);
const g = (x: string) => `« ${x} »`;
const tours = (n: number) => (n <= 1 ? `${n} tour` : `${n} tours`);

export const frSaid: SaidWords = {
  'move.propose': (p, n) =>
    `${n.side(p.side)} propose : ${n
      .package(p.options)
      .map(([i, o]) => `${i} : ${o}`)
      .join(' ; ')}.`,
  'move.accept': (p, n) => `${n.side(p.side)} accepte la proposition sur la table.`,
  'move.agreeItem': (p, n) => `${n.side(p.side)} donne un accord provisoire sur ${g(n.item(p.item))}.`,
  'move.reopenItem': (p, n) => `${n.side(p.side)} rouvre ${g(n.item(p.item))}, qui avait fait l’objet d’un accord provisoire.`,
  'move.proposeTrade': (p, n) =>
    `${n.side(p.side)} propose un échange : ${g(n.option(p.give.item, p.give.option))} sur ${g(n.item(p.give.item))} si l’autre camp accepte ${g(n.option(p.want.item, p.want.option))} sur ${g(n.item(p.want.item))}.`,
  'move.acceptTrade': (p, n) => `${n.side(p.side)} accepte l’échange.`,
  'move.statePriority': (p, n) => `${n.side(p.side)} dit que ${g(n.item(p.item))} est ce qui compte le plus pour son camp.`,
  'move.askPriority': (p, n) => `${n.side(p.side)} demande ce qui compte le plus pour l’autre camp.`,
  'move.pass': (p, n) => `${n.side(p.side)} passe son tour.`,
  'move.walkAway': (p, n) => `${n.side(p.side)} quitte les négociations.`,
  'move.answers': (p, n) => `${n.side(p.side)} répond.`,
  news: (p, n) => `${n.event(p.event).title} : ${n.event(p.event).text}`,

  'reason.walkOut': (p) => `Nous quittons la table. Notre confiance en vous est tombée à ${p.trust} sur 100 ; nous ne pouvons pas compter sur ce qui serait convenu ici.`,
  'reason.accepted': (p) => `Nous acceptons. Cet ensemble vaut ${p.value} points pour nous, plus que ce qu’il nous faut maintenant, et mieux que de partir (${p.walkAway}).`,
  'reason.partialAccepted': (p, n) =>
    `Nous pouvons nous entendre sur ${et(p.items.map((i) => g(n.item(i))))} pour l’instant, si le reste de l’ensemble suit. Rien n’est conclu tant que tout n’est pas conclu.`,
  'reason.tradeAccepted': (p, n) =>
    `D’accord : ${g(n.item(p.give.item))} à ${g(n.option(p.give.item, p.give.option))} contre ${g(n.item(p.want.item))} à ${g(n.option(p.want.item, p.want.option))}. Si le reste se règle bien, il nous reste ${p.value} points.`,
  'reason.nothingToOffer': (p) => `Nous n’avons rien de nouveau à proposer ce tour-ci ; il reste ${tours(p.roundsLeft)}.`,
  'reason.declinedTrade': (p) => `Cet échange ne nous convient pas : avec lui, nous ne pourrions pas atteindre les ${p.target} points qu’il nous faut à ce stade.`,
  'reason.redLine': (p, n) => `${g(n.option(p.item, p.option))} sur ${g(n.item(p.item))} franchit notre ligne rouge. ${n.redLine(p.side, p.item)}`.trim(),
  'reason.tableValue': (p) => `Votre proposition vaut ${p.value} points pour nous ; à ce stade, il nous en faut environ ${p.target}.`,
  'reason.stickingPoint': (p, n) => `Le point de blocage, c’est ${g(n.item(p.item))}.`,
  'reason.partialTooLittle': (p) => `Votre offre partielle nous laisse trop peu une fois le reste complété : il nous faut environ ${p.target} points.`,
  'reason.agreeAsProposed': (p, n) => `Nous pouvons accepter ${et(p.items.map((i) => g(n.item(i))))} comme vous le proposez.`,
  'reason.counterValue': (p) => `Nous proposons un ensemble qui vaut ${p.value} points pour nous.`,
  'reason.mirror': () => 'Nous ferons autant de chemin que vous.',
  'reason.canWait': (p) => `Nous pouvons attendre : il reste ${tours(p.roundsLeft)} avant l’échéance.`,
  'reason.timeAlmostUp': () => 'Le temps est presque écoulé.',
  'reason.priorityWithheld': () => 'Nous préférons ne pas encore dévoiler notre jeu : la confiance entre nous est encore trop faible.',
  'reason.priorityTop': (p, n) => `Franchement, ${g(n.item(p.item))} est ce qui compte le plus pour nous.`,

  'outcome.agreement': () => 'Toutes les questions sont réglées.',
  'outcome.partial': (p) => `L’échéance est arrivée avec ${p.agreed} question${p.agreed > 1 ? 's' : ''} réglée${p.agreed > 1 ? 's' : ''} sur ${p.total} ; la déclaration partielle les couvre.`,
  'outcome.breakdown': (_p, n) => `L’échéance est arrivée (${n.deadline()}) sans accord complet : chaque camp se rabat sur sa solution de repli.`,
  'outcome.walkout': (p, n) => `${n.side(p.side)} a quitté les négociations.`,

  'refusal.talksOver': () => 'les négociations sont terminées',
  'refusal.proposalLength': (p) => `une proposition comporte une entrée par question (${p.items})`,
  'refusal.noSuchOption': (p, n) => `la question ${g(n.item(p.item))} n’a pas d’option ${p.option}`,
  'refusal.tentativeItem': (p, n) => `${g(n.item(p.item))} fait l’objet d’un accord provisoire ; rouvrez-la avant de proposer autre chose`,
  'refusal.coversNothing': () => 'la proposition ne couvre aucune question ouverte',
  'refusal.nothingToAccept': () => 'l’autre camp n’a fait aucune proposition à accepter',
  'refusal.noSuchItem': () => 'cette question n’existe pas',
  'refusal.alreadyTentative': (p, n) => `${g(n.item(p.item))} fait déjà l’objet d’un accord provisoire`,
  'refusal.nothingToAgree': (p, n) => `l’autre camp n’a rien proposé sur ${g(n.item(p.item))} à quoi donner votre accord`,
  'refusal.notTentative': (p, n) => `${g(n.item(p.item))} ne fait pas l’objet d’un accord provisoire`,
  'refusal.tradeTwoItems': () => 'un échange porte sur deux questions',
  'refusal.tradeSameItem': () => 'un échange relie deux questions différentes',
  'refusal.tradeOptions': () => 'un échange nomme une option sur chaque question',
  'refusal.tradeTentative': (p, n) => `${g(n.item(p.item))} fait l’objet d’un accord provisoire ; rouvrez-la d’abord`,
  'refusal.nothingToTrade': () => 'l’autre camp n’a proposé aucun échange à accepter',
  'refusal.alreadyStated': () => 'vous avez déjà indiqué une priorité ce tour-ci',
  'refusal.alreadyAsked': () => 'vous avez déjà posé la question ce tour-ci',
  'refusal.unknownMove': (p) => `coup inconnu ${g(p.type)}`,
  'refusal.notYourTurn': () => 'ce n’est pas votre tour',
  'refusal.unknownItemId': (p) => `aucune question ${g(p.id)}`,
  'refusal.unknownOptionId': (p) => `la question ${g(p.item)} n’a pas d’option ${g(p.id)}`,
  'refusal.proposalNamesOptions': () => 'une proposition nomme une option pour chaque question qu’elle couvre',
  'refusal.tradeNamesChoices': () => 'un échange nomme une question et une option de chaque côté',

  'setup.seedAndPlayers': () => 'une partie demande une graine et un joueur pour chaque camp',
  'setup.rounds': (p) => `le nombre de tours doit être un nombre entier de ${p.min} à ${p.max}`,
  'setup.playerKind': () => `chaque joueur est ${g('human')} ou ${g('computer')}`,
  'setup.unknownStrategy': (p) => `aucune stratégie ${g(p.value)} ; valeurs possibles : ${STRATEGIES.join(', ')}`,
  'setup.unknownDifficulty': (p) => `aucune difficulté ${g(p.value)} ; valeurs possibles : ${DIFFICULTIES.join(', ')}`,
  'setup.unknownPersonality': (p, n) => `aucune personnalité ${g(p.value)} ; valeurs possibles : ${n.personalityIds().join(', ')}`,
  'setup.namesPair': () => 'les noms vont par paire, un par camp (null s’il n’y en a pas)',
  'setup.nameText': () => 'un nom de joueur est du texte',
  'setup.nameSpaces': () => 'un nom de joueur n’est pas vide et ne commence ni ne finit par une espace (null pour aucun nom)',
  'setup.nameLength': (p) => `un nom de joueur compte au plus ${p.max} caractères`,
  'setup.nameControl': () => 'un nom de joueur ne peut contenir ni caractère de contrôle ni retour à la ligne',
  'setup.nameForHuman': () => 'seul un camp joué par une personne peut avoir un nom de joueur',
  'setup.session': () => 'un identifiant de séance compte huit chiffres hexadécimaux',
  'setup.nameDirection': () => 'un nom de joueur ne peut contenir de caractères de direction (ils inversent le texte autour)',
  'setup.seedDirection': () => 'une graine ne peut contenir de caractères de direction (ils inversent le texte autour)',
  'refusal.noSuchEvent': (p) => `le scénario n’a pas d’événement ${g(p.event)}`,
  'refusal.noSuchSide': () => 'un camp vaut 0 ou 1',
  'refusal.takeoverNotComputer': () => 'seul un joueur ordinateur peut prendre la place d’un camp',
  'refusal.talksNotOpen': () => 'les négociations ne sont pas encore ouvertes',
  'refusal.noTable': () => 'vous n’avez pas encore de table',
  'refusal.classPaused': () => 'l’enseignant a mis la classe en pause',
  'setup.clock': (p) => `la limite de temps par tour doit être un nombre entier de secondes de ${p.min} à ${p.max}`,
  'setup.seat': (p) => `le numéro de place doit être un nombre entier de ${p.min} à ${p.max}`,
  'refusal.logFull': (p) => `cette partie a atteint le plus grand nombre de coups qu’une partie peut contenir (${p.max}) : quittez la table pour la finir`,
  'reason.stonewallForgive': (p) => `Vous n'avez pas fait un pas vers nous depuis ${p.turns} tours. Nous continuons à céder du terrain, mais un accord demande que nous bougions tous les deux.`,
  'reason.stonewallPatience': (p) =>
    `Vous n'avez pas fait un pas vers nous depuis ${p.turns} tours. Sans geste de votre part, nous ne descendrons pas sous ${p.floor} points, une part équitable des gains, et notre patience s'épuise : ${p.risk} chances sur 100 que nous partions la prochaine fois.`,
  'reason.stonewallWarning': (p) =>
    `Vous n'avez pas fait un pas vers nous depuis ${p.turns} tours. Nous ne descendrons pas sous ${p.floor} points, une part équitable des gains. Si vous ne bougez pas à votre prochain tour, nous quittons la table.`,
  'reason.stonewallLeave': (p) => `Vous n'avez pas fait un pas vers nous depuis ${p.turns} tours, comme nous vous en avions avertis. Nous quittons la table.`,
  'reason.reopenPackage': (p, n) => `Nous n'avons accepté ${g(n.item(p.item))} que dans le cadre d'un accord d'ensemble ; en l'état du reste, nous devons le rouvrir.`,
  'reason.betterForBoth': (p) => `Votre proposition vaut ${p.yours} points pour nous et nous pourrions l'accepter, mais celle-ci devrait vous convenir au moins autant et nous donne ${p.ours}.`,
  'change.trustConceded': (p, n) => `Confiance de ${n.side(p.side)} : ${p.from} % → ${p.to} %, car cette offre lui donne plus que la précédente.`,
  'change.trustTookBack': (p, n) => `Confiance de ${n.side(p.side)} : ${p.from} % → ${p.to} %, car cette offre revient en arrière sur ${g(n.item(p.item))} : elle lui donne moins que la précédente.`,
  'change.trustAccepted': (p, n) => `Confiance de ${n.side(p.side)} : ${p.from} % → ${p.to} %, car sa proposition a été acceptée.`,
  'change.trustReopened': (p, n) => `Confiance de ${n.side(p.side)} : ${p.from} % → ${p.to} %, car ${g(n.item(p.item))} a été rouvert après avoir été accepté.`,
  'change.trustTrade': (p, n) => `Confiance de ${n.side(p.side)} : ${p.from} % → ${p.to} %, car un échange a été conclu.`,
  'change.newsTrust': (p, n) => `Confiance de ${n.side(p.side)} : ${p.from} % → ${p.to} %, après la nouvelle (${n.event(p.event).title}).`,
  'change.newsValue': (p, n) => `Pour ${n.side(p.side)}, « ${n.option(p.item, p.option)} » (${n.item(p.item)}) : ${p.from} → ${p.to} points.`,
  'change.newsWalkAway': (p, n) => `Solution de repli de ${n.side(p.side)} : ${p.from} → ${p.to} points.`,
  'change.needRoseTrust': (p) => `Il nous faut désormais environ ${p.to} points, et non ${p.from} : notre confiance en vous est passée de ${p.trustFrom} % à ${p.trustTo} %.`,
  'change.needRoseNews': (p, n) => `Il nous faut désormais environ ${p.to} points, et non ${p.from} : la nouvelle (${n.event(p.event).title}) a changé ce que valent les options pour nous.`,
  'change.needRoseFirm': (p) => `Il nous faut désormais environ ${p.to} points, et non ${p.from} : vous n’avez pas fait un pas vers nous.`,
};

export const frStrategyNames: StrategyNames = {
  hardliner: 'Intransigeant',
  boulware: 'Boulware (tient bon jusqu’à la fin)',
  linear: 'Régulier (concède pas à pas)',
  conceder: 'Conciliant (cède tôt)',
  'tit-for-tat': 'Donnant-donnant (imite vos coups)',
  logroller: 'Marchandeur (échange d’une question à l’autre)',
};
