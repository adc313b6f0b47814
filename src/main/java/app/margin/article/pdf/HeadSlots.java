package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a document sets its running heads, for {@link PageEdges}: the places (a baseline, and a start or an end) of
 * the heads that come back, and of heads alone in their rows that stand on the baseline of those on enough pages
 * (nwejm's odd pages, each with its section's name). A head that comes back too seldom goes when it stands there.
 */
final class HeadSlots {
    private HeadSlots() {}

    /** Where the document sets its heads: heads that come back (not folios), each place on {@code min} pages or more. */
    static List<Fragment> slots(List<Set<Fragment>> drops, int min) {
        List<Fragment> heads = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        for (int p = 0; p < drops.size(); p++) {
            for (Fragment f : drops.get(p)) {
                if (!PageEdges.folio(f)) {
                    heads.add(f);
                    pages.add(p);
                }
            }
        }
        List<Fragment> slots = new ArrayList<>();
        List<Fragment> tried = new ArrayList<>();
        for (Fragment h : heads) {
            if (inSlot(h, slots) || inSlot(h, tried)) {
                continue;
            }
            tried.add(h);
            if (tried.size() > MAX_TRIED) {
                break; // heads at scattered places: no more looked at (each look goes through them all)
            }
            Set<Integer> on = new HashSet<>();
            for (int i = 0; i < heads.size(); i++) {
                if (inSlot(heads.get(i), List.of(h))) {
                    on.add(pages.get(i));
                }
            }
            if (on.size() >= min) {
                slots.add(h);
            }
            if (slots.size() > MAX_SLOTS) {
                break;
            }
        }
        return slots;
    }

    /**
     * Where heads alone in their rows stand on {@code min} pages or more, on the baseline of heads that come back, on
     * pages with a folio: nwejm's odd pages set the section's name there, each name on two pages or one
     * ("Introduction", "1. First (numbered) section"), while the even pages' title comes back on every one.
     */
    static List<Fragment> loneSlots(List<List<Fragment>> candidates, List<Set<Fragment>> drops, int min) {
        List<Float> baselines = new ArrayList<>();
        for (Set<Fragment> drop : drops) {
            for (Fragment f : drop) {
                if (!PageEdges.folio(f)) {
                    baselines.add(f.y());
                }
            }
        }
        List<Fragment> lone = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        for (int p = 0; p < drops.size(); p++) {
            for (Fragment f : candidates.get(p)) {
                if (!drops.get(p).contains(f) && aloneOnAFoliosPage(f, candidates.get(p), drops.get(p))
                        && !Caption.caption(f) && baselines.stream().anyMatch(y -> Math.abs(y - f.y()) <= 1f)) {
                    lone.add(f);
                    pages.add(p);
                }
            }
        }
        List<Fragment> slots = new ArrayList<>();
        List<Fragment> tried = new ArrayList<>();
        for (Fragment h : lone) {
            if (inSlot(h, tried) || tried.size() > MAX_TRIED || slots.size() > MAX_SLOTS) {
                continue;
            }
            tried.add(h);
            Set<Integer> on = new HashSet<>();
            for (int i = 0; i < lone.size(); i++) {
                Fragment f = lone.get(i);
                if (Math.abs(f.y() - h.y()) <= 1f && Math.abs(f.x0() - h.x0()) <= 1f) {
                    on.add(pages.get(i));
                }
            }
            if (on.size() >= min) {
                slots.add(h);
            }
        }
        return slots;
    }

    /** The most places of heads kept, and looked at. */
    private static final int MAX_SLOTS = 8;
    private static final int MAX_TRIED = 32;

    /** Whether a fragment stands where one of the heads does: on its baseline, starting or ending where it does. */
    static boolean inSlot(Fragment f, List<Fragment> slots) {
        for (Fragment s : slots) {
            if (Math.abs(f.y() - s.y()) <= 1f && (Math.abs(f.x0() - s.x0()) <= 1f || Math.abs(f.x1() - s.x1()) <= 1f)) {
                return true;
            }
        }
        return false;
    }

    static boolean besideFolio(Fragment f, Set<Fragment> drop) {
        for (Fragment d : drop) {
            if (PageEdges.folio(d) && Math.abs(d.y() - f.y()) <= 2f) {
                return true;
            }
        }
        return false;
    }

    /** Alone in its row of the page's edge, on a page whose folio is found (in another row). */
    static boolean aloneOnAFoliosPage(Fragment f, List<Fragment> edge, Set<Fragment> drop) {
        for (Fragment e : edge) {
            if (e != f && Math.abs(e.y() - f.y()) <= 2f) {
                return false;
            }
        }
        return drop.stream().anyMatch(PageEdges::folio);
    }
}
