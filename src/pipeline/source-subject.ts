import type { Sentence, Token } from './types.js';
import { make, type Source } from './source-make.js';
import { DETERMINERS, isCapital, nameOf, personIn, phraseEndingAt, phraseStartingAt, skipToSubject, textOf, type SourceLexicon } from './source-phrase.js';

/**
 * Subjects of a verb of saying that stand apart from it by commas: a person and the body they speak for
 * ("Ana Ruiz, the ministry's spokeswoman, said"), a person and a role ("Ana Ruiz, adviser to the governor, said"),
 * and a source with the one it cites ("The agency, quoting police, reported").
 */

/** "Maj. Gen. Igor Konashenkov, the Russian Defense Ministry spokesman, said": the organisation speaks, through the person. */
export function appositive(s: Sentence, verb: number, lex: SourceLexicon): Source | null {
  const t = s.tokens;
  const end = skipToSubject(t, verb - 1, lex);
  if (t[end]?.text !== ',') return null;
  // "..., the head of the Disaster Agency (DMA), said": the body's acronym in brackets closes the inner phrase.
  const innerEnd = t[end - 1]?.text === ')' && t[end - 3]?.text === '(' && /^\p{Lu}[\p{Lu}\p{N}.-]*$/u.test(t[end - 2].text) ? end - 4 : end - 1;
  const inner = phraseEndingAt(t, innerEnd, lex);
  if (!inner) return describedPerson(s, end, verb, lex);
  // "A nurse in Kunduz, Afghanistan, said": a place set off by commas is no second name.
  if (placeOrCountry(t, inner[0], inner[1], lex)) return null;
  // "Ana Ruiz, of the Social Affairs Ministry, estimated": the body after "of".
  let open = inner[0] - 1;
  while (open > 0 && /^(of|the|from|at)$/.test(t[open].lower)) open--;
  if (t[open]?.text !== ',') return describedPerson(s, end, verb, lex);
  const outer = phraseEndingAt(t, open - 1, lex);
  if (!outer) {
    // "The mayor at the time, Jose Ortiz, stated": the named person, when the role before cannot be read.
    const innerText = textOf(s, inner[0], inner[1]);
    const person = personIn(innerText, lex);
    // "A native of the area, Eze Okafor, said": a name of two or three capitalised words after a description.
    const named = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(innerText) && !placeOrCountry(t, inner[0], inner[1], lex);
    if (!person && !named) return null;
    return { ...make(s, inner[0], inner[1], verb, lex), person: person ?? innerText };
  }
  const innerText = textOf(s, inner[0], inner[1]);
  const outerText = textOf(s, outer[0], outer[1]);
  const innerPerson = personIn(innerText, lex);
  if (innerPerson && !personIn(outerText, lex)) {
    // "The mayor at the time, Jose Ortiz, stated": the role first, the person after it.
    return { name: nameOf(s, outer[0], outer[1]), text: `${outerText}, ${innerText}`, via: [], person: innerPerson, at: verb, first: outer[0], last: inner[1], backReference: false, objects: [] };
  }
  const roleLast = lex.roleNouns.has(t[inner[1]].lower) ? inner[1] - 1 : inner[1];
  // "the head of the Disaster Agency", "spokesman for the navy": the body after a role that opens the phrase.
  let roleFirst = inner[0] + (DETERMINERS.has(t[inner[0]].lower) ? 1 : 0);
  roleFirst = lex.roleNouns.has(t[roleFirst].lower) && /^(of|for|at)$/.test(t[roleFirst + 1]?.lower ?? '') && roleFirst + 2 <= roleLast ? roleFirst + 2 : inner[0];
  const org = roleLast >= roleFirst ? nameOf(s, roleFirst, roleLast) : innerText;
  return {
    name: org, text: `${outerText}, ${innerText}`, via: [], person: personIn(outerText, lex) ?? outerText,
    at: verb, first: outer[0], last: inner[1], backReference: false, objects: [],
  };
}

