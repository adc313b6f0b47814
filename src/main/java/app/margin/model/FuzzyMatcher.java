package app.margin.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Approximate string search: where a pattern occurs in a text with at most {@code k} edits (insertions,
 * deletions, substitutions). The search is Myers' bit-parallel algorithm (J. ACM 46(3), 1999) in its
 * block form, so any pattern length works at {@code O(n * ceil(m / 64))}; the start of each match is then
 * found by a small dynamic-programming alignment ending at the match's end.
 */
final class FuzzyMatcher {

    /**
     * One approximate occurrence: {@code text[start, end)} is {@code edits} edits away from the pattern.
     * Where several boundaries cost the same (a replaced end word can be matched or left out at equal cost),
     * {@code variants} lists each combination of the earliest and latest tying start and end, this one first.
     */
    record Match(int start, int end, int edits, List<int[]> variants) {}

    /** Most matches reported per text; the best by edit count are kept. */
    static final int MAX_MATCHES = 16;

    private FuzzyMatcher() {
    }

    /**
     * Distinct occurrences of {@code pattern} in {@code text} with at most {@code maxEdits} edits, fewest
     * edits first. Matches whose ends lie within half a pattern length of a better one are left out.
     */
    static List<Match> search(String text, String pattern, int maxEdits) {
        int m = pattern.length();
        if (m == 0 || maxEdits < 0 || text.isEmpty()) {
            return List.of();
        }
        int blocks = (m + 63) >>> 6;
        Map<Character, long[]> peq = new HashMap<>();
        for (int i = 0; i < m; i++) {
            peq.computeIfAbsent(pattern.charAt(i), c -> new long[blocks])[i >>> 6] |= 1L << (i & 63);
        }
        long[] none = new long[blocks];
        long[] pv = new long[blocks];
        long[] mv = new long[blocks];
        Arrays.fill(pv, -1L);
        long lastHigh = 1L << ((m - 1) & 63);
        int score = m;
        List<int[]> ends = new ArrayList<>();
        int[] at = new int[text.length() + 1];
        at[0] = m;
        for (int j = 0; j < text.length(); j++) {
            long[] eq = peq.getOrDefault(text.charAt(j), none);
            int carry = 0;
            for (int b = 0; b < blocks; b++) {
                carry = advance(pv, mv, b, eq[b], carry, b == blocks - 1 ? lastHigh : Long.MIN_VALUE);
            }
            score += carry;
            at[j + 1] = score;
            if (score <= maxEdits) {
                ends.add(new int[] {j + 1, score});
            }
        }
        ends.sort((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[0], b[0]));
        List<Match> out = new ArrayList<>();
        int apart = Math.max(1, m / 2);
        for (int[] e : ends) {
            if (out.size() == MAX_MATCHES) {
                break;
            }
            boolean near = false;
            for (Match kept : out) {
                near |= Math.abs(kept.end() - e[0]) < apart;
            }
            if (!near) {
                out.add(match(text, pattern, maxEdits, e[0], at));
            }
        }
        return out;
    }

    private static Match match(String text, String pattern, int maxEdits, int end, int[] at) {
        int early = end;
        while (early > 0 && at[early - 1] == at[end]) {
            early--;
        }
        int late = end;
        while (late + 1 < at.length && at[late + 1] == at[end]) {
            late++;
        }
        List<int[]> variants = new ArrayList<>();
        for (int e : early == late ? new int[] {end} : new int[] {early, late}) {
            int[] a = alignBackward(text, e, pattern, pattern.length() + maxEdits);
            variants.add(new int[] {e - a[1], e});
            if (a[2] != a[1]) {
                variants.add(new int[] {e - a[2], e});
            }
        }
        return new Match(variants.get(0)[0], variants.get(0)[1], at[end], List.copyOf(variants));
    }

    /** One column step of one 64-row block; returns the horizontal delta leaving the block's last row. */
    private static int advance(long[] pvs, long[] mvs, int b, long eq, int hin, long high) {
        long pv = pvs[b];
        long mv = mvs[b];
        long xv = eq | mv;
        if (hin < 0) {
            eq |= 1L;
        }
        long xh = (((eq & pv) + pv) ^ pv) | eq;
        long ph = mv | ~(xh | pv);
        long mh = pv & xh;
        int hout = (ph & high) != 0 ? 1 : (mh & high) != 0 ? -1 : 0;
        ph <<= 1;
        mh <<= 1;
        if (hin < 0) {
            mh |= 1L;
        } else if (hin > 0) {
            ph |= 1L;
        }
        pvs[b] = mh | ~(xv | ph);
        mvs[b] = ph & xv;
        return hout;
    }

    /**
     * Aligns {@code pattern} so that it ends exactly at {@code text[end]} and may start anywhere within
     * {@code window} characters before it. Returns {edits, longest length of text used with that many edits,
     * shortest such length}.
     */
    static int[] alignBackward(String text, int end, String pattern, int window) {
        int w = Math.min(window, end);
        return best(align(pattern, w, i -> pattern.charAt(pattern.length() - 1 - i), j -> text.charAt(end - 1 - j)));
    }

    /** As {@link #alignBackward}, mirrored: the pattern starts exactly at {@code start} and may end anywhere. */
    static int[] alignForward(String text, int start, String pattern, int window) {
        int w = Math.min(window, text.length() - start);
        return best(align(pattern, w, pattern::charAt, j -> text.charAt(start + j)));
    }

    /** Plain edit distance between two strings. */
    static int distance(String a, String b) {
        return align(a, b.length(), a::charAt, b::charAt)[b.length()];
    }

    private interface CharAt {
        char at(int i);
    }

    /** Row j: edit distance of the whole pattern against the text's first j characters, for j ≤ w. */
    private static int[] align(String pattern, int w, CharAt p, CharAt t) {
        int m = pattern.length();
        int[] prev = new int[w + 1];
        int[] cur = new int[w + 1];
        for (int j = 0; j <= w; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= m; i++) {
            cur[0] = i;
            char pc = p.at(i - 1);
            for (int j = 1; j <= w; j++) {
                int sub = prev[j - 1] + (pc == t.at(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev;
    }

    /** {fewest edits, the longest j with them, the shortest j with them}. */
    private static int[] best(int[] row) {
        int best = 0;
        int shortest = 0;
        for (int j = 1; j < row.length; j++) {
            if (row[j] < row[best]) {
                shortest = j;
            }
            if (row[j] <= row[best]) {
                best = j;
            }
        }
        return new int[] {row[best], best, shortest};
    }
}
