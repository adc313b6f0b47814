package app.margin.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every command and key of the window, once, in the order of the shortcut sheet: the menus (with their
 * accelerators), the header's buttons and tooltips, the F1 sheet and the README's table are all made from
 * this list, so they cannot disagree. An entry without a menu label is a key a component handles itself
 * (the reading pane, the find bar, the panel); it appears on the sheet only. An entry without keys is reached from
 * its menu only and is not on the sheet.
 */
public enum Command {
    NEXT_SCREEN(Group.READING, null, null, "Page Down, Space / Page Up, Shift+Space", "Next / previous screen"),
    SCROLL_LINE(Group.READING, null, null, "Down / Up", "Scroll a line"),
    START_END(Group.READING, null, null, "Home / End", "Start / end of the article"),
    NEXT_SECTION(Group.READING, "_Next Section", keys(KeyCode.DOWN, Mod.SHORTCUT), null, "Next section"),
    PREVIOUS_SECTION(Group.READING, "_Previous Section", keys(KeyCode.UP, Mod.SHORTCUT), null, "Previous section"),
    BACK(Group.READING, "_Back", keys(KeyCode.LEFT, Mod.ALT), null,
            "Back to where you were before following a link"),
    GO_TO_PAGE(Group.READING, "Go to Pa_ge…", keys(KeyCode.G, Mod.SHORTCUT), null,
            "Go to a page of a PDF, by its number as printed (12, iv) or in order"),
    ORIGINAL_PAGE(Group.READING, "_Original Page", keys(KeyCode.O, Mod.SHORTCUT, Mod.SHIFT), null,
            "Show the PDF's page as printed, with your highlights (Page Up / Page Down, + / − or Ctrl+wheel to zoom,"
                    + " 0, Esc)"),
    TABLE_GRID(Group.READING, "Open _Table as Grid", keys(KeyCode.T, Mod.SHORTCUT), null,
            "Open the table at the caret or in view as a grid that scrolls sideways (Esc closes it)"),
    OUTLINE_KEYS(Group.READING, null, null, "Up, Down, Enter (in the outline)", "Choose a section, go to it"),
    LARGER(Group.READING, "_Larger Text", keys(KeyCode.EQUALS, Mod.SHORTCUT), "Ctrl++", "Larger text"),
    SMALLER(Group.READING, "_Smaller Text", keys(KeyCode.MINUS, Mod.SHORTCUT), null, "Smaller text"),
    ACTUAL_SIZE(Group.READING, "_Actual Size", keys(KeyCode.DIGIT0, Mod.SHORTCUT), null, "Normal text size"),
    SETTINGS(Group.READING, "Reading _Settings…", keys(KeyCode.COMMA, Mod.SHORTCUT), null,
            "Reading settings: text size, line spacing, column width, theme"),
    NEXT_THEME(Group.READING, "Next Theme", keys(KeyCode.T, Mod.SHORTCUT, Mod.SHIFT), null,
            "Next theme: light, sepia, dark"),

