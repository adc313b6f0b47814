package app.margin.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Locale;

/**
 * How much a JSON file may demand of the reader; {@link JsonFormat} turns it into Jackson's constraints.
 *
 * @param maxDocumentBytes the largest document, checked while parsing
 * @param maxNestingDepth  how deeply objects and arrays may nest
 * @param maxStringLength  the longest string value, in characters
 * @param maxNumberLength  the most characters a number may have
 */
public record JsonLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {
    /** Jackson's own default for the length of a number. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;

    public JsonLimits {
        if (maxDocumentBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxDocumentBytes + ", "
                    + maxNestingDepth + ", " + maxStringLength + ", " + maxNumberLength);
        }
    }

    /** A byte count for people: "32 MiB", "200.0 MiB", "512 bytes". */
    public static String describeBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return wholeOrOneDecimal(bytes / 1024.0) + " KiB";
        }
        return wholeOrOneDecimal(bytes / (1024.0 * 1024.0)) + " MiB";
    }

    private static String wholeOrOneDecimal(double value) {
        return value == Math.rint(value)
                ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(maxDocumentBytes)
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                .maxNumberLength(maxNumberLength)
                .build();
    }
}
