// The foundation's first terms of use, in French and English: the text members accept when they join and the
// base every later amendment changes. Plain language on purpose, so that everyone can read them
// (docs/domain/terms.md#the-first-terms): short sentences, everyday words, "vous"/"you". Every body reads at
// 60 or more with our own formulas (Kandel–Moles, Flesch); first-terms.spec.ts holds the floor of the terms
// lint. The French is written as French, not translated word by word. The facts (thresholds, durations,
// rights) follow docs/domain/; where those pages are silent (age of members, mediation, language of
// reference) the choice made here is the careful default, for the members to amend.
import { type ArticleDraft } from '../document/types.js';

/** Paragraphs and lists of a Markdown body, separated by blank lines. */
const md = (...blocks: string[]): string => blocks.join('\n\n');
const bullets = (...items: string[]): string => items.map((item) => `- ${item}`).join('\n');
const steps = (...items: string[]): string => items.map((item, index) => `${index + 1}. ${item}`).join('\n');

export const FIRST_TERMS: readonly ArticleDraft[] = Object.freeze([
  {
    id: 'purpose',
    title: { fr: 'Ce qu’est LoveCanDo', en: 'What LoveCanDo is' },
    body: {
      fr: md(
        'LoveCanDo est une fondation qui appartient à ses membres. Elle ne cherche pas à faire de profit.',
        'Les membres mettent des données personnelles en commun. Ensemble, ils décident quels usages de ces données sont permis. Ils décident au grand jour, par des propositions et des votes.',
        'La fondation explique chaque usage qu’elle fait des données. Elle explique chaque algorithme qu’elle utilise. Ces conditions doivent être faciles à lire pour tout le monde.',
        'Vous gardez la main sur vos données. Vous pouvez les voir, les reprendre et partir à tout moment.',
      ),
      en: md(
        'LoveCanDo is a foundation owned by its members. It does not seek profit.',
        'Members put personal data in a shared pool. Together, they decide which uses of this data are allowed. They decide in the open, by proposals and votes.',
        'The foundation explains every use it makes of the data. It explains every algorithm it runs. These terms must be easy for everyone to read.',
        'You stay in charge of your own data. You can see it, take it back and leave at any time.',
      ),
    },
    summary: {
      fr: 'LoveCanDo est une fondation sans but lucratif, gérée par ses membres. Ensemble, ils décident de l’usage de leurs données.',
      en: 'LoveCanDo is a non-profit foundation run by its members. Together, they decide how their pooled data may be used.',
    },
  },
  {
    id: 'membership',
    title: { fr: 'Devenir membre', en: 'Becoming a member' },
    body: {
      fr: md(
        'Toute personne de 18 ans ou plus peut devenir membre. Il vous faut un compte à votre nom. Une personne ne peut avoir qu’un seul compte.',
        'Vous devenez membre quand vous créez votre compte et acceptez ces conditions. Vous pouvez alors :',
        bullets(
          'lire tout ce que la fondation publie ;',
          'faire des propositions, les soutenir et les commenter ;',
          'voter, ou confier votre voix à un autre membre ;',
          'choisir ce que vous permettez avec vos propres données.',
        ),
        'L’adhésion est personnelle. Personne d’autre ne peut utiliser votre compte ni voter à votre place.',
      ),
      en: md(
        'Any person aged 18 or over can become a member. You need an account in your own name. One person can have only one account.',
        'You become a member when you create your account and accept these terms. From then on, you can:',
        bullets(
          'read all that the foundation publishes;',
          'make proposals, support them and comment on them;',
          'vote, or give your vote to another member;',
          'choose what you allow with your own data.',
        ),
        'Membership is personal. No one else can use your account or vote for you.',
      ),
    },
    summary: {
      fr: 'Toute personne majeure peut adhérer avec un seul compte personnel, pour proposer, voter et régler ses choix.',
      en: 'Adults can join with one personal account, which lets them propose, vote and set their own data choices.',
    },
  },
  {
    id: 'leaving',
    title: { fr: 'Quitter la fondation', en: 'Leaving the foundation' },
    body: {
      fr: md(
        'Vous pouvez partir à tout moment, pour n’importe quelle raison. Vous n’avez pas à dire pourquoi.',
        'Quand vous partez, nous arrêtons tout nouvel usage de vos données. Vous pouvez aussi nous demander de supprimer votre compte. Voyez l’article sur vos droits.',
        'La fondation peut suspendre un membre qui ne respecte pas ces conditions, par exemple s’il crée de faux comptes. Nous lui disons pourquoi, et il peut répondre.',
        'Un membre suspendu peut toujours se connecter et lire. Ses droits sur ses données restent les mêmes. Il ne peut ni proposer, ni soutenir, ni voter pendant la suspension.',
      ),
      en: md(
        'You can leave at any time, for any reason. You do not have to say why.',
        'When you leave, we stop all new uses of your data. You can also ask us to delete your account. See the article on your rights.',
        'The foundation can suspend a member who breaks these terms, for example by making fake accounts. We tell them why, and they can reply.',
        'A suspended member can still sign in and read. Their rights over their data stay the same. They cannot propose, support or vote while they are suspended.',
      ),
    },
    summary: {
      fr: 'Vous partez quand vous voulez. Un membre qui enfreint les règles peut être suspendu, mais il garde l’accès à ses données.',
      en: 'You may go whenever you wish. Members who break the rules can be suspended, but they keep access to their data.',
    },
  },
  {
    id: 'pooled-data',
    title: { fr: 'Les données que vous mettez en commun', en: 'The data you pool' },
    body: {
      fr: md(
        'Vous choisissez les données que vous mettez en commun. Ce peut être, par exemple, votre nombre de pas, votre sommeil ou vos réponses à une enquête.',
        'Chaque type de donnée a un nom dans une liste publique. Certains types sont sensibles, au sens de la loi : santé, gènes, biométrie, opinions politiques, religion, vie sexuelle, origine ethnique et appartenance syndicale. Pour ceux-là, un usage demande toujours votre accord clair et exprès.',
        'Nous gardons vos données seulement le temps dont un usage permis a besoin. Chaque règle fixe cette durée.',
      ),
      en: md(
        'You choose the data you add to the pool. It can be, for example, your step count, your sleep or your answers to a survey.',
        'Each kind of data has a name in a public list. Some kinds are special in the eyes of the law: health, genes, biometrics, political views, religion, sex life, ethnic origin and union membership. For these, a use always needs your clear and explicit yes.',
        'We keep your data only as long as an allowed use needs it. Each rule sets this time limit.',
      ),
    },
    summary: {
      fr: 'Vous choisissez ce que vous partagez. Les données sensibles exigent votre accord exprès, et rien n’est gardé plus longtemps qu’une règle le permet.',
      en: 'You pick what you share. Special data is only used with your explicit yes, and nothing is kept longer than a rule allows.',
    },
  },
  {
    id: 'your-choices',
    title: { fr: 'Vos choix', en: 'Your choices' },
    body: {
      fr: md(
        'Certaines règles laissent le choix à chaque membre.',
        bullets(
          'Certains usages demandent d’abord votre oui. Sans lui, vos données ne sont pas utilisées.',
          'D’autres usages ont lieu, sauf si vous dites non.',
        ),
        'Les usages de données sensibles demandent toujours votre oui clair.',
        'Vous pouvez changer vos choix à tout moment depuis votre compte. Quand une règle change de façon importante, nous vous demandons de nouveau votre accord.',
        'Votre oui ne peut pas permettre ce que les membres ont refusé. Votre non compte toujours pour vos propres données.',
      ),
      en: md(
        'Some rules leave the choice to each member.',
        bullets(
          'Some uses need your yes first. Without it, your data is not used.',
          'Other uses go ahead unless you say no.',
        ),
        'Uses of special data always need your clear yes.',
        'You can change your choices at any time in your account. When a rule changes in a way that matters, we ask for your yes again.',
        'Your yes cannot allow what the members have refused. Your no always counts for your own data.',
      ),
    },
    summary: {
      fr: 'Quand une règle vous laisse le choix, vous dites oui ou non pour vos données, et vous pouvez changer d’avis à tout moment.',
      en: 'Where a rule lets you choose, you say yes or no for your own data, and you can change your mind at any time.',
    },
  },
  {
    id: 'withdrawal',
    title: { fr: 'Retirer votre accord et vos données', en: 'Withdrawing your consent and your data' },
    body: {
      fr: md(
        'Vous pouvez retirer votre accord, ou vos données, à tout moment. Cela se fait en une étape depuis votre compte.',
        'Le retrait arrête tout usage futur. Il n’efface pas un usage déjà fait, comme une statistique déjà publiée. Ces résultats ne contiennent aucune donnée qui permette de vous retrouver.',
        'Vous pouvez aussi vous opposer à un usage. Nous arrêtons alors d’utiliser vos données dans ce but.',
        'Aucun vote ne peut vous enlever le droit de retirer votre accord ou de vous opposer.',
      ),
      en: md(
        'You can withdraw your consent, or your data, at any time. It takes one step in your account.',
        'Withdrawal stops every future use. It does not undo a use that was already made, such as a statistic that was already published. Those results hold no data that can point to you.',
        'You can also object to a use. We then stop using your data for that purpose.',
        'No vote can take away your right to withdraw your consent or to object.',
      ),
    },
    summary: {
      fr: 'Un retrait arrête tous les usages futurs de vos données, et aucun vote ne peut supprimer ce droit.',
      en: 'Taking your consent back stops all later uses of your data, and no vote can ever remove that right.',
    },
  },
  {
    id: 'decisions',
    title: { fr: 'Comment les membres décident', en: 'How members decide' },
    body: {
      fr: md(
        'Tout membre peut écrire une proposition. Ce peut être une nouvelle règle sur l’usage des données, le changement d’une règle, ou un changement de ces conditions. Les autres membres peuvent proposer des amendements.',
        'Chaque proposition suit des étapes claires :',
        steps(
          'Le débat. Pendant au moins 14 jours, ou 21 pour la charte, les membres lisent, commentent et proposent des changements.',
          'Le soutien. Pour aller au vote, une proposition doit être soutenue par 2 % des membres actifs, ou 5 % pour la charte. Sans ce soutien, elle expire.',
          'La pause. Le texte est figé pendant 3 jours, pour que chacun lise la version finale.',
          'Le vote. Les membres votent pendant 7 jours, ou 14 jours pour la charte.',
          'Le contrôle. Le conseil vérifie le résultat, comme le dit l’article sur le conseil.',
        ),
        'Avant tout vote, la fondation montre ce que la proposition changerait : quels usages deviennent permis ou interdits, et combien de membres sont concernés.',
        'Les auteurs peuvent retirer leur proposition avant le vote.',
      ),
      en: md(
        'Any member can write a proposal. It can be a new rule on the use of data, a change to a rule, or a change to these terms. Other members can suggest amendments.',
        'Each proposal goes through clear steps:',
        steps(
          'Debate. For at least 14 days, or 21 for the charter, members read, comment and suggest changes.',
          'Support. To go to a vote, a proposal needs the support of 2 % of active members, or 5 % for the charter. Without it, the proposal expires.',
          'Pause. The text is frozen for 3 days, so that all can read the final version.',
          'Vote. Members vote for 7 days, or 14 days for the charter.',
          'Check. The board checks the result, as the article on the board says.',
        ),
        'Before anyone votes, the foundation shows what the proposal would change: which uses become allowed or denied, and how many members it would touch.',
        'The authors can withdraw their proposal before the vote.',
      ),
    },
    summary: {
      fr: 'Les membres proposent, débattent deux semaines, réunissent des soutiens puis votent. L’effet attendu est montré avant le vote.',
      en: 'Members propose, debate for two weeks, gather support, then vote. The likely effect is shown before the vote.',
    },
  },
  {
    id: 'voting',
    title: { fr: 'Le vote', en: 'Voting' },
    body: {
      fr: md(
        'Peuvent voter tous les membres actifs au moment où le vote s’ouvre. La liste des votants est fixée à ce moment.',
        'Vous avez un bulletin par proposition. Vous pouvez le changer jusqu’à la fin du vote. Seul votre dernier bulletin compte. Vous pouvez voter oui, non, ou vous abstenir.',
        'Vous pouvez confier votre voix à un autre membre, pour tous les sujets ou pour un seul. Si vous votez vous-même, votre vote passe toujours en premier. Qui confie sa voix à qui est public.',
        'Une proposition est adoptée quand deux conditions sont remplies :',
        bullets(
          'assez de membres ont voté : au moins 20 % de la liste, ou 30 % pour la charte ;',
          'assez de oui parmi les oui et les non : plus de la moitié pour une règle sur les données, plus des deux tiers pour ces conditions, plus des trois quarts pour la charte.',
        ),
        'Les abstentions comptent seulement pour la participation. Deux tiers tout juste ne suffisent pas.',
        'Quand plusieurs versions sont en concurrence, les membres les classent. La gagnante doit aussi battre le choix de ne rien changer.',
      ),
      en: md(
        'All members who are active when the vote opens can vote. The list of voters is fixed at that moment.',
        'You have one ballot per proposal. You can change it until the vote closes. Only your last ballot counts. You can vote yes, no, or abstain.',
        'You can give your vote to another member, for all topics or for one topic. If you vote yourself, your own vote always wins. Who gives their vote to whom is public.',
        'A proposal passes when two things are true:',
        bullets(
          'enough members voted: at least 20 % of the list, or 30 % for the charter;',
          'enough of the yes and no votes are yes: more than half for a rule on data, more than two thirds for these terms, more than three quarters for the charter.',
        ),
        'Abstentions count for turnout only. Exactly two thirds is not enough.',
        'When several versions compete, members rank them. The winner must also beat the choice to change nothing.',
      ),
    },
    summary: {
      fr: 'Vous votez oui, non ou blanc, et vous pouvez déléguer. Une proposition exige assez de votants et une nette majorité.',
      en: 'You vote yes, no or abstain, and you may delegate. A proposal needs both enough turnout and a clear majority.',
    },
  },
  {
    id: 'ratification',
    title: {
      fr: 'Le contrôle du conseil et l’entrée en vigueur',
      en: 'The board’s check, and when rules take effect',
    },
    body: {
      fr: md(
        'Quand les membres adoptent une proposition, le conseil a 10 jours pour la vérifier.',
        'Le conseil peut l’arrêter une seule fois, par un veto. Un veto demande la majorité du conseil et des raisons publiques. La proposition retourne alors au débat.',
        'Si les membres l’adoptent de nouveau, le conseil ne peut plus l’arrêter. Sans veto dans les 10 jours, la proposition est ratifiée.',
        'Elle entre alors en vigueur. Une règle sur les données devient une règle de consentement lisible par les machines. Tous les services doivent la suivre. Un changement de ces conditions devient une nouvelle version des conditions. Nous prévenons tous les membres.',
      ),
      en: md(
        'When members adopt a proposal, the board has 10 days to check it.',
        'The board can stop it once, with a veto. A veto needs a majority of the board and public reasons. The proposal then goes back to debate.',
        'If members adopt it again, the board cannot stop it a second time. If the board does not veto it within 10 days, the proposal is ratified.',
        'Then it takes effect. A rule on data becomes a consent rule that machines can read. Every service must follow it. A change to these terms becomes a new version of the terms. We tell all members.',
      ),
    },
    summary: {
      fr: 'Le conseil peut opposer un seul veto, motivé et public. Sinon, la décision s’applique après 10 jours.',
      en: 'The board may veto an adopted proposal once, with public reasons. If not, it takes effect after 10 days.',
    },
  },
  {
    id: 'services',
    title: { fr: 'Ce que les services peuvent faire, ou non', en: 'What services may and may not do' },
    body: {
      fr: md(
        'Un service est un organisme que nous autorisons à recevoir des données, par exemple une équipe de recherche. Chaque service figure dans le registre public, avec les usages qu’il déclare.',
        'Un service ne peut utiliser les données que :',
        bullets(
          'pour les buts que les membres ont permis ;',
          'de la façon que les règles permettent, par exemple seulement en groupes assez grands pour que personne ne soit reconnu ;',
          'pendant la durée que les règles permettent.',
        ),
        'Un service doit vérifier les règles avant chaque usage. Si aucune règle ne permet l’usage, la réponse est non. Le service doit rendre compte de ce qu’il a fait.',
        'Un service ne peut jamais vendre les données, les donner à d’autres, ni s’en servir pour savoir qui vous êtes. La fondation ne vend pas non plus de données.',
      ),
      en: md(
        'A service is a group that we allow to receive data, such as a research team. Each service is listed in the public register, with the uses it declares.',
        'A service may use data only:',
        bullets(
          'for the purposes the members allowed;',
          'in the way the rules allow, for example only in groups large enough that no one can be picked out;',
          'for the time the rules allow.',
        ),
        'A service must check the rules before each use. If no rule allows the use, the answer is no. The service must report what it did.',
        'A service may never sell the data, pass it on, or use it to find out who you are. The foundation does not sell data either.',
      ),
    },
    summary: {
      fr: 'Les services n’utilisent les données que pour les buts permis, en groupes assez grands et pour un temps limité, sans jamais les vendre.',
      en: 'Services may only use data for allowed purposes, in large enough groups and for a set time. They may never sell it.',
    },
  },
  {
    id: 'your-rights',
    title: { fr: 'Vos droits', en: 'Your rights' },
    body: {
      fr: md(
        'Vous avez ces droits sur vos données :',
        bullets(
          'les voir : vous pouvez voir toutes les données que nous avons sur vous ;',
          'les emporter : vous pouvez en télécharger une copie dans un format courant ;',
          'les corriger : vous pouvez faire rectifier une donnée fausse ;',
          'vous opposer : vous pouvez refuser un usage de vos données ;',
          'retirer votre accord, à tout moment ;',
          'les effacer : vous pouvez nous demander de supprimer vos données et votre compte.',
        ),
        'Si vous supprimez votre compte, vos anciens bulletins restent dans les résultats publiés, pour que les résultats ne changent pas. Ils ne sont plus liés à vous.',
        'Nous répondons aux demandes dans un délai d’un mois. C’est gratuit.',
      ),
      en: md(
        'You have these rights over your data:',
        bullets(
          'see it: you can see all the data we hold about you;',
          'take it with you: you can download a copy in a common format;',
          'correct it: you can fix data that is wrong;',
          'object: you can refuse a use of your data;',
          'withdraw: you can take back your consent at any time;',
          'erase it: you can ask us to delete your data and your account.',
        ),
        'When you delete your account, your past ballots stay in the published tallies, so that results do not change. They are no longer linked to you.',
        'We answer requests within one month. It is free.',
      ),
    },
    summary: {
      fr: 'Vous pouvez voir, copier, corriger et effacer vos données, ou refuser un usage. Si vous partez, les résultats passés ne changent pas.',
      en: 'You can see, download, fix, refuse, withdraw and erase your data. Deleting your account leaves past results as they were.',
    },
  },
  {
    id: 'public-register',
    title: {
      fr: 'Le registre public des usages et des algorithmes',
      en: 'The public register of uses and algorithms',
    },
    body: {
      fr: md(
        'Le registre public montre à tout le monde :',
        bullets(
          'chaque règle en vigueur, en mots simples et sous une forme lisible par les machines ;',
          'l’origine de chaque règle : la proposition, le débat, le vote et la décision du conseil ;',
          'chaque service, et les usages qu’il déclare ;',
          'combien de fois chaque service a utilisé des données, et dans quel but ;',
          'chaque algorithme que nous utilisons : ce qu’il fait, quelles données il prend et pourquoi ;',
          'le journal de chaque étape de chaque décision, scellé pour que personne ne puisse le modifier en secret.',
        ),
        'Dans votre compte, vous avez aussi votre propre page. Elle montre qui a demandé à utiliser vos données, pour quoi faire, et la réponse. Elle montre aussi vos choix et vos reçus.',
      ),
      en: md(
        'The public register shows to all:',
        bullets(
          'each rule in force, in plain words and in a form that machines can read;',
          'where each rule comes from: the proposal, the debate, the vote and the board’s decision;',
          'each service, and the uses it declares;',
          'how often each service used data, and for what purpose;',
          'each algorithm we run: what it does, what data it takes and why;',
          'the log of each step of each decision, sealed so that no one can change it in secret.',
        ),
        'In your account, you also have a page of your own. It shows who asked to use your data, for what, and the answer. It also shows your choices and your receipts.',
      ),
    },
    summary: {
      fr: 'Chacun peut voir les règles, leur origine, les services et nos algorithmes. Vous voyez aussi qui a demandé vos données, et pourquoi.',
      en: 'Anyone can see the rules, where they come from, the services and our algorithms. You also see who asked for your data, and why.',
    },
  },
  {
    id: 'secret-ballot',
    title: { fr: 'Un vote secret et vérifiable', en: 'A secret ballot you can check' },
    body: {
      fr: md(
        'Votre vote est secret. Nous ne montrons à personne comment vous avez voté.',
        'À chaque vote, vous recevez un reçu. Ce reçu est un code. Il ne montre votre choix à personne d’autre.',
        'À la fin du vote, nous publions la liste de tous les reçus avec leurs choix, et les totaux. Vous pouvez trouver votre reçu dans la liste et vérifier que votre choix est le bon.',
        'Tout le monde peut recompter la liste avec un outil libre, qui ne partage pas de code avec notre système. Chacun peut donc vérifier le résultat.',
      ),
      en: md(
        'Your ballot is secret. We do not show anyone how you voted.',
        'Each time you vote, you get a receipt. The receipt is a code. It does not show your choice to anyone else.',
        'When the vote closes, we publish the list of all receipts with their choices, and the totals. You can find your receipt in the list and check that your choice is right.',
        'Anyone can count the list again with a free tool that shares no code with our system. So anyone can check the result.',
      ),
    },
    summary: {
      fr: 'Personne ne voit comment vous avez voté, mais votre reçu vous permet de vérifier votre bulletin, et chacun peut recompter.',
      en: 'No one is shown how you voted, yet your receipt lets you check your ballot, and anyone can recount the result.',
    },
  },
  {
    id: 'security',
    title: { fr: 'La sécurité', en: 'Security' },
    body: {
      fr: md(
        'Nous protégeons vos données avec soin.',
        bullets(
          'Les données sont chiffrées quand elles circulent et quand elles sont stockées.',
          'Nous ne gardons jamais votre mot de passe. Nous en gardons seulement une empreinte, un code qui ne permet pas de retrouver le mot de passe.',
          'Seules les personnes qui en ont besoin peuvent accéder aux données.',
          'Les services reçoivent le moins de données possible, et seulement sous la forme permise par les règles.',
        ),
        'Si des données sont perdues, volées ou vues par quelqu’un qui ne devrait pas les voir, nous prévenons l’autorité de protection des données dans les 72 heures. Si le risque pour vous est élevé, nous vous prévenons vite. Nous vous disons ce qui s’est passé et ce que vous pouvez faire.',
      ),
      en: md(
        'We take care to keep your data safe.',
        bullets(
          'Data is encrypted when it travels and when it is stored.',
          'We never store your password. We keep only a hash of it: a code from which the password cannot be found.',
          'Only the people who need the data can reach it.',
          'Services get as little data as they need, and only in the form the rules allow.',
        ),
        'If data is lost, stolen or seen by someone who should not see it, we tell the data protection authority within 72 hours. If the risk to you is high, we tell you fast. We say what happened and what you can do.',
      ),
    },
    summary: {
      fr: 'Les données sont chiffrées, les mots de passe ne sont gardés que sous forme d’empreinte, et toute fuite est signalée vite.',
      en: 'Your data is encrypted and your password is never stored. We report any breach quickly.',
    },
  },
  {
    id: 'board',
    title: { fr: 'Le conseil', en: 'The board' },
    body: {
      fr: md(
        'Le conseil est un petit groupe de membres. Ils votent comme tous les membres. Ils ont une tâche de plus : vérifier chaque décision adoptée par les membres.',
        'Le conseil doit :',
        bullets(
          'se prononcer dans les 10 jours sur chaque proposition adoptée ;',
          'donner des raisons publiques pour chaque veto ;',
          'protéger la charte et respecter la loi ;',
          'agir dans l’intérêt de tous les membres, et non d’un service.',
        ),
        'Le conseil ne peut pas changer une règle seul. Il ne peut pas voter à la place d’un membre.',
        'Les personnes qui gèrent la plateforme ne sont pas le conseil. Elles s’occupent de la partie technique, comme la liste des services et les noms des données. Elles ne peuvent pas non plus voter ou agir à votre place.',
      ),
      en: md(
        'The board is a small group of members. They vote like all members. They have one more task: to check each decision the members adopt.',
        'The board must:',
        bullets(
          'decide within 10 days on each adopted proposal;',
          'give public reasons for each veto;',
          'guard the charter and obey the law;',
          'act for all members, and never for a service.',
        ),
        'The board cannot change a rule on its own. It cannot vote in the place of a member.',
        'The people who run the platform are not the board. They look after the technical side, such as the list of services and the names of data. They cannot vote or act for you either.',
      ),
    },
    summary: {
      fr: 'Le conseil vérifie les décisions adoptées sous 10 jours et explique tout veto en public. Il ne peut pas décider seul.',
      en: 'The board checks each adopted decision within 10 days. It must explain any veto in public, and it cannot make rules alone.',
    },
  },
  {
    id: 'changing-terms',
    title: { fr: 'Comment ces conditions changent', en: 'How these terms change' },
    body: {
      fr: md(
        'Ces conditions ne changent que par un vote des membres, sur une proposition de modification. Ni le conseil ni l’équipe ne peuvent les changer seuls.',
        'Une telle proposition suit les étapes habituelles. Avant le vote, vous voyez chaque changement, mot à mot, à côté du texte en vigueur. Chaque article modifié a un résumé en mots simples. Nous montrons aussi s’il est facile à lire.',
        'Pour être adopté, un changement de ces conditions demande :',
        bullets(
          'qu’au moins 20 % des membres de la liste votent ;',
          'que plus des deux tiers des votes oui et non soient des oui.',
        ),
        'Quand une nouvelle version entre en vigueur, nous prévenons chaque membre. Si un changement touche à ce que vous avez accepté, nous vous demandons de nouveau votre accord. Tant que vous ne l’avez pas donné, nous n’utilisons pas vos données de la nouvelle façon.',
      ),
      en: md(
        'These terms change only by a vote of the members, on a proposal to amend them. The board and the staff cannot change them alone.',
        'Such a proposal follows the usual steps. Before the vote, you see each change word by word, next to the text in force. Each changed article has a summary in plain words. We also show how easy it is to read.',
        'To pass, a change to these terms needs:',
        bullets(
          'at least 20 % of the members on the list to vote;',
          'more than two thirds of the yes and no votes to be yes.',
        ),
        'When a new version takes effect, we tell each member. If a change touches what you agreed to, we ask for your consent again. Until you give it, we do not use your data in the new way.',
      ),
    },
    summary: {
      fr: 'Seul un vote des membres, avec plus des deux tiers de oui et 20 % de participation, peut changer ces conditions. Nous vous prévenons toujours.',
      en: 'Only a members’ vote with over two thirds yes and 20 % turnout can change these terms. We always let you know.',
    },
  },
  {
    id: 'contact-disputes',
    title: { fr: 'Contact et litiges', en: 'Contact and disputes' },
    body: {
      fr: md(
        'Vous pouvez écrire à la fondation à tout moment, depuis votre compte ou avec les coordonnées de notre site. Nous répondons dans un délai d’un mois.',
        'Si vous n’êtes pas d’accord avec une décision qui vous concerne, dites-le-nous d’abord. Nous l’examinons de nouveau et nous expliquons notre réponse.',
        'Si le désaccord continue, vous pouvez faire appel à un médiateur, gratuitement. Vous pouvez aussi saisir la justice.',
        'Vous pouvez à tout moment porter plainte auprès de l’autorité de protection des données. En France, c’est la CNIL.',
      ),
      en: md(
        'You can write to the foundation at any time, from your account or with the contact details on our site. We answer within one month.',
        'If you do not agree with a decision about you, tell us first. We look at it again and explain our answer.',
        'If we still do not agree, you can turn to a mediator, for free. You can also go to court.',
        'You can complain to the data protection authority at any time. In France, it is the CNIL.',
      ),
    },
    summary: {
      fr: 'Écrivez-nous à tout moment. En cas de désaccord, vous pouvez recourir à un médiateur gratuit, au juge ou à la CNIL.',
      en: 'Write to us at any time. If a disagreement remains, you can use free mediation, the courts or the CNIL.',
    },
  },
  {
    id: 'applicable-law',
    title: { fr: 'La loi applicable', en: 'The law that applies' },
    body: {
      fr: md(
        'Ces conditions sont soumises au droit français. La fondation respecte le règlement général sur la protection des données, le RGPD, et la loi française Informatique et libertés.',
        'Si une partie de ces conditions est contraire à la loi, seule cette partie cesse de s’appliquer. Le reste demeure valable.',
        'La loi vous protège, et ces conditions ne peuvent pas réduire cette protection. Si la loi vous donne plus de droits que ces conditions, c’est la loi qui l’emporte.',
        'Ces conditions existent en français et en anglais. Les deux versions ont la même valeur. Si elles semblent différer, nous retenons le sens le plus favorable pour vous.',
      ),
      en: md(
        'French law governs these terms. The foundation follows the European data protection law, the GDPR, and the French data protection law.',
        'If a part of these terms goes against the law, only that part stops applying. The rest stays valid.',
        'The law protects you, and these terms cannot reduce that protection. If the law gives you more rights than these terms, the law wins.',
        'These terms exist in French and in English. Both versions have the same value. If they seem to differ, we read them in the way that is best for you.',
      ),
    },
    summary: {
      fr: 'Le droit français et le RGPD s’appliquent. Si la loi vous protège mieux que ces conditions, c’est elle qui l’emporte.',
      en: 'French law and the GDPR apply. Whenever the law gives you more protection than these terms, the law wins.',
    },
  },
]);