    BOOKMARK(Group.ANNOTATING, "Toggle _Bookmark", keys(KeyCode.D, Mod.SHORTCUT), null,
            "Bookmark the line at the top of the pane, or the selected text's line (again: remove it)"),
    HIGHLIGHT(Group.ANNOTATING, "_Highlight Selection…", keys(KeyCode.H, Mod.SHORTCUT), null,
            "Highlight the selected text (pick a colour, then write a note)"),
    SECTION_NOTE(Group.ANNOTATING, "_Note on This Section…", keys(KeyCode.N, Mod.SHORTCUT, Mod.SHIFT), null,
            "Add a note to the section being read"),
    NEXT_ANNOTATION(Group.ANNOTATING, "Next _Annotation", keys(KeyCode.DOWN, Mod.ALT), null,
            "Next bookmark, highlight or note"),
    PREVIOUS_ANNOTATION(Group.ANNOTATING, "Previous A_nnotation", keys(KeyCode.UP, Mod.ALT), null,
            "Previous bookmark, highlight or note"),
    UNDO(Group.ANNOTATING, "_Undo", keys(KeyCode.Z, Mod.SHORTCUT), null, "Undo the last change to a bookmark or note"),
    REDO(Group.ANNOTATING, "_Redo", keys(KeyCode.Z, Mod.SHORTCUT, Mod.SHIFT), null,
            "Redo the last change to a bookmark or note"),
    PANEL(Group.ANNOTATING, "_Annotations Panel", keys(KeyCode.A, Mod.SHORTCUT, Mod.SHIFT), null,
            "Show or hide the annotations panel"),
    BOOKMARKS_LIST(Group.ANNOTATING, "Bookmarks _List", keys(KeyCode.B, Mod.SHORTCUT), null,
            "Bookmarks list (the annotations panel, showing bookmarks)"),
    SEARCH_ANNOTATIONS(Group.ANNOTATING, "_Search Annotations", keys(KeyCode.F, Mod.SHORTCUT, Mod.SHIFT), null,
            "Search your annotations"),
    PANEL_KEYS(Group.ANNOTATING, null, null, "Enter, Delete (in the annotations panel)",
            "Go to the annotation, delete it"),
    STUDY(Group.ANNOTATING, "S_tudy Cards…", keys(KeyCode.R, Mod.SHORTCUT), null,
            "Study the article's review cards"),
    STUDY_KEYS(Group.ANNOTATING, null, null, "Space, 1–4, Esc (in the study window)",
            "Show the answer, grade it, close the window"),

    FIND(Group.FIND, "_Find…", keys(KeyCode.F, Mod.SHORTCUT), null, "Find in the article"),
    FIND_NEXT(Group.FIND, "Find _Next", keys(KeyCode.F3), null, "Next match"),
    FIND_PREVIOUS(Group.FIND, "Find _Previous", keys(KeyCode.F3, Mod.SHIFT), null, "Previous match"),
    FIND_BAR_KEYS(Group.FIND, null, null, "Enter / Shift+Enter (in the find bar)", "Next / previous match"),
    FIND_BAR_CLOSE(Group.FIND, null, null, "Esc (in the find bar)", "Close the find bar"),

    OPEN(Group.LIBRARY, "_Open Article…", keys(KeyCode.O, Mod.SHORTCUT), null,
            "Open a file (article JSON, Markdown, text, web page, EPUB)"),
    LIBRARY(Group.LIBRARY, "_Library…", keys(KeyCode.L, Mod.SHORTCUT), null, "Library of everything you opened"),
    SEARCH_LIBRARY(Group.LIBRARY, "_Search the Library…", keys(KeyCode.L, Mod.SHORTCUT, Mod.SHIFT), null,
            "Search the library: every article's text, notes, tags and bookmark names"),
    EXPORT(Group.LIBRARY, "_Export Annotations…", keys(KeyCode.E, Mod.SHORTCUT), null,
            "Export annotations (Markdown study sheet or JSON)"),
    IMPORT(Group.LIBRARY, "_Import Annotations…", keys(KeyCode.I, Mod.SHORTCUT), null, "Import annotations"),
    COPY_STUDY_SHEET(Group.LIBRARY, "_Copy Study Sheet", keys(KeyCode.C, Mod.SHORTCUT, Mod.SHIFT), null,
            "Copy the study sheet as Markdown"),
    EXPORT_PDF(Group.LIBRARY, "Export P_DF…", keys(KeyCode.E, Mod.SHORTCUT, Mod.SHIFT), null,
            "Export the study sheet as a PDF"),
    PRINT(Group.LIBRARY, "_Print…", keys(KeyCode.P, Mod.SHORTCUT), null, "Print the study sheet"),

