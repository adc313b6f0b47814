package app.margin.ui.reader;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the reader likes to read: theme, font size, line spacing and column width. Saved as text
 * ({@link #toMap()}) and restored before the window first shows ({@link #apply(Map)}).
 */
public final class ReadingSettings {

    public static final double MIN_SIZE = 12;
    public static final double MAX_SIZE = 32;
    public static final double DEFAULT_SIZE = 19;

    /**
     * A choice the settings panel offers, labelled with its name as a word: {@code RELAXED} is "Relaxed". Saved
     * settings name it by its constant.
     */
    public interface Choice {

        String name();

        default String label() {
            return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }
    }

    public enum Theme implements Choice {
        LIGHT, SEPIA, DARK;

        /** The root pseudo-class that selects the theme's colour tokens; light has none. */
        public String pseudoClass() {
            return this == LIGHT ? null : name().toLowerCase(Locale.ROOT);
        }
    }

    /** Extra space between lines, in ems. */
    public enum Spacing implements Choice {
        COMPACT(0.2), NORMAL(0.35), RELAXED(0.6);

        private final double em;

        Spacing(double em) {
            this.em = em;
        }

        public double em() {
            return em;
        }
    }

    /** Column width, in ems; ~0.5em a character, so MEDIUM is about 66 characters a line. */
    public enum Column implements Choice {
        NARROW(28), MEDIUM(34), WIDE(42);

        private final double em;

        Column(double em) {
            this.em = em;
        }

        public double em() {
            return em;
        }
    }

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", DEFAULT_SIZE);
    private final ObjectProperty<Spacing> spacing = new SimpleObjectProperty<>(this, "spacing", Spacing.NORMAL);
    private final ObjectProperty<Column> column = new SimpleObjectProperty<>(this, "column", Column.MEDIUM);

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public ObjectProperty<Spacing> spacingProperty() {
        return spacing;
    }

    public ObjectProperty<Column> columnProperty() {
        return column;
    }

    public void larger() {
        fontSize.set(Math.min(MAX_SIZE, fontSize.get() + 1));
    }

    public void smaller() {
        fontSize.set(Math.max(MIN_SIZE, fontSize.get() - 1));
    }

    public void resetSize() {
        fontSize.set(DEFAULT_SIZE);
    }

    /** Light → sepia → dark → light. */
    public void nextTheme() {
        Theme[] all = Theme.values();
        theme.set(all[(theme.get().ordinal() + 1) % all.length]);
    }

    /** The folder the reader last exported to, or null: the next export offers it. */
    private final javafx.beans.property.StringProperty exportFolder =
            new javafx.beans.property.SimpleStringProperty(this, "exportFolder");

    public javafx.beans.property.StringProperty exportFolderProperty() {
        return exportFolder;
    }

    /**
     * The hour a new study day starts at, as Anki's "next day starts at" (4 am by default): reviews before it count
     * as the day before (model.study.DayBoundary).
     */
    private final javafx.beans.property.IntegerProperty dayStartsAt =
            new javafx.beans.property.SimpleIntegerProperty(this, "dayStartsAt",
                    app.margin.model.study.DayBoundary.DEFAULT_ROLLOVER_HOUR);

    public javafx.beans.property.IntegerProperty dayStartsAtProperty() {
        return dayStartsAt;
    }

    /**
     * Whether Page Down, Page Up and Space move the page over a few frames (on by default, as in browsers); off,
     * the page jumps, for readers whom motion bothers.
     */
    private final javafx.beans.property.BooleanProperty smoothScrolling =
            new javafx.beans.property.SimpleBooleanProperty(this, "smoothScrolling", true);

    public javafx.beans.property.BooleanProperty smoothScrollingProperty() {
        return smoothScrolling;
    }

    public Map<String, String> toMap() {
        Map<String, String> m = new HashMap<>();
        if (exportFolder.get() != null) {
            m.put("exportFolder", exportFolder.get());
        }
        m.put("theme", theme.get().name());
        m.put("fontSize", String.format(Locale.ROOT, "%.0f", fontSize.get()));
        m.put("spacing", spacing.get().name());
        m.put("column", column.get().name());
        m.put("dayStartsAt", Integer.toString(dayStartsAt.get()));
        m.put("smoothScrolling", Boolean.toString(smoothScrolling.get()));
        return m;
    }

    /** Takes what it understands from saved settings and ignores the rest. */
    public void apply(Map<String, String> saved) {
        theme.set(parse(Theme.class, saved.get("theme"), theme.get()));
        if (saved.get("exportFolder") != null && !saved.get("exportFolder").isBlank()) {
            exportFolder.set(saved.get("exportFolder"));
        }
        spacing.set(parse(Spacing.class, saved.get("spacing"), spacing.get()));
        column.set(parse(Column.class, saved.get("column"), column.get()));
        String smooth = saved.get("smoothScrolling");
        if ("false".equalsIgnoreCase(smooth == null ? null : smooth.trim())) {
            smoothScrolling.set(false);
        } else if ("true".equalsIgnoreCase(smooth == null ? null : smooth.trim())) {
            smoothScrolling.set(true);
        }
        try {
            String hour = saved.get("dayStartsAt");
            if (hour != null) {
                int h = Integer.parseInt(hour.trim());
                if (h >= 0 && h <= 23) {
                    dayStartsAt.set(h);
                }
            }
        } catch (NumberFormatException e) {
            // Keep 4 am.
        }
        try {
            String size = saved.get("fontSize");
            if (size != null) {
                fontSize.set(Math.max(MIN_SIZE, Math.min(MAX_SIZE, Double.parseDouble(size))));
            }
        } catch (NumberFormatException e) {
            // Keep the current size.
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
