/**
 * The {@code quote} analyzer: who is quoted saying what.
 *
 * <p>How it reads a document, in one linear pass per step:
 * <ol>
 *   <li>{@link dev.lede.quote.QuoteMarkScanner} finds the stretches in quotation marks (curly, straight, low-9,
 *       doubled apostrophes, guillemets, single quotes that are not apostrophes), joining a quote that runs over
 *       paragraphs; {@link dev.lede.quote.TranscriptLines} reads "NAME: ..." transcript turns.</li>
 *   <li>{@link dev.lede.quote.SentenceUnits} repairs sentence breaks for attribution (none inside a quotation or
 *       after "Mr.", one after a quotation that ends its sentence).</li>
 *   <li>{@link dev.lede.quote.AttributionGrammar} reads the attribution beside each quotation
 *       ({@code ," X said}, {@code ," said X}, {@code X said: "}, {@code noting: "}, {@code ― X}); a quotation
 *       resumed after its attribution becomes a second part; a follow-on paragraph keeps the speaker.</li>
 *   <li>{@link dev.lede.quote.ReportedSpeechGrammar} finds reported speech around the cues of
 *       {@code cues.txt} ("X said (that) ...", "..., X said", "according to X", "X told reporters that ...");
 *       reported speech holding a quoted fragment is mixed.</li>
 *   <li>Quoted fragments that are neither attributed nor inside reported speech are terms, titles or scare
 *       quotes and are left out, unless they read as speech (several words, not Title Case, not after an article)
 *       or stand in a sentence with a reporting cue.</li>
 * </ol>
 * Speakers are text spans found from word shapes ({@link dev.lede.quote.SpeakerPhrases}); when the ENTITIES layer
 * has a cluster whose mention covers the span (a name, "the President", "he"), the speaker carries that entity's
 * id and canonical name.
 */
package dev.lede.quote;
