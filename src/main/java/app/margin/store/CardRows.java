package app.margin.store;

import app.margin.json.JsonProblem;
import app.margin.model.study.Card;
import app.margin.model.study.CardKind;
import app.margin.model.study.CardSchedule;
import app.margin.model.study.CardSchedule.Phase;
import app.margin.model.study.ClozeRange;
import app.margin.model.study.MemoryState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** How a card maps to a row of {@code cards} joined to its annotation in {@code notes} (see SqliteCardStore). */
final class CardRows {

    private CardRows() {}

    static Card card(ResultSet rows) throws SQLException {
        String lastReview = rows.getString("last_review");
        double stability = rows.getDouble("stability");
        boolean reviewed = !rows.wasNull() && lastReview != null;
        Phase phase = phase(rows.getString("phase"), reviewed);
        CardSchedule schedule = new CardSchedule(
                reviewed ? new MemoryState(stability, rows.getDouble("difficulty")) : null,
                reviewed ? Sqlite.instant(lastReview) : null,
                Sqlite.instant(rows.getString("due")), rows.getInt("reps"), rows.getInt("lapses"), phase,
                phase == Phase.LEARNING || phase == Phase.RELEARNING ? Math.max(0, rows.getInt("step")) : 0);
        Card card = new Card(rows.getString("id"), rows.getString("note_id"), rows.getString("article_id"),
                rows.getString("section_id"), CardKind.valueOf(rows.getString("kind")), rows.getString("question"),
                rows.getString("quote"), rows.getString("note_text"), hidden(rows.getString("hidden")), schedule,
                Sqlite.instant(rows.getString("created")), Sqlite.instant(rows.getString("updated")),
                tags(rows.getString("note_tags")), null);
        if (rows.getString("live_id") == null) {
            return card; // its annotation was deleted and the card kept: it reads as it was then
        }
        String liveQuote = rows.getString("live_quote");
        String liveUpdated = rows.getString("live_updated");
        return card.withAnnotation(rows.getString("live_section"), liveQuote == null ? "" : liveQuote,
                rows.getString("live_text"), tags(rows.getString("live_tags")),
                liveUpdated == null ? null : Sqlite.instant(liveUpdated));
    }

    /** The stored phase, made to agree with whether the card was ever reviewed (new exactly when not). */
    private static Phase phase(String stored, boolean reviewed) {
        if (!reviewed) {
            return Phase.NEW;
        }
        try {
            Phase phase = Phase.valueOf(stored);
            return phase == Phase.NEW ? Phase.REVIEW : phase;
        } catch (IllegalArgumentException | NullPointerException e) {
            return Phase.REVIEW;
        }
    }

    /** Tags as a JSON array; tags that cannot be read are left off rather than the card. */
    private static List<String> tags(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return Rows.tags(json);
        } catch (JsonProblem | RuntimeException e) {
            return List.of();
        }
    }

    /** Hidden ranges as a flat JSON array of offsets, {@code [start, end, start, end…]}. */
    static String hiddenJson(List<ClozeRange> ranges) {
        StringBuilder json = new StringBuilder("[");
        for (ClozeRange r : ranges) {
            json.append(json.length() > 1 ? "," : "").append(r.start()).append(',').append(r.end());
        }
        return json.append(']').toString();
    }

    static List<ClozeRange> hidden(String json) throws SQLException {
        String body = json.trim();
        if (!body.startsWith("[") || !body.endsWith("]")) {
            throw new SQLException("A card's hidden ranges are not a JSON array: " + json);
        }
        body = body.substring(1, body.length() - 1).trim();
        List<ClozeRange> out = new ArrayList<>();
        if (body.isEmpty()) {
            return out;
        }
        String[] numbers = body.split("\\s*,\\s*");
        if (numbers.length % 2 != 0) {
            throw new SQLException("A card's hidden ranges come in pairs: " + json);
        }
        try {
            for (int i = 0; i < numbers.length; i += 2) {
                out.add(new ClozeRange(Integer.parseInt(numbers[i]), Integer.parseInt(numbers[i + 1])));
            }
        } catch (IllegalArgumentException e) {
            throw new SQLException("A card's hidden ranges are not offsets: " + json, e);
        }
        return out;
    }
}
