package app.margin.article;

import app.margin.json.JsonPaths;
import app.margin.json.JsonValue;
import app.margin.json.JsonValue.JsonObject;
import app.margin.json.JsonValue.JsonString;
import app.margin.model.ParagraphForm.Role;
import app.margin.model.Picture;
import java.math.BigInteger;

/**
 * The {@code "picture"} of a figure's form in Margin JSON v2: its source, alt text, size, whether it comes below
 * its text and the words drawn inside it, each refused with its JSON path when wrong (a picture on a paragraph that is not a figure, a figure
 * without one, a negative size).
 */
final class PictureBinder {
    private final Members members;

    PictureBinder(Members members) {
        this.members = members;
    }

    /** The picture of a form with {@code role}, or null for a form that is not a figure and has none. */
    Picture picture(JsonObject object, String path, Role role) throws ArticleException {
        JsonValue value = Members.given(object, "picture");
        String picturePath = JsonPaths.member(path, "picture");
        if (value == null) {
            if (role == Role.FIGURE) {
                throw members.problem(path, object, "a figure needs a \"picture\" ({\"source\": …})");
            }
            return null;
        }
        if (role != Role.FIGURE) {
            throw members.problem(picturePath, value, "only a figure has a picture, but this form's role is \""
                    + role.key() + "\"");
        }
        if (!(value instanceof JsonObject picture)) {
            throw members.wrongType(picturePath, value, "a picture object");
        }
        String source = members.optionalText(picture, picturePath, "source");
        if (source == null) {
            JsonValue given = Members.given(picture, "source");
            throw given == null
                    ? members.problem(picturePath, picture, "required property \"source\" is missing from this picture")
                    : members.problem(JsonPaths.member(picturePath, "source"), given,
                            "a picture's source must not be empty");
        }
        return new Picture(source, text(picture, picturePath, "alt"), size(picture, picturePath, "width"),
                size(picture, picturePath, "height"), members.optionalBoolean(picture, picturePath, "below"),
                text(picture, picturePath, "text"));
    }

    /** A string member ({@code alt}, {@code text}), "" when absent, as files written before it had none. */
    private String text(JsonObject picture, String path, String name) throws ArticleException {
        JsonValue value = Members.given(picture, name);
        if (value != null && !(value instanceof JsonString)) {
            throw members.wrongType(JsonPaths.member(path, name), value, "a string");
        }
        return value == null ? "" : ((JsonString) value).value();
    }

    private int size(JsonObject picture, String path, String name) throws ArticleException {
        JsonValue value = Members.given(picture, name);
        if (value == null) {
            return 0;
        }
        BigInteger size = members.whole(value, () -> JsonPaths.member(path, name));
        if (size.signum() < 0 || size.bitLength() >= Integer.SIZE) {
            throw members.problem(JsonPaths.member(path, name), value,
                    name + " " + size + " is not allowed; it is a whole "
                    + "number of pixels, 0 when unknown");
        }
        return size.intValue();
    }
}