/**
 * "Marta Vell, adviser to the head of the regional council, said": a named person, then a role the phrase reader
 * cannot take whole (lower-case, with "to" or "of" inside), between commas.
 */
function describedPerson(s: Sentence, end: number, verb: number, lex: SourceLexicon): Source | null {
  const t = s.tokens;
  let open = end - 1;
  while (open > 0 && end - open <= 16 && t[open].text !== ',') open--;
  if (t[open]?.text !== ',' || !/^\p{Ll}/u.test(t[open + 1]?.text ?? '') || DETERMINERS.has(t[open + 1].lower)) return null;
  const name = phraseEndingAt(t, open - 1, lex);
  if (!name || name[0] !== (t[0]?.text === '"' ? 1 : 0) && !/^[,;:]$/.test(t[name[0] - 1]?.text ?? '')) return null;
  const person = personIn(textOf(s, name[0], name[1]), lex);
  return person ? { ...make(s, name[0], name[1], verb, lex), person } : null;
}


/** A source whose verb follows a ", citing Y," clause: "The agency, quoting police, reported ...". */
export function citingClauseBefore(s: Sentence, verb: number, lex: SourceLexicon): Source | null {
  const t = s.tokens;
  if (t[verb - 1]?.text !== ',') return null;
  for (let j = verb - 2; j >= Math.max(1, verb - 14); j--) {
    if (t[j].text === ',') return null;
    if (!lex.citingVerbs.has(t[j].lower) || t[j - 1]?.text !== ',') continue;
    const np = phraseEndingAt(t, j - 2, lex);
    if (!np) return null;
    const source = make(s, np[0], np[1], verb, lex);
    const viaPhrase = phraseStartingAt(t, j + 1, lex);
    source.via.push(viaPhrase ? textOf(s, viaPhrase[0], viaPhrase[1]).replace(/^the\s+/i, '') : textOf(s, j + 1, verb - 2));
    return source;
  }
  return null;
}

/**
 * Whether tokens first..last name only places of the gazetteer (and no party): "Clarendon and Manchester", "Sikkim's
 * Pakyong district", "the city of Zhengzhou".
 */
