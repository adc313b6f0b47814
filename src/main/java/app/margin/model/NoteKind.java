package app.margin.model;

/** A note is either on a whole section or on a selected passage (a highlight, possibly with no text). */
public enum NoteKind { SECTION, HIGHLIGHT }