    DISTRACTION_FREE(Group.WINDOW, "_Distraction-Free Reading", keys(KeyCode.F9), null,
            "Distraction-free reading: only the page (the top edge shows the header, Esc ends it)"),
    FULL_SCREEN(Group.WINDOW, "_Full Screen", keys(KeyCode.F11), null, "Full screen"),
    MENU(Group.WINDOW, null, null, "F10", "Open the menu"),
    FOCUS_OUTLINE(Group.WINDOW, "Focus _Outline", keys(KeyCode.DIGIT1, Mod.SHORTCUT), null, "Focus the outline"),
    FOCUS_PANE(Group.WINDOW, "Focus _Reading Pane", keys(KeyCode.DIGIT2, Mod.SHORTCUT), null,
            "Focus the reading pane"),
    FOCUS_PANEL(Group.WINDOW, "Focus _Annotations", keys(KeyCode.DIGIT3, Mod.SHORTCUT), null,
            "Focus the annotations panel"),
    ESCAPE(Group.WINDOW, null, null, "Esc", "Close a popup, the find bar or the library; leave distraction-free reading"),
    SHORTCUTS(Group.WINDOW, "_Keyboard Shortcuts", keys(KeyCode.F1), null, "Keyboard shortcuts"),
    QUIT(Group.WINDOW, "_Quit", keys(KeyCode.Q, Mod.SHORTCUT), null, "Quit (everything is already saved)");

    /** The sheet's sections, in order. */
    public enum Group {
        READING("Reading"), ANNOTATING("Annotating"), FIND("Find"), LIBRARY("Library"), WINDOW("Window");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final Group group;
    private final String menuLabel;
    private final KeyCombination accelerator;
    private final String keysText;
    private final String help;

    Command(Group group, String menuLabel, KeyCombination accelerator, String moreKeys, String help) {
        this.group = group;
        this.menuLabel = menuLabel;
        this.accelerator = accelerator;
        this.help = help;
        if (accelerator == null) {
            this.keysText = moreKeys;
        } else {
            this.keysText = text(accelerator) + (moreKeys == null ? "" : " / " + moreKeys);
        }
    }

    public Group group() {
        return group;
    }

    /** The menu item's text with its mnemonic; null for keys a component handles itself. */
    public String menuLabel() {
        return menuLabel;
    }

    public KeyCombination accelerator() {
        return accelerator;
    }

    /** The keys as the sheet and the README write them ("Ctrl+Shift+Z"; Ctrl is ⌘ on macOS). */
    public String keysText() {
        return keysText;
    }

    public String help() {
        return help;
    }

    /** A tooltip: what the command does and its keys, "Find in the article (Ctrl+F)". */
    public String tooltip() {
        return help + " (" + keysText + ")";
    }

    /** The entries of one group of the sheet, in order: those with keys. */
    public static List<Command> of(Group group) {
        List<Command> out = new ArrayList<>();
        for (Command c : values()) {
            if (c.group == group && c.keysText != null) {
                out.add(c);
            }
        }
        return out;
    }

    private enum Mod { SHORTCUT, SHIFT, ALT }

    private static KeyCombination keys(KeyCode code, Mod... mods) {
        List<KeyCombination.Modifier> out = new ArrayList<>();
        for (Mod m : mods) {
            out.add(switch (m) {
                case SHORTCUT -> KeyCombination.SHORTCUT_DOWN;
                case SHIFT -> KeyCombination.SHIFT_DOWN;
                case ALT -> KeyCombination.ALT_DOWN;
            });
        }
        return new KeyCodeCombination(code, out.toArray(KeyCombination.Modifier[]::new));
    }

    /** The same on every platform, unlike {@link KeyCombination#getDisplayText()}, so the README can match it. */
    static String text(KeyCombination keys) {
        StringBuilder out = new StringBuilder();
        if (keys.getShortcut() == KeyCombination.ModifierValue.DOWN || keys.getControl() == KeyCombination.ModifierValue.DOWN) {
            out.append("Ctrl+");
        }
        if (keys.getAlt() == KeyCombination.ModifierValue.DOWN) {
            out.append("Alt+");
        }
        if (keys.getShift() == KeyCombination.ModifierValue.DOWN) {
            out.append("Shift+");
        }
        KeyCode code = ((KeyCodeCombination) keys).getCode();
        out.append(switch (code) {
            case EQUALS -> "=";
            case MINUS -> "-";
            case COMMA -> ",";
            default -> code.isLetterKey() || code.isDigitKey() ? code.getChar().toUpperCase(Locale.ROOT) : code.getName();
        });
        return out.toString();
    }
}
