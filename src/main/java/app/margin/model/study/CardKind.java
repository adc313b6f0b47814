package app.margin.model.study;

/**
 * Basic: a question (or the note) on the front, the passage and the note on the back. Cloze: the passage with
 * chosen words hidden, as Anki's Cloze note type.
 */
public enum CardKind { BASIC, CLOZE }
