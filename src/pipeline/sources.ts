import { hasTag, isNameStart, isVerb, knownWord } from './pos.js';
import { MONTHS } from '../lexicon/numbers.js';
import type { Sentence, Token } from './types.js';
import { make, type Source } from './source-make.js';
import { appositive, citingClauseBefore, onlyPlaces, peopleCameFrom, refersBack, subjectEnd } from './source-subject.js';
import { citationSource, documentOwner, headlineSource, isFigure, labelSources, quotedHeadlineSource, speakerLabels } from './source-labels.js';
import {
  DETERMINERS, isCapital, isDateWord, phraseEndingAt, phraseStartingAt, skipToSubject, textOf,
  type SourceLexicon,
} from './source-phrase.js';

export type { SourceLexicon } from './source-phrase.js';

export type { Source } from './source-make.js';

/** The subject of the sentence's first clause ("On Friday, Mali's army issued a statement saying ..."). */
function clauseSubject(t: Token[], before: number, lex: SourceLexicon): [number, number] | null {
  let start = 0;
  // Skip a leading adverbial that ends in a comma: "On Friday,", "In a statement,".
  for (let j = 0; j < Math.min(before, 8); j++) if (t[j].text === ',') { start = j + 1; break; }
  if (start >= before) return null;
  const np = phraseStartingAt(t, start, lex);
  return np && np[1] < before ? np : null;
}

/** Whether token i is a reporting word used as a noun or adjective ("an estimated 3,000", "confirmed dead"). */
function notAVerb(t: Token[], i: number, lex: SourceLexicon): boolean {
  const prev = t[i - 1]?.lower ?? '';
  const w = t[i].lower;
  // "According to updated figures": an adjective of the document named after "according to".
  if (prev === 'to' && t[i - 2]?.lower === 'according') return true;
  // "According to Ukrainian estimates,": a figure noun closing the phrase "according to" opens.
  if (lex.figureNouns.has(w) || lex.agentNouns.has(w)) {
    for (let b = i - 1; b >= Math.max(1, i - 4) && t[b].text !== ','; b--) if (t[b].lower === 'to' && t[b - 1].lower === 'according') return true;
  }
  // "the reported toll", "initial reports"; but "a military official said" is a verb after a noun.
  if (lex.nounMarkers.has(prev) && !lex.pronouns.has(prev) && (DETERMINERS.has(prev) || !/(?:ed|id|ld)$/.test(w))) return true;
  // "Since our last report", "its weekly estimate": a figure's noun after a determiner or possessive and one more
  // lower-case word is a noun ("the officials say" is not one of them).
  const prev2 = t[i - 2]?.lower ?? '';
  if ((lex.figureNouns.has(w) || lex.reportHeads.has(w)) && /^\p{Ll}+$/u.test(t[i - 1]?.text ?? '') && (DETERMINERS.has(prev2) || POSSESSIVES.test(prev2))) return true;
  // "the air show that killed 77": a noun after a lower-case noun, not a verb.
  // ("The figures also show": past the adverb.)
  let b = i - 1;
  while (b > 0 && lex.reportingAdverbs.has(t[b].lower) && t[b].lower !== 'on') b--;
  const before = t[b]?.lower ?? '';
  if (w === 'show' && /^\p{Ll}+$/u.test(t[b]?.text ?? '') && !lex.pronouns.has(before) && !lex.figureNouns.has(before) && !lex.agentNouns.has(before)) return true;
  // "six Northeastern states", "in 12 reports": a plural after a number, a word or two before it, is a noun.
  const numeral = (x: Token | undefined) => !!x && isFigure(x);
  if (/s$/.test(w) && /^\p{Ll}/u.test(t[i].text) && (numeral(t[i - 1]) || (numeral(t[i - 2]) && /^\p{L}+$/u.test(t[i - 1]?.text ?? '')))) return true;
  // "and details began to emerge", "whether subsequent estimates changed": a verb of saying in -s right before a
  // verb in the past is the subject noun of that verb.
  if (/s$/.test(w) && t[i + 1] && /^\p{Ll}/u.test(t[i + 1].text) && hasTag(t[i + 1].lower, 'PastTense') && !lex.reportingVerbs.has(t[i + 1].lower)) return true;
  // "confirmed dead", "reported missing" — but "Army Says Downed 40 Drones" is a headline's verb.
  return lex.stateWords.has(t[i + 1]?.lower ?? '') && !/^(says|said|say|claims|reports)$/.test(w);
}

