package dev.lede.quote;

/** How a reporting cue behaves; see {@code cues.txt}. */
enum CueClass {
    /** A verb of saying: attributes direct quotes and introduces reported speech. */
    SPEECH,
    /** A verb of saying that may take an addressee before its content ("told reporters that"). */
    TELL,
    /** A verb of belief or intention: introduces reported content only after a subject. */
    THOUGHT,
    /** "according to": the speaker follows the cue. */
    SOURCE,
    /** Attributes direct quotes only ("he replied"). */
    QUOTE,
    /** A speech act on an object ("condemned"): reported speech only with a "that" clause. */
    ACT,
    /** Calls something a name ("called the plan a disaster"): reported speech only around a quoted fragment. */
    NAMING
}
