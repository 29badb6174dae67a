/**
 * The quotes stage: direct quotes (in quotation marks, over several paragraphs if need be),
 * mixed quotes (a reported clause with quoted words in it) and indirect quotes ("X said (that)
 * ...", "..., X said", "according to X, ...", "X's claim that ..."), each with its cue and its speaker, resolved
 * through the actors layer to an entity where the text names one. Reported beliefs and
 * intentions ("X believes ...") are indirect quotes. Each quote's confidence is calibrated on hand
 * judgments of real news (confidence.ts).
 */
import type { Quote } from '../../document/contract.js';
import { span, type Annotator } from '../../document/doc.js';
import { quoteConfidence, quoteFeatureReader, type QuoteEvidence } from './confidence.js';
import { quoteContext } from './context.js';
import { DraftList } from './drafts.js';
import { joinQuotations } from './joined-quotations.js';
import { addNameColonTurns } from './name-colon-turns.js';
import { addQuotations } from './quotations.js';
import { addRelativeReports } from './relative-reports.js';
import { addReportedSpeech } from './reported-speech.js';
import { fillSpeakers } from './speaker-passes.js';
import { addSpeechNounClauses } from './speech-noun-clauses.js';

export const quoteAnnotator: Annotator<'quotes'> = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'entities', 'parse'],
  assigns: 'quotes',
  englishOnly: true,
  annotate(input) {
    const c = quoteContext(input);
    const { text, words } = c;
    const drafts = new DraftList(c);
    // The order matters: a quotation takes its cue first, and a cue that attributed one reports no clause of its own.
    addQuotations(c, drafts);
    joinQuotations(c, drafts);
    addNameColonTurns(c, drafts);
    addReportedSpeech(c, drafts);
    addSpeechNounClauses(c, drafts);
    addRelativeReports(c, drafts);
    const sorted = drafts.items.sort((a, b) => a.start - b.start);
    fillSpeakers(c, sorted, input.article.byline, input.layers.entities ?? []);

    const featuresOf = quoteFeatureReader(input.layers.entities ?? []);
    return sorted.map((draft, index): Quote => {
      const quote: QuoteEvidence & Pick<Quote, 'text'> = {
        kind: draft.kind,
        ...span(text, draft.start, draft.end),
        cue: draft.cue === null ? null : span(text, words[draft.cue]!.start, words[draft.cue]!.lower === 'according' ? words[draft.cue + 1]!.end : words[draft.cue]!.end),
        speaker: draft.speaker,
        rule: draft.rule,
      };
      return { id: `q${index + 1}`, ...quote, confidence: quoteConfidence(featuresOf(quote)) };
    });
  },
};