/** "35 non-commissioned officers (NCO)": an acronym of the words just before it spells what is counted, not who says so. */
function abbreviates(t: Token[], open: number, acronym: string): boolean {
  const initials = t.slice(Math.max(0, open - 6), open).flatMap((x) => x.text.split('-')).map((w) => w[0] ?? '').join('').toUpperCase();
  return acronym.length >= 2 && initials.includes(acronym.toUpperCase());
}

/**
 * Every source a sentence names, with where it stands: "X said/reported ...", "according to X", "claimed by X",
 * "estimate from X", "an investigation by X", "X's tally", "issued a statement saying", "the news agency added",
 * and the sources each cites ("citing Y"). `passiveNone` is set when the sentence reports without a source
 * ("it was reported", "Footage was released").
 */

export function findSources(s: Sentence, lex: SourceLexicon): { sources: Source[]; passiveNone: boolean } {
  const t = s.tokens;
  const sources: Source[] = [];
  let passiveNone = false;
  const push = (np: [number, number] | null, at: number) => {
    if (np) sources.push(make(s, np[0], np[1], at, lex));
    return !!np;
  };
  const labels = labelSources(s, lex);
  const label = labels.length ? null : citationSource(s, lex);
  sources.push(...labels);
  if (label) sources.push(label);
  // A later label's own words ("..., Japanese claim: 738 killed") are no subject of its source noun read as a verb.
  const inLabel = (i: number) => labels.some((x) => i >= x.first && i <= x.at);
  // A headline: "Toll in Flood Rises to 50: Police", "Army Says Downed 40 Drones". Worked out only when a verb asks.
  let titleCase: boolean | undefined;
  const isTitleCase = () => {
    if (titleCase === undefined) {
      const words = t.filter((x) => /^\p{L}{2,}/u.test(x.text));
      titleCase = words.length >= 3 && words.filter((x) => /^\p{Lu}/u.test(x.text)).length >= 0.7 * words.length;
    }
    return titleCase;
  };
  const tail = headlineSource(s, lex) ?? quotedHeadlineSource(s, lex);
  if (tail) sources.push(tail);
  for (const x of speakerLabels(s, lex)) if (x.at !== label?.at && !labels.some((y) => y.at === x.at)) sources.push(x);
  for (let i = label ? label.at + 1 : 0; i < t.length; i++) {
    const w = t[i].lower;
    // Most words anchor no source: one look-up passes them over.
    if (!lex.anchors.has(w) || inLabel(i)) continue;
    // "according to X"; "per X" only before a name ("per the ministry", not "per day").
    if ((w === 'according' && t[i + 1]?.lower === 'to') || (w === 'based' && t[i + 1]?.lower === 'on') || (w === 'per' && !!t[i + 1] && (isCapital(t[i + 1]) || t[i + 1].lower === 'the' || t[i - 1]?.text === '('))) {
      let from = w === 'per' ? i + 1 : i + 2;
      // "according to a Friday statement from the army": the day the document came out is no part of its name.
      if (DETERMINERS.has(t[from]?.lower ?? '') && t[from + 1] && isDateWord(t[from + 1]) && !MONTHS.has(t[from + 1].lower)) from += 2;
      // "According to [the agency]": an editor's brackets round the name.
      if (t[from]?.text === '[') from++;
      // "according to an updated tally of the health ministry": the document's author, not the document.
      const doc = documentOwner(t, from, lex);
      // "according to a Kyodo News survey": an article before a name is no part of it.
      let np = doc ?? phraseStartingAt(t, from, lex) ?? (DETERMINERS.has(t[from]?.lower ?? '') ? phraseStartingAt(t, from + 1, lex) : null);
      // "the agency's latest report": the possessor speaks, not its report.
      if (np && !doc) {
        const own = t.slice(np[0], np[1]).findIndex((x) => /['’]s$/.test(x.text) || x.lower === "'s");
        if (own >= 0 && t.slice(np[0] + own + 1, np[1] + 1).some((x) => lex.agentNouns.has(x.lower) || lex.figureNouns.has(x.lower))) {
          np = [np[0], np[0] + own - (/^['’]s$/.test(t[np[0] + own].text) ? 1 : 0)];
        }
      }
      // "according to official Soviet figures", "according to army estimates": figures named by who gave them.
      const kind = doc ? null : figuresOfAKind(t, from, lex);
      if (kind && (!np || np[1] < kind[1] - 1 || np[0] < kind[0])) np = kind;
      // "according to official figures", "according to unofficial tolls": figures of a kind say who gave them.
      if (!np && /^(official|unofficial)$/.test(t[from]?.lower ?? '') && (lex.figureNouns.has(t[from + 1]?.lower ?? '') || lex.agentNouns.has(t[from + 1]?.lower ?? ''))) np = [from, from + 1];
      // "according to research done in 1998", "according to a study published last year": a document of no named
      // author is the source, as named.
      if (!np) {
        let j = DETERMINERS.has(t[from]?.lower ?? '') ? from + 1 : from;
        const start = j;
        const isDocument = (x: Token) => lex.reportDocuments.has(x.lower) || x.lower === 'research';
        while (j < from + 4 && t[j] && /^\p{Ll}[\p{Ll}-]*$/u.test(t[j].text) && !isDocument(t[j])) j++;
        // (Only a document the sentence goes on to date or place, "done in 1998", "published last year": a bare
        // "according to the investigation" is most often the report of a source named before.)
        if (t[j] && isDocument(t[j]) && /^(?:\p{Ll}+ed|done|made)$/u.test(t[j + 1]?.text ?? '')) np = [start, j];
      }
      // "Counts differ according to source": a bare singular noun names no one.
      if (np && np[0] === np[1] && t[np[0]].lower === 'source') continue;
      // "(per the monitor)" after a figure claims the figures before it.
      const bracketed = t[i - 1]?.text === '(' && i > 1;
      if (push(np, bracketed ? i - 1 : i)) {
        const src = sources.at(-1)!;
        if (bracketed) src.postposed = true;
        // "According to the statement": the statement put out by a source named before.
        if (!src.pronoun) src.backReference = refersBack(t, src.first, src.last, lex);
      }
      continue;
    }

    if (lex.citingVerbs.has(w) && sources.length && /^(citing|quoting)$/.test(w)) {
      const np = phraseStartingAt(t, i + 1, lex);
      if (np) {
        const cited = textOf(s, np[0], np[1]).replace(/^(?:the\s+)?(?:\p{Ll}+['’]s\s+)?/u, '').replace(/^the\s+/i, '');
        sources.at(-1)!.via.push(cited);
      }
      continue;
    }
    // "estimate from Derna's mayor", "figures from the ministry", "an investigation by the monitor"
    // Not "the toll from the hurricane": a toll's "from" names its cause.
    if (lex.agentNouns.has(w) && /^(from|by)$/.test(t[i + 1]?.lower ?? '') && !(w === 'toll' && t[i + 1].lower === 'from')) {
      push(phraseStartingAt(t, i + 2, lex), i);
      continue;
    }
    // "assessments, conducted by the Red Cross,", "a survey carried out by the university": the document's maker,
    // after a participle and a word or two (an outlet that "carried" a statement is its medium, not its maker).
    if (lex.agentNouns.has(w)) {
      let j = i + 1;
      if (t[j]?.text === ',') j++;
      if (/^\p{Ll}+(?:ed|en)$|^made$/u.test(t[j]?.text ?? '') && !lex.reportingVerbs.has(t[j].lower) && !(t[j].lower === 'carried' && t[j + 1]?.lower === 'by')) {
        let by = j + 1;
        while (by < j + 3 && t[by] && /^\p{Ll}+$/u.test(t[by].text) && t[by].lower !== 'by') by++;
        if (t[by]?.lower === 'by' && push(phraseStartingAt(t, by + 1, lex), i)) { sources.at(-1)!.agent = true; continue; }
      }
    }
    // "the official Chinese government figure is 241", "the police count stood at 12": a source noun before the figure noun.
    if (lex.figureNouns.has(w) && w !== 'toll' && i > 0 && lex.figureLinks.has(t[i + 1]?.lower ?? '')) {
      const np = phraseEndingAt(t, i - 1, lex);
      // Its head names who counts ("government", "police", a name), not how official the figure is ("the first official figure").
      const head = t[np?.[1] ?? -1];
      const named = !!head && (isCapital(head) || (lex.sourceNouns.has(head.lower) && !lex.sourceQualifiers.has(head.lower)));
      if (np && named && !/['’]s$/.test(t[i - 1].text)) {
        const src = make(s, np[0], np[1], i, lex);
        src.name = src.name.replace(lex.figureQualifier, '');
        sources.push(src);
        continue;
      }
    }
    // "the monitor's tally", "Amnesty's estimate", "by the hospital's own count": a possessive source before a figure noun.
    const owner = t[i - 1]?.lower === 'own' ? i - 2 : i - 1;
    if (lex.agentNouns.has(w) && /['’]s$/.test(t[owner]?.text ?? '') && owner >= 0) {
      const np = phraseEndingAt(t, owner, lex);
      if (np && !lex.pronouns.has(t[np[1]].lower.replace(/['’]s$/, ''))) { push(np, i); continue; }
    }
    // "The numbers come from the health office", "figures taken from the census".
    // Not "the dead came from the Guards, 21 from the Rangers": what came from a unit is its people, no figure.
    if (w === 'from' && lex.fromVerbs.has(t[i - 1]?.lower ?? '') && !peopleCameFrom(t, i - 1, lex)) {
      push(phraseStartingAt(t, i + 1, lex), i);
      continue;
    }
    // Infobox rows: "485 (parliament figure)", "200+ (Human Rights Watch)".
    // Not a dateline's "Apr 26 (Wire.com)": the number there is a day.
    if (w === '(' && i > 0 && /^[\d+]/.test(t[i - 1].text) && !MONTHS.has(t[i - 2]?.lower.replace(/\.$/, '') ?? '')) {
      const np = phraseStartingAt(t, i + 1, lex);
      if (np && np[0] === np[1] && lex.mediaLabels.has(t[np[0]].lower)) continue;
      if (np && placeGloss(t, i, np, lex)) continue;
      if (np && (t[np[1] + 1]?.text === ')' || lex.agentNouns.has(t[np[1] + 1]?.lower ?? '') || /^(claim)$/.test(t[np[1] + 1]?.lower ?? ''))) {
        sources.push({ ...make(s, np[0], np[1], np[0], lex), postposed: true });
      }
      continue;
    }
    // "300 wounded (Northern sources)", "40 killed (Health Ministry)": a source in brackets a few words after a
    // figure, when its words say it is one ("(Colonel Smith)" after "1 officer" only names him).
    // ("Gunmen kill 14 villagers in Zamfara (police)": a headline's source in brackets at its end.)
    const endBracket = w === '(' && t.length - 1 - i <= 4 && t[t.length - 1].text === ')' && !t.slice(i + 1, t.length - 1).some((x) => x.text === ')');
    if (w === '(' && i > 1 && (t.slice(Math.max(0, i - 4), i).some((x) => /^\d/.test(x.text)) || (endBracket && t.slice(0, i).some((x) => /^\d/.test(x.text)))) && !/^(per|according)$/.test(t[i + 1]?.lower ?? '')) {
      // One word that only says whose kind of figure it is: "(official)", "(estimates)".
      // "(estimate)" alone says how the figure was reached, not by whom: no source.
      if (t[i + 2]?.text === ')' && /^estimates?$/.test(t[i + 1]?.lower ?? '')) continue;
      const word = t[i + 2]?.text === ')' && lex.labelSourceNouns.has(t[i + 1].lower) ? [i + 1, i + 1] as [number, number] : null;
      // "(neutral estimates)", "(rebel claims)": a kind of estimate, named whole.
      // (The closing bracket a few words on, looked for there only: a text of many brackets stays linear.)
      let close = i + 1;
      while (close < t.length && close <= i + 4 && t[close].text !== ')') close++;
      const kind = !word && close > i + 2 && close <= i + 4 && lex.labelSourceNouns.has(t[close - 1].lower) &&
        t.slice(i + 1, close - 1).every((x) => /^\p{L}+$/u.test(x.text) && !lex.partyNames.has(x.lower)) ? [i + 1, close - 1] as [number, number] : null;
      const np = word ?? kind ?? phraseStartingAt(t, i + 1, lex);
      const closes = np && t[np[1] + 1]?.text === ')';
      // "27 wounded (US)": a party in brackets says whose losses they are, not who counts them.
      const party = np && np[0] === np[1] && lex.partyNames.has(t[np[0]].lower);
      // "18 in Region 10 (Northern Mindanao)", "six in Kano (Nigeria)": another name of the place just named.
      const place = np && placeGloss(t, i, np, lex);
      if (np && closes && !party && !place && !(np[0] === np[1] && lex.mediaLabels.has(t[np[0]].lower)) && (t.slice(np[0], np[1] + 1).some((x) => lex.labelSourceNouns.has(x.lower) || lex.organisationWords.has(x.text) ||
          (endBracket && lex.sourceNouns.has(x.lower)) ||
          // An acronym right after a loss word ("700 wounded (MSF)"), not after what is counted ("40 officers (NCO)").
          (/^\p{Lu}{2,6}$/u.test(x.text) && lex.lossWords.has(t[i - 1].lower))) ||
          lex.roleNouns.has(t[np[0]].lower) || isNameStart(t[np[0]].lower)) && !(np[0] === np[1] && abbreviates(t, i, t[np[0]].text))) {
        sources.push({ ...make(s, np[0], np[1], i, lex), postposed: true });
      }
      continue;
    }
    // "The army issued a statement saying ...", "..., claiming 40 were killed": the clause's subject reports.
    // "..., claiming 42 lives", "claimed the lives of 12": a toll taken, not a claim made.
    if (/^claim/.test(w) && (t[i + 2]?.lower === 'lives' || (t[i + 1]?.lower === 'the' && t[i + 2]?.lower === 'lives'))) continue;
    if (lex.reportingParticiples.has(w)) {
      // "..., with the government saying 1,400 died and aid agencies putting it at 355": the phrase right before
      // the participle, after "with", "and" or a comma, reports what follows it.
      const own = /^(with|and|,)$/.test(t[i - 1]?.lower ?? '') ? null : phraseEndingAt(t, i - 1, lex);
      if (own && /^(with|and|,)$/.test(t[own[0] - 1]?.lower ?? '')) {
        push(own, i);
        sources.at(-1)!.forward = true;
        continue;
      }
      if (!sources.length && push(clauseSubject(t, i, lex), i)) sources.at(-1)!.forward = true;
      continue;
    }
    // In a headline, its verb is capitalised too: "Ruritanian Army Says 40 Rebels Killed".
    // Or after a headline's figures: "Quake toll rises to 118, Says State Media".
    const headlineVerb = () => lex.headlineVerbs.has(w) && ((i > 0 && i <= 6 && isTitleCase()) || (t[i - 1]?.text === ',' && t.length - i <= 5));
    if (!lex.reportingVerbs.has(w) || (!/^\p{Ll}/u.test(t[i].text) && !headlineVerb())) continue;
    if (notAVerb(t, i, lex)) continue;

    const k = skipToSubject(t, i - 1, lex);
    // "The navy said it sank 3 boats and then said 2 sailors were missing": a second verb of the same
    // subject, joined by "and", reports for the source of the first.
    if (t[k]?.lower === 'and' && sources.length && !sources.at(-1)!.postposed && sources.at(-1)!.at < k) {
      sources.push({ ...sources.at(-1)!, at: i });
      continue;
    }
    if (k >= 0 && lex.passiveAuxiliaries.has(t[k].lower)) {
      // Passive: "claimed by X"; "the list was updated" refers back; "it was reported" names nobody.
      // "had been revised from 51 to 50 by the prosecutors' office": the figures may stand between verb and agent.
      let by = i + 1;
      while (by < i + 9 && t[by] && (/^\d/.test(t[by].text) || lex.passiveFigureWords.has(t[by].lower))) by++;
      if (t[by]?.lower === 'by') {
        push(phraseStartingAt(t, by + 1, lex), i);
        continue;
      }
      // "the prefecture was quoted as saying": the subject said it, whoever quotes it.
      if (/^(?:quoted|cited)$/.test(w) && t[i + 1]?.lower === 'as' && push(phraseEndingAt(t, k - 1, lex), i)) continue;
      let subj = k - 1;
      while (subj >= 0 && lex.reportingAdverbs.has(t[subj].lower)) subj--;
      if (subj >= 0 && lex.figureNouns.has(t[subj].lower) && /^(the|these|this|those|that)$/.test(t[subj - 1]?.lower ?? '')) {
        sources.push({ ...make(s, subj - 1, subj, i, lex, true), name: t[subj].lower });
      } else passiveNone = true;
      continue;
    }
    // "The number given by the regional council was 48", "the count released each week by the ministry": a
    // participle with its agent, a few plain words apart at most.
    let by = i + 1;
    while (by < i + 4 && t[by] && /^\p{Ll}+$/u.test(t[by].text) && t[by].lower !== 'by' && !isVerb(t[by].lower)) by++;
    if (t[by]?.lower === 'by') {
      if (push(phraseStartingAt(t, by + 1, lex), i)) { sources.at(-1)!.agent = true; continue; }
    }
    // "Xinhua, citing local officials, said ...": the source before the citing clause, which it cites.
    const cited = citingClauseBefore(s, i, lex);
    if (cited) { sources.push(cited); continue; }
    const app = appositive(s, i, lex);
    if (app) { sources.push(app); continue; }
    // Speaker named after the verb: '"...," said the Observatory.'
    if (lex.invertedVerbs.has(w) && (k < 0 || /^[,"”'’]$/.test(t[k].text) || (k === 0 && /^(so|thus)$/.test(t[k].lower)))) {
      if (push(phraseStartingAt(t, i + 1, lex), i)) continue;
    }
    const end = subjectEnd(t, k, lex);
    // "told Reuters they had counted": a pronoun is a subject of its own, never the end of a name before it.
    let np = end >= 0 ? (lex.pronouns.has(t[end].lower) ? [end, end] as [number, number] : phraseEndingAt(t, end, lex)) : null;
    // "Official reports state", "unofficial estimates say": reports of a kind, as after "according to".
    if (np && np[0] === np[1] && np[0] > 0 && /^(official|unofficial)$/.test(t[np[0] - 1].lower) && !DETERMINERS.has(t[np[0] - 2]?.lower ?? '')) np = [np[0] - 1, np[1]];
    // "An expert evaluating losses in Ruritania estimated": a place inside the subject is not the subject.
    if (np && /^(in|at|near)$/.test(t[np[0] - 1]?.lower ?? '') && !isCapital(t[np[0] - 2] ?? t[np[0]]) &&
      t.slice(np[0], np[1] + 1).every((x) => isCapital(x) && !lex.sourceNouns.has(x.lower))) {
      np = clauseSubject(t, np[0] - 1, lex);
    }
    // "Police figures show", "The NPA figures also show", "MoD findings reveal": the body whose figures they are.
    if (!np && end > 0 && (lex.agentNouns.has(t[end].lower) || lex.figureNouns.has(t[end].lower))) {
      const owner = phraseEndingAt(t, end - 1, lex);
      // A capital only because it opens the sentence ("More recent research has shown") names no one.
      const named = (x: Token) => isCapital(x) && x.lower !== 'the' && !(x.i === 0 && knownWord(x.lower));
      if (owner && t.slice(owner[0], owner[1] + 1).some((x) => named(x) || lex.sourceNouns.has(x.lower)) &&
        !lex.stateWords.has(t[owner[1]].lower) && t[owner[1]].lower !== 'official') np = owner;
      // "Official data indicates", "Official figures show": the figures of a kind say who gave them, as after
      // "according to".
      else if (/^(official|unofficial)$/.test(t[end - 1].lower) && !DETERMINERS.has(t[end - 2]?.lower ?? '')) np = [end - 1, end];
    }
    if (!np) {
      // "Earlier reports said", "Some estimates put": a report without a source ends the one before.
      if (end >= 0 && lex.nonSources.has(t[end].lower)) passiveNone = true;
      continue;
    }
    // "Portland recorded the most deaths", "Clarendon and Manchester each reported one death": where they happened.
    if (lex.placeVerbs.has(w) && onlyPlaces(t, np[0], np[1], lex)) continue;
    // A subject that cannot speak: a loss or a disaster named in common words ("Total casualties recorded are", "The
    // quake claimed"; "Iraq Body Count" is a name), or a count ("the 486 officers counted").
    const head = t[np[1]];
    const ofAKind = /^(official|unofficial)$/.test(t[np[0]].lower) && lex.agentNouns.has(head.lower);
    // (People are no disaster, though "miners" tells of a mine's: "the miners said".)
    const disaster = lex.disasterWords.has(head.lower) && !lex.peopleNouns.has(head.lower);
    if (((lex.lossWords.has(head.lower) || disaster) && head.text === head.lower && !ofAKind) || /^\d/.test(t[np[0]].text)) continue;
    const src = make(s, np[0], np[1], i, lex);
    const [f, l] = np;
    if (!src.pronoun) src.backReference = refersBack(t, f, l, lex);
    // What it put out: "released a full list", "published a report".
    const obj = t.slice(i + 1, i + 5).find((x) => lex.figureNouns.has(x.lower));
    if (obj) src.objects.push(obj.lower);
    sources.push(src);
  }
  // "The envoy said field reports indicated 12 were killed": reports inside a named speaker's clause are his
  // evidence, not a second source; on their own ("Some reports claim ...") they are the claimant.
  // Bare or dated ones ("reports indicated", "Earlier reports said") are versions of the story, not a source.
  const isReport = (x: Source) => lex.reportHeads.has(t[x.last]?.lower ?? '');
  // "A nurse said that her team had counted 40": a body the speaker's pronoun owns is the speaker's.
  const owned = (x: Source) => POSSESSIVES.test(t[x.first]?.lower ?? '') && sources.some((y) => y.at < x.first && y !== x);
  const kept = sources.filter((x) => !owned(x) && (!isReport(x) || x.postposed || (x.last > x.first && !lex.reportTimes.has(t[x.last - 1].lower) &&
    !sources.some((y) => y.at < x.first && !isReport(y)))));
  // A report that names no one still ends the report before it.
  return { sources: kept, passiveNone: passiveNone || (kept.length < sources.length && !kept.length) };
}

const POSSESSIVES = /^(his|her|its|their|our)$/;

/**
 * "official Soviet figures", "army estimates", "UN data": up to three words that say whose figures they are (a name,
 * a demonym, a source noun) before a figure noun, as one phrase; null when no word names anyone.
 */
function figuresOfAKind(t: Token[], from: number, lex: SourceLexicon): [number, number] | null {
  let j = t[from]?.lower === 'the' ? from + 1 : from;
  const first = j;
  let named = false;
  while (j < from + 4 && t[j] && !lex.figureNouns.has(t[j].lower) && (isCapital(t[j]) || /^(official|unofficial)$/.test(t[j].lower) || lex.sourceNouns.has(t[j].lower))) {
    if (!/^(official|unofficial)$/.test(t[j].lower)) named = true;
    j++;
  }
  // Figures, not a document, which has its own reading ("according to a UN report").
  return named && j > first && t[j] && lex.figureNouns.has(t[j].lower) && !/^(lists?|report|statement)$/.test(t[j].lower) ? [first, j] : null;
}

/** "18 in Region 10 (Northern Mindanao)", "20 in Zone 4 (Northern Province)": a bracket giving another name of a place, no source. */
function placeGloss(t: Token[], open: number, np: [number, number], lex: SourceLexicon): boolean {
  return onlyPlaces(t, np[0], np[1], lex) || lex.placeNouns.has(t[np[1]].lower) || (/^\d/.test(t[open - 1].text) && lex.placeNouns.has(t[open - 2]?.lower ?? ''));
}