export function onlyPlaces(t: Token[], first: number, last: number, lex: SourceLexicon): boolean {
  let i = t[first].lower === 'the' ? first + 1 : first;
  let found = 0;
  while (i <= last) {
    if (/^(,|and|each|of|'s|’s)$/.test(t[i].lower) || lex.placeNouns.has(t[i].lower)) { i++; continue; }
    // "Sindh's": a place owning what follows it.
    const bare = (n: number) => t[i + n]?.text.replace(/['’]s$/, '');
    const entry = (lex.places.get(bare(0)!) ?? []).find((e) => e.words.every((x, n) => bare(n) === x) && i + e.words.length - 1 <= last);
    if (!entry || lex.partyNames.has(t[i].lower)) return false;
    found++;
    i += entry.words.length;
  }
  return found > 0;
}

/** "the agency", "The agency added": a lower-case head after "the" (the article's capital only opens a sentence). */
export function refersBack(t: Token[], f: number, l: number, lex: SourceLexicon): boolean {
  const lowerOnly = t.slice(f, l + 1).every((x) => !isCapital(x) || (x.i === 0 && x.lower === 'the'));
  // "the report", and with words of its kind before it, "the preliminary assessment report".
  return lowerOnly && (t[f].lower === 'the' || t[f - 1]?.lower === 'the') && lex.backReferences.has(t[l].lower);
}

/** Whether the subject of "came from" is people ("the dead", "33 of them") rather than figures ("the numbers"). */
export function peopleCameFrom(t: Token[], verb: number, lex: SourceLexicon): boolean {
  for (let j = verb - 1; j >= Math.max(0, verb - 4); j--) {
    if (lex.agentNouns.has(t[j].lower) || lex.figureNouns.has(t[j].lower)) return false;
  }
  return true;
}

/** The last token of a verb's subject, over a relative clause between them ("The fire chief, who was leading the search, said"). */
/** Whether the words between a comma at `comma` and the token `until` name only places: ", Nigeria,". */
function placeAfterComma(t: Token[], comma: number, until: number, lex: SourceLexicon): boolean {
  return t[comma]?.text === ',' && comma + 1 < until && placeOrCountry(t, comma + 1, until - 1, lex);
}

/** "Afghanistan", "eastern Congo", "Benue state": words that only name a place or a country. */
export function placeOrCountry(t: Token[], first: number, last: number, lex: SourceLexicon): boolean {
  if (onlyPlaces(t, first, last, lex)) return true;
  const words = t.slice(first, last + 1);
  return words.some((x) => lex.partyNames.has(x.lower)) && words.every((x) => lex.partyNames.has(x.lower) || lex.places.has(x.text) ||
    lex.placeNouns.has(x.lower) || /^(?:north|south|east|west|central)(?:ern)?$|^(?:north|south)-?(?:east|west)(?:ern)?$/i.test(x.text));
}

export function subjectEnd(t: Token[], k: number, lex: SourceLexicon): number {
  // ", who warned that": the phrase before the relative pronoun.
  let end = t[k]?.lower === 'who' && t[k - 1]?.text === ',' ? k - 2 : k;
  if (t[k] && !phraseEndingAt(t, k, lex)) {
    // "each nurse who worked that night recalled", "the company Arvo that runs the mine said": the subject before
    // a relative clause ("that" and "which" only after a name that is no place: "a country that has recorded").
    for (let j = k; j > 0 && j > k - 10 && !/^[,;:]$/.test(t[j].text); j--) {
      const named = isCapital(t[j - 1]) && !lex.partyNames.has(t[j - 1].lower) && !lex.places.has(t[j - 1].text);
      if (t[j].lower === 'who' || (/^(that|which)$/.test(t[j].lower) && named)) { end = j - 1; break; }
    }
  }
  const mark = t[k]?.text ?? '';
  if (mark === ',' || /^[—–]$/.test(mark)) {
    // "The fire chief, who was leading the search, said", "A medic, speaking on condition of anonymity, said",
    // "Staff at the clinic, where the wounded were taken, said", "The rebels, while claiming a victory, admit", "A nurse — speaking on condition of anonymity —
    // said": the subject before the clause set off by commas or dashes. The clause may name a place with commas of
    // its own ("whose parish is in Benue state, Nigeria,"), and the subject may end in one ("in Kunduz, Afghanistan,").
    let segmentEnd = k;
    for (let j = k - 1; j > 0 && j > k - 30; j--) {
      if (t[j].text === mark) {
        if (!placeAfterComma(t, j, segmentEnd, lex)) break;
        segmentEnd = j;
      }
      if (t[j - 1].text === mark && (/^(who|which|whose|where)$/.test(t[j].lower) || /^\p{Ll}{3,}(?:ing|ed)$/u.test(t[j].text) ||
        (/^(while|after|when|though|although)$/.test(t[j].lower) && /^\p{Ll}{3,}ing$/u.test(t[j + 1]?.text ?? '')))) {
        end = j - 2;
        // "in Kunduz, Afghanistan, who": the country after the town is no part of the subject's head.
        const comma = t.slice(Math.max(0, end - 4), end).map((x) => x.text).lastIndexOf(',');
        if (comma >= 0 && placeAfterComma(t, Math.max(0, end - 4) + comma, end + 1, lex)) end = Math.max(0, end - 4) + comma - 1;
        // "The Medical Association (RMA), which ...": the name before its acronym.
        if (t[end]?.text === ')' && t[end - 2]?.text === '(') end -= 3;
        break;
      }
    }
    // "A nurse in Kunduz, Afghanistan, said": no clause, only a place set off by commas after the subject.
    if (end === k && segmentEnd < k) end = segmentEnd - 1;
  }
  return end;
}
